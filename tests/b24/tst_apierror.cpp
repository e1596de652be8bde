#include "core/b24/apierror.h"
#include "core/b24/redaction.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::ApiError;
using Kind = b24::ApiError::Kind;

Q_DECLARE_METATYPE(b24::ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void accessRefusal_data();
    void accessRefusal();
    void toString_data();
    void toString();
    void kindNamesAreDistinct();
};

void TestApiError::classify_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("auth");
    QTest::addColumn<bool>("scope");
    QTest::addColumn<bool>("rateLimit");
    QTest::addColumn<bool>("operatingLimit");

    QTest::newRow("credentials") << Kind::Portal << 401 << u"INVALID_CREDENTIALS"_s << true << false << false
                                 << false;
    QTest::newRow("no auth") << Kind::Portal << 401 << u"NO_AUTH_FOUND"_s << true << false << false << false;
    QTest::newRow("owner") << Kind::Portal << 401 << u"authorization_error"_s << true << false << false
                           << false;
    QTest::newRow("scope") << Kind::Portal << 401 << u"insufficient_scope"_s << true << true << false
                           << false;
    QTest::newRow("auth type") << Kind::Portal << 403 << u"WRONG_AUTH_TYPE"_s << true << false << false
                               << false;
    QTest::newRow("access") << Kind::Portal << 403 << u"ACCESS_DENIED"_s << true << false << false << false;
    QTest::newRow("https") << Kind::Portal << 401 << u"INVALID_REQUEST"_s << true << false << false << false;
    QTest::newRow("query limit") << Kind::Portal << 503 << u"QUERY_LIMIT_EXCEEDED"_s << false << false << true
                                 << false;
    QTest::newRow("query limit in 200")
        << Kind::Portal << 200 << u"QUERY_LIMIT_EXCEEDED"_s << false << false << true << false;
    QTest::newRow("html 503") << Kind::Http << 503 << u"ERR_BAD_RESPONSE"_s << false << false << true
                              << false;
    QTest::newRow("overload") << Kind::Portal << 503 << u"OVERLOAD_LIMIT"_s << false << false << false
                              << false;
    QTest::newRow("operating") << Kind::Portal << 429 << u"OPERATION_TIME_LIMIT"_s << false << false << false
                               << true;
    QTest::newRow("operating in batch")
        << Kind::Portal << 0 << u"OPERATION_TIME_LIMIT"_s << false << false << false << true;
    QTest::newRow("v3 rate limit") << Kind::Portal << 429 << u"BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION"_s
                                   << false << false << true << false;
    QTest::newRow("v3 operating") << Kind::Portal << 429 << u"OPERATION_TIME_LIMIT"_s << false << false
                                  << false << true;
    QTest::newRow("html 429") << Kind::Http << 429 << u"ERR_BAD_REQUEST"_s << false << false << false << true;
    QTest::newRow("argument") << Kind::Portal << 400 << u"ERROR_ARGUMENT"_s << false << false << false
                              << false;
    QTest::newRow("network 503?") << Kind::Network << 503 << u"X"_s << false << false << false << false;
    QTest::newRow("none") << Kind::None << 0 << QString() << false << false << false << false;
}

void TestApiError::classify()
{
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, auth);
    QFETCH(bool, scope);
    QFETCH(bool, rateLimit);
    QFETCH(bool, operatingLimit);
    const ApiError e = ApiError::make(kind, code, u"d"_s, status);
    QCOMPARE(e.isError(), kind != Kind::None);
    QCOMPARE(e.isAuth(), auth);
    QCOMPARE(e.isScope(), scope);
    QCOMPARE(e.isRateLimit(), rateLimit);
    QCOMPARE(e.isOperatingLimit(), operatingLimit);
}

