// The client's model of the operating budget against the sandbox portal's own accounting: a client
// that starts calls only when the model says they fit is never refused, yet spends nearly all of
// the budget; waits end when the portal's oldest bucket leaves. Times are injected, not slept.

#include "core/b24/operatingbudget.h"
#include "core/b24/portalclock.h"
#include "core/sandbox/operatinglimiter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::OperatingBudget;
using b24::ResponseTime;

namespace {

ResponseTime call(double start, double processing, std::optional<double> operating = {})
{
    ResponseTime time;
    time.start = start;
    time.processing = processing;
    time.finish = start + processing;
    time.duration = processing;
    time.operating = operating;
    return time;
}

} // namespace

class TestOperatingBudget : public QObject
{
    Q_OBJECT

private slots:
    // The case of a budget of 60 s with pages of 2 s: 30 pages in the first minute, then a wait until
    // that minute leaves the window.
    void fillsTheBudgetThenWaitsForTheOldestMinute()
    {
        OperatingBudget budget(60);
        double t = 1000 * 60.0; // minute 1000
        int calls = 0;
        while (budget.callsThatFit(t, 2.0) > 0) {
            budget.record(call(t, 2.0));
            t += 2.0;
            ++calls;
        }
        QCOMPARE(calls, 30);
        QCOMPARE(budget.usedAt(t), 60.0);
        QCOMPARE(budget.costPerCall(), 2.0);
        QCOMPARE(budget.timeWhenFits(t, 30, 2.0), 1010 * 60.0); // minute 1000 leaves at minute 1010
        QCOMPARE(budget.callsThatFit(1010 * 60.0, 2.0), 30);
    }

    void shortCallsCostNothing()
    {
        OperatingBudget budget(10);
        for (int i = 0; i < 1000; ++i)
            budget.record(call(i * 0.05, 0.05));
        QCOMPARE(budget.usedAt(50), 0.0);
        QVERIFY(budget.callsThatFit(50, 0.05) > 1000);
    }

    // Time the portal counted that the model never saw (another program on this webhook).
    void portalSumCorrectsTheModel()
    {
        OperatingBudget budget(60);
        ResponseTime time = call(600, 1.0, 40.0);
        time.operatingResetAt = 600 + 540; // the portal's oldest bucket started at 540 s
        budget.record(time);
        QCOMPARE(budget.usedAt(601), 40.0);
        QCOMPARE(budget.callsThatFit(601, 1.0), 20);
        // The unseen 39 s leave with the portal's oldest bucket (minute 9, so at 1140 s).
        QCOMPARE(budget.usedAt(1140), 1.0);
    }

    // Generated workloads against the sandbox's accounting (the portal's rules): calls of varying
    // cost, started whenever the model allows, run for several windows. No call is ever refused,
    // and the budget is used to within one call's cost per window.
    void neverRefusedAgainstThePortalsAccounting()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        for (int round = 0; round < 20; ++round) {
            const double limit = 30 + random.bounded(450);
            const double meanCost = 0.2 + random.generateDouble() * 3;
            b24::OperatingLimiter portal(limit);
            OperatingBudget budget(limit);
            double t = 3600.0 * (1 + random.bounded(1000)) + random.bounded(60.0);
            const double end = t + 3 * 600;
            double spent = 0;
            const double begin = t;
            while (t < end) {
                const double cost = meanCost * (0.9 + 0.2 * random.generateDouble());
                const double planned = std::max(budget.costPerCall(), meanCost * 1.1);
                if (budget.callsThatFit(t, planned) < 1) {
                    t = std::max(t + 1.0, budget.timeWhenFits(t, 1, planned));
                    continue;
                }
                const qint64 startMs = qint64(t * 1000);
                QVERIFY2(
                    !portal.blocked(u"crm.deal.list"_s, startMs),
                    qPrintable(u"seed %1, round %2: refused at %3 s"_s.arg(seed).arg(round).arg(t - begin)));
                portal.record(u"crm.deal.list"_s, startMs, cost);
                ResponseTime time =
                    call(t, cost, portal.operating(u"crm.deal.list"_s, startMs + qint64(cost * 1000)));
                budget.record(time);
                spent += cost;
                t += cost + random.generateDouble() * 0.2;
            }
            // Three windows of the budget, less one call's cost in hand and the edges.
            QVERIFY2(spent >= 3 * (limit - 3 * meanCost * 1.1) * 0.9,
                     qPrintable(u"seed %1, round %2: %3 s of %4 s used"_s.arg(seed).arg(round).arg(spent).arg(
                         3 * limit)));
        }
    }

    void clockReadsTheRate()
    {
        b24::PortalClock clock;
        QCOMPARE(clock.localDelayMs(3), 3000);
        // A portal whose clocks run 20 times faster.
        for (int i = 0; i <= 10; ++i)
            clock.observe(1e9 + i * 20.0, 5000 + i * 1000);
        QCOMPARE(clock.rate(), 20.0);
        QCOMPARE(clock.localDelayMs(60), 3000);
        QCOMPARE(clock.portalNow(15500), 1e9 + 210.0);
        // A real portal: readings a little off are noise, not a rate.
        b24::PortalClock real;
        for (int i = 0; i <= 10; ++i)
            real.observe(1e9 + i * 1.0 + (i % 2) * 0.05, 5000 + i * 1000);
        QCOMPARE(real.rate(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestOperatingBudget)
#include "tst_operatingbudget.moc"
