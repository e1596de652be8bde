// A list against a portal whose operating budget is the ceiling (a budget of 60 s, 2 s per call):
// the default walk sizes its batches to the budget left, waits until the portal's oldest minute
// frees it, and is never refused. The portal's clocks run 300 times faster, as a time-scaled
// benchmark's do, so three budget windows pass in seconds; the client learns the rate from the
// answers alone.

#include "tests/b24/proxyportal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

constexpr double kScale = 300;

PortalOptions heavyPortal()
{
    PortalOptions portal = ProxyPortal::options();
    portal.data.insert(u"deals"_s, 3000);
    portal.operatingLimitSeconds = 60;
    portal.operatingCostSeconds = 2;
    return portal;
}

} // namespace

class TestListBudget : public QObject
{
    Q_OBJECT

private slots:
    void pacesToTheBudgetWithoutRefusals()
    {
        ProxyPortal proxy(heavyPortal());
        QVERIFY(proxy.ok());
        const qint64 realStart = QDateTime::currentMSecsSinceEpoch();
        const qint64 portalStart = 1'800'000'000'000; // a whole minute
        proxy.portal().setClock([=] {
            return portalStart + qint64(double(QDateTime::currentMSecsSinceEpoch() - realStart) * kScale);
        });
        int refusals = 0;
        QList<double> callStarts; // portal seconds of every list page the portal ran
        proxy.override = [&](const HttpRequest &request) -> std::optional<HttpResponse> {
            HttpResponse response = proxy.portal().handle(request);
            refusals += int(response.body.count(QByteArrayView("OPERATION_TIME_LIMIT")));
            // Each list page's time object reports the budget; the outer batch's does not.
            const qsizetype pages = response.body.count(QByteArrayView("\"operating\":"));
            const double now = double(portalStart) / 1000 +
                               double(QDateTime::currentMSecsSinceEpoch() - realStart) * kScale / 1000;
            for (qsizetype i = 0; i < pages; ++i)
                callStarts << now;
            return response;
        };
        ClientOptions client = proxy.clientOptions();
        client.operatingLimitSeconds = 60;
        auto hook = proxy.hook(client);
        ListJob *job =
            hook->callListMethod(u"crm.deal.list"_s, OrderedJson::fromJson(R"({"select":["ID","TITLE"]})"));
        QStringList notes;
        qint64 rows = 0;
        QSet<QString> ids;
        ApiError error;
        QVERIFY(runJob(
            job,
            [&](ListJob *j) {
                rows = j->rowCount();
                error = j->error();
                notes = j->notes();
                for (const QJsonValue &row : j->rows())
                    ids.insert(row.toObject().value("ID"_L1).toString());
            },
            120000));
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(rows, 3000);
        QCOMPARE(ids.size(), 3000);
        QCOMPARE(refusals, 0);
        QVERIFY2(notes.join(u'\n').contains("OPERATING_BUDGET"_L1), qPrintable(notes.join(u'\n')));
        // The first window holds what the budget holds: 30 calls of 2 s (the probe among them).
        const double firstWindowEnd = double(portalStart) / 1000 + 600;
        const qsizetype firstWindow =
            std::count_if(callStarts.begin(), callStarts.end(), [&](double t) { return t < firstWindowEnd; });
        QVERIFY2(firstWindow >= 29 && firstWindow <= 30, qPrintable(QString::number(firstWindow)));
    }
};

QTEST_MAIN(TestListBudget)
#include "tst_listbudget.moc"
