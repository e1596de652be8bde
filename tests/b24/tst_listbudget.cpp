// A list against a portal whose operating budget is the ceiling (a budget of 60 s, 2 s per call):
// the default walk sizes its batches to the budget left, waits until the portal's oldest minute
// frees it, and is never refused. The portal's clocks run 300 times faster, as a time-scaled
// benchmark's do, so three budget windows pass in seconds; the client learns the rate from the
// answers alone.

#include "tests/b24/proxyportal.h"

#include "core/b24/portallimiter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

constexpr double kScale = 300;
constexpr qint64 kPortalStart = 1'800'000'000'000; // a whole minute

PortalOptions heavyPortal()
{
    PortalOptions portal = ProxyPortal::options();
    portal.data.insert(u"deals"_s, 3000);
    portal.data.insert(u"contacts"_s, 300);
    portal.operatingLimitSeconds = 60;
    portal.operatingCostSeconds = 2;
    return portal;
}

// The heavy portal on a clock 300 times faster, counting what it refuses and when it ran pages.
struct ScaledPortal
{
    ProxyPortal proxy{heavyPortal()};
    qint64 realStart = QDateTime::currentMSecsSinceEpoch();
    int refusals = 0;
    QList<double> pageTimes; // portal seconds of every list page the portal ran

    ScaledPortal()
    {
        proxy.portal().setClock([this] { return kPortalStart + realElapsedScaled(); });
        proxy.override = [this](const HttpRequest &request) -> std::optional<HttpResponse> {
            HttpResponse response = proxy.portal().handle(request);
            refusals += int(response.body.count(QByteArrayView("OPERATION_TIME_LIMIT")));
            // Each list page's time object reports the budget; the outer batch's does not.
            const qsizetype pages = response.body.count(QByteArrayView("\"operating\":"));
            const double now = double(kPortalStart + realElapsedScaled()) / 1000;
            for (qsizetype i = 0; i < pages; ++i)
                pageTimes << now;
            return response;
        };
    }
    qint64 realElapsedScaled() const
    {
        return qint64(double(QDateTime::currentMSecsSinceEpoch() - realStart) * kScale);
    }
    // A hook told the portal's budget.
    std::unique_ptr<B24Hook> toldHook()
    {
        ClientOptions client = proxy.clientOptions();
        client.operatingLimitSeconds = 60;
        return proxy.hook(client);
    }
};

struct Outcome
{
    qint64 rows = 0;
    QSet<QString> ids;
    QStringList notes;
    ApiError error;
    bool finished = false;
};

// Follows a job to its end (the caller runs the event loop).
void follow(ListJob *job, Outcome *outcome)
{
    QObject::connect(job, &ListJob::finished, job, [job, outcome] {
        outcome->rows = job->rowCount();
        outcome->error = job->error();
        outcome->notes = job->notes();
        for (const QJsonValue &row : job->rows())
            outcome->ids.insert(row.toObject().value("ID"_L1).toString());
        outcome->finished = true;
    });
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

const OrderedJson kSelect = OrderedJson::fromJson(R"({"select":["ID","TITLE"]})");

} // namespace

class TestListBudget : public QObject
{
    Q_OBJECT

private slots:
    void pacesToTheBudgetWithoutRefusals()
    {
        ScaledPortal heavy;
        QVERIFY(heavy.proxy.ok());
        auto hook = heavy.toldHook();
        Outcome deals;
        follow(hook->callListMethod(u"crm.deal.list"_s, kSelect), &deals);
        QVERIFY(waitFor([&] { return deals.finished; }, 120000));
        QVERIFY2(!deals.error.isError(), qPrintable(deals.error.toString()));
        QCOMPARE(deals.rows, 3000);
        QCOMPARE(deals.ids.size(), 3000);
        QCOMPARE(heavy.refusals, 0);
        QVERIFY2(deals.notes.join(u'\n').contains("OPERATING_BUDGET"_L1),
                 qPrintable(deals.notes.join(u'\n')));
        // The first window holds what the budget holds: 30 calls of 2 s (the probe among them).
        const double firstWindowEnd = double(kPortalStart) / 1000 + 600;
        const qsizetype firstWindow = std::count_if(heavy.pageTimes.begin(), heavy.pageTimes.end(),
                                                    [&](double t) { return t < firstWindowEnd; });
        QVERIFY2(firstWindow >= 29 && firstWindow <= 30, qPrintable(QString::number(firstWindow)));
    }

    // Two exports of one method on one webhook share its budget: the batches one has on the wire
    // count in the other's plan, so the portal refuses neither, and together they still run what
    // the first window holds.
    void twoExportsOfOneMethodShareTheBudget()
    {
        ScaledPortal heavy;
        QVERIFY(heavy.proxy.ok());
        auto hook = heavy.toldHook();
        Outcome first;
        Outcome second;
        follow(hook->callListMethod(u"crm.deal.list"_s, kSelect), &first);
        follow(hook->callListMethod(u"crm.deal.list"_s, kSelect), &second);
        QVERIFY(waitFor([&] { return first.finished && second.finished; }, 240000));
        QVERIFY2(!first.error.isError(), qPrintable(first.error.toString()));
        QVERIFY2(!second.error.isError(), qPrintable(second.error.toString()));
        QCOMPARE(first.ids.size(), 3000);
        QCOMPARE(second.ids.size(), 3000);
        QCOMPARE(heavy.refusals, 0);
        const double firstWindowEnd = double(kPortalStart) / 1000 + 600;
        const qsizetype firstWindow = std::count_if(heavy.pageTimes.begin(), heavy.pageTimes.end(),
                                                    [&](double t) { return t < firstWindowEnd; });
        QVERIFY2(firstWindow >= 28 && firstWindow <= 30, qPrintable(QString::number(firstWindow)));
    }

    // Budgets are per method: a contact export beside a deal export that has spent its budget
    // never waits for the deals' budget.
    void otherMethodsDoNotWait()
    {
        ScaledPortal heavy;
        QVERIFY(heavy.proxy.ok());
        auto hook = heavy.toldHook();
        Outcome deals;
        Outcome contacts;
        follow(hook->callListMethod(u"crm.deal.list"_s, kSelect), &deals);
        // The deals spend their whole first window before the contacts start.
        QVERIFY(waitFor(
            [&] {
                return deals.notes.join(u'\n').contains("OPERATING_BUDGET"_L1) ||
                       hook->limiter()->operatingSeconds(u"crm.deal.list"_s) >= 56;
            },
            60000));
        follow(hook->callListMethod(u"crm.contact.list"_s, kSelect), &contacts);
        QVERIFY(waitFor([&] { return contacts.finished; }, 60000));
        QVERIFY2(!contacts.error.isError(), qPrintable(contacts.error.toString()));
        QCOMPARE(contacts.ids.size(), 300); // 6 pages: 12 s of the contacts' own budget
        QVERIFY2(!contacts.notes.join(u'\n').contains("OPERATING_BUDGET"_L1),
                 qPrintable(contacts.notes.join(u'\n')));
        QVERIFY(waitFor([&] { return deals.finished; }, 120000));
        QCOMPARE(deals.ids.size(), 3000);
        QCOMPARE(heavy.refusals, 0);
    }
};

QTEST_MAIN(TestListBudget)
#include "tst_listbudget.moc"