// Every form of "this webhook may not do that" docs/protocol.md §3.2 lists, and look-alikes that are not.
void TestApiError::accessRefusal_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("refusal");
    QTest::newRow("ACCESS_DENIED") << Kind::Portal << 403 << u"ACCESS_DENIED"_s << u"Access denied!"_s
                                   << true;
    QTest::newRow("ACCESS_DENIED, plan via auth provider")
        << Kind::Portal << 401 << u"ACCESS_DENIED"_s << u"REST is available only on commercial plans."_s
        << true;
    QTest::newRow("access_denied") << Kind::Portal << 403 << u"access_denied"_s << QString() << true;
    QTest::newRow("ACCESS_ERROR") << Kind::Portal << 403 << u"ACCESS_ERROR"_s << u"Access error"_s << true;
    QTest::newRow("insufficient_scope")
        << Kind::Portal << 401 << u"insufficient_scope"_s << QString() << true;
    QTest::newRow("WRONG_AUTH_TYPE") << Kind::Portal << 403 << u"WRONG_AUTH_TYPE"_s
                                     << u"Current authorization type is denied for this method"_s << true;
    QTest::newRow("WRONG_LICENSE") << Kind::Portal << 403 << u"WRONG_LICENSE"_s << QString() << true;
    QTest::newRow("allowed_only_intranet_user")
        << Kind::Portal << 403 << u"allowed_only_intranet_user"_s << QString() << true;
    QTest::newRow("user_access_error") << Kind::Portal << 403 << u"user_access_error"_s << QString() << true;
    QTest::newRow("ERROR_CORE access_denied")
        << Kind::Portal << 400 << u"ERROR_CORE"_s << u"access_denied"_s << true;
    QTest::newRow("legacy empty code") << Kind::Portal << 400 << QString() << u"Access denied."_s << true;
    QTest::newRow("legacy, in a batch") << Kind::Portal << 0 << QString() << u" access denied "_s << true;
    QTest::newRow("ERROR_CORE other")
        << Kind::Portal << 500 << u"ERROR_CORE"_s << u"SQL query error!"_s << false;
    QTest::newRow("legacy not found") << Kind::Portal << 400 << QString() << u"Not found"_s << false;
    QTest::newRow("other code, same words")
        << Kind::Portal << 400 << u"NOT_FOUND"_s << u"Access denied."_s << false;
    QTest::newRow("credentials") << Kind::Portal << 401 << u"INVALID_CREDENTIALS"_s << QString() << false;
    QTest::newRow("not from the portal") << Kind::Http << 403 << u"ACCESS_DENIED"_s << QString() << false;
}

void TestApiError::accessRefusal()
{
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(bool, refusal);
    const ApiError e = ApiError::make(kind, code, description, status);
    QCOMPARE(e.isAccessRefusal(), refusal);
    // A refusal is an auth error (exit code 4); so are credential problems.
    QCOMPARE(e.isAuth(), refusal || code == u"INVALID_CREDENTIALS"_s);
}

void TestApiError::toString_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both") << Kind::Portal << u"NOT_FOUND"_s << u"Not found"_s << u"NOT_FOUND: Not found"_s;
    QTest::newRow("legacy empty code") << Kind::Portal << QString() << u"Not found"_s << u"Not found"_s;
    QTest::newRow("scope in batch") << Kind::Portal << u"insufficient_scope"_s << QString()
                                    << u"insufficient_scope"_s;
    QTest::newRow("nothing") << Kind::Timeout << QString() << QString() << u"timeout error"_s;
    QTest::newRow("none") << Kind::None << u"X"_s << u"Y"_s << QString();
    QTest::newRow("redacted") << Kind::Network << u"HOST_NOT_FOUND"_s
                              << u"https://h.example/rest/1/s3cr3tvalue/user.current"_s
                              << u"HOST_NOT_FOUND: https://h.example/rest/1/••••/user.current"_s;
}

void TestApiError::toString()
{
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::make(kind, code, description).toString(), expected);
}

void TestApiError::kindNamesAreDistinct()
{
    QStringList names;
    for (int k = int(Kind::None); k <= int(Kind::InvalidRequest); ++k) {
        const QString name = ApiError::kindName(Kind(k));
        QVERIFY(!name.isEmpty());
        QVERIFY(!names.contains(name));
        names << name;
    }
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
