#include "core/b24/apierror.h"
#include "core/b24/envelopeparser.h"
#include "core/catalog/webhookadvice.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::ApiError;
using b24::WebhookAdvice;
using Problem = WebhookAdvice::Problem;

class TstWebhookAdvice : public QObject
{
    Q_OBJECT

private slots:
    // Real error bodies from tests/data/fixtures, parsed by the client's envelope parser.
    void portalErrors_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("needle");
        QTest::newRow("wrong secret")
            << u"error.INVALID_CREDENTIALS"_s << 401 << int(Problem::WrongSecret) << u"secret is wrong"_s;
        QTest::newRow("no auth") << u"error.NO_AUTH_FOUND"_s << 401 << int(Problem::WrongSecret)
                                 << u"Copy the URL"_s;
        QTest::newRow("owner fired") << u"error.authorization_error"_s << 401 << int(Problem::OwnerInactive)
                                     << u"deactivated"_s;
        QTest::newRow("scope") << u"error.insufficient_scope"_s << 401 << int(Problem::MissingScope)
                               << u"scope"_s;
        QTest::newRow("plan") << u"error.ACCESS_DENIED"_s << 403 << int(Problem::RestNotOnPlan)
                              << u"commercial"_s;
        QTest::newRow("payment") << u"error.PAYMENT_REQUIRED"_s << 402 << int(Problem::RestNotOnPlan)
                                 << u"plan"_s;
        QTest::newRow("https") << u"error.INVALID_REQUEST"_s << 401 << int(Problem::HttpsRequired)
                               << u"HTTPS"_s;
        QTest::newRow("overload") << u"error.OVERLOAD_LIMIT"_s << 503 << int(Problem::Overloaded)
                                  << u"blocked"_s;
        QTest::newRow("rate") << u"error.QUERY_LIMIT_EXCEEDED"_s << 503 << int(Problem::RateLimited)
                              << u"Too many requests"_s;
        QTest::newRow("operating") << u"error.OPERATION_TIME_LIMIT"_s << 429 << int(Problem::OperatingLimit)
                                   << u"budget"_s;
        QTest::newRow("deleted") << u"error.PORTAL_DELETED"_s << 500 << int(Problem::PortalDeleted)
                                 << u"deleted"_s;
        QTest::newRow("method") << u"error.ERROR_METHOD_NOT_FOUND"_s << 404 << int(Problem::MethodNotFound)
                                << u"does not know"_s;
        QTest::newRow("app only") << u"error.WRONG_AUTH_TYPE"_s << 403 << int(Problem::AppOnlyMethod)
                                  << u"applications"_s;
        QTest::newRow("app context") << u"app.info.error"_s << 403 << int(Problem::AppOnlyMethod)
                                     << u"applications"_s;
        QTest::newRow("other") << u"error.ERROR_CORE"_s << 400 << int(Problem::Other) << u"ERROR_CORE"_s;
    }

    void portalErrors()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(int, problem);
        QFETCH(QString, needle);
        QFile file(QStringLiteral(B24_FIXTURES_DIR "/") + fixture + u".response.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const b24::CallResult result = b24::parseEnvelope(status, file.readAll(), u"profile"_s);
        QVERIFY(result.error.isError());
        QCOMPARE(int(WebhookAdvice::classify(result.error)), problem);
        const QString advice = WebhookAdvice::advice(result.error);
        QVERIFY2(advice.contains(needle), qPrintable(advice));
        QVERIFY(WebhookAdvice::problemName(Problem(problem)) != u"other"_s || problem == int(Problem::Other));
    }

    void transportErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("name");
        QTest::newRow("none") << int(ApiError::Kind::None) << int(Problem::None) << u"none"_s;
        QTest::newRow("network") << int(ApiError::Kind::Network) << int(Problem::Network) << u"network"_s;
        QTest::newRow("tls") << int(ApiError::Kind::Tls) << int(Problem::Tls) << u"tls"_s;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << int(Problem::Timeout) << u"timeout"_s;
        QTest::newRow("redirect") << int(ApiError::Kind::Redirect) << int(Problem::PortalMoved)
                                  << u"portal-moved"_s;
    }

    void transportErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, problem);
        QFETCH(QString, name);
        const ApiError error = kind == int(ApiError::Kind::None)
                                   ? ApiError{}
                                   : ApiError::make(ApiError::Kind(kind), u"X"_s, u"something"_s);
        QCOMPARE(int(WebhookAdvice::classify(error)), problem);
        QCOMPARE(WebhookAdvice::problemName(WebhookAdvice::classify(error)), name);
        QCOMPARE(WebhookAdvice::advice(error).isEmpty(), problem == int(Problem::None));
    }

    void movedPortalNamesTheTarget()
    {
        ApiError error = ApiError::make(ApiError::Kind::Redirect, u"HTTP_302"_s, u"moved"_s, 302);
        error.redirectTarget = u"https://new-name.bitrix24.com"_s;
        const QString advice = WebhookAdvice::advice(error);
        QVERIFY2(advice.contains(u"https://new-name.bitrix24.com"_s), qPrintable(advice));
        QVERIFY(advice.contains(u"renamed"_s));
    }

    void adviceNeverEchoesTheSecret()
    {
        const ApiError error =
            ApiError::make(ApiError::Kind::Portal, u"ERROR_CORE"_s,
                           u"failed at https://x.bitrix24.com/rest/1/s3cretabc123/crm.deal.list"_s, 400);
        const QString advice = WebhookAdvice::advice(error);
        QVERIFY(advice.contains(u"ERROR_CORE"_s));
        QVERIFY2(!advice.contains(u"s3cretabc123"_s), qPrintable(advice));
    }
};

QTEST_GUILESS_MAIN(TstWebhookAdvice)
#include "tst_webhookadvice.moc"
