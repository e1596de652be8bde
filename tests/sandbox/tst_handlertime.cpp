#include "tests/sandbox/portaltestclient.h"

#include "core/sandbox/pagecost.h"
#include "core/sandbox/requestlog.h"
#include "core/sandbox/scaledclock.h"

#include <QJsonArray>
#include <QTest>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

// Handler time on the portal: the operating buckets per webhook and method, the cost of list
// pages, the 60-second cap on a request and the scaled clock. All on an injected clock: no test
// here waits for real time.
class TestHandlerTime : public QObject
{
    Q_OBJECT

private slots:
    void bucketsLeaveAtTheirTenthMinute();
    void aRequestCountsForOthersOnceFinished();
    void budgetIsPerWebhookAndMethod();
    void batchRefusalsReachTheLog();
    void pageCostFollowsRowsAndColumns();
    void pageCostIsChargedAndDelaysTheAnswer();
    void batchCommandsRunOneAfterAnother();
    void batchPastTheCapIsCutOff();
    void cheapBatchCommandsAreChargedTogether();
    void singleCallPastTheCapIsCutOff();
    void scaledClockRunsFaster();

private:
    static constexpr qint64 T0 = 1'700'000'080'000; // 40 s into a minute
};

static PortalOptions costly(double operatingCost = 0, double pageCostMs = 0)
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Unlimited;
    o.operatingCostSeconds = operatingCost;
    o.pageCostMs = pageCostMs;
    return o;
}

static QJsonObject timeOf(const PortalCall &call)
{
    return call.json.value(u"time"_s).toObject();
}

// Charged seconds are the virtual or modeled ones plus the handler's real time (well under 0.1 s).
static bool near(double charged, double expected)
{
    return charged >= expected && charged < expected + 0.1;
}

static QByteArray listOf(int count, const QByteArray &select = {})
{
    return "crm.deal.list?order[ID]=ASC&start=-1&filter[<=ID]=" + QByteArray::number(count) + select;
}

void TestHandlerTime::bucketsLeaveAtTheirTenthMinute()
{
    PortalOptions o = costly(100);
    o.operatingLimitSeconds = 250;
    Portal portal(o);
    qint64 now = T0;
    portal.setClock([&now] { return now; });
    // 100 s at 0:40, then 100 s at 1:10 and 1:20 (the second minute's first call is at 1:10).
    QCOMPARE(callPortal(portal, hookPath(portal, "crm.deal.get?id=1")).response.status, 200);
    now += 30'000;
    QCOMPARE(callPortal(portal, hookPath(portal, "crm.deal.get?id=1")).response.status, 200);
    now += 10'000;
    PortalCall call = callPortal(portal, hookPath(portal, "crm.deal.get?id=1"));
    QVERIFY(near(timeOf(call).value(u"operating"_s).toDouble(), 300)); // plus the handlers' real time
    QCOMPARE(timeOf(call).value(u"operating_reset_at"_s).toInteger(), T0 / 1000 + 600);
    QCOMPARE(callPortal(portal, hookPath(portal, "crm.deal.get?id=1")).error(), u"OPERATION_TIME_LIMIT"_s);

    // 9:59: the sum still covers the first minute.
    now = T0 + 559'000;
    QCOMPARE(callPortal(portal, hookPath(portal, "crm.deal.get?id=1")).response.status, 429);
    // 10:00: the first minute has left the sum (300 - 100 = 200 < 250), 40 s before the reset it
    // announced; the second minute has not.
    now = T0 + 560'000;
    call = callPortal(portal, hookPath(portal, "crm.deal.get?id=1"));
    QCOMPARE(call.response.status, 200);
    QVERIFY2(near(timeOf(call).value(u"operating"_s).toDouble(), 300), // 200 kept + this call's 100
             qPrintable(QString::number(timeOf(call).value(u"operating"_s).toDouble())));
    QCOMPARE(timeOf(call).value(u"operating_reset_at"_s).toInteger(), (T0 + 30'000) / 1000 + 600);
    now += 1000;
    QCOMPARE(callPortal(portal, hookPath(portal, "crm.deal.get?id=1")).response.status, 429);
}

void TestHandlerTime::aRequestCountsForOthersOnceFinished()
{
    PortalOptions o = costly(300, 10000); // every call 300 s over the budget, a full page takes 10 s
    o.operatingLimitSeconds = 250;
    Portal portal(o);
    qint64 now = T0;
    portal.setClock([&now] { return now; });
    QCOMPARE(callPortal(portal, hookPath(portal, listOf(50))).response.status, 200); // runs to 0:50
    now = T0 + 5'000; // a request that starts while the first is still running does not see it
    QCOMPARE(callPortal(portal, hookPath(portal, listOf(50))).response.status, 200);
    now = T0 + 11'000;
    const PortalCall call = callPortal(portal, hookPath(portal, listOf(50)));
    QCOMPARE(call.error(), u"OPERATION_TIME_LIMIT"_s);
}

void TestHandlerTime::budgetIsPerWebhookAndMethod()
{
    PortalOptions o = costly(300);
    o.operatingLimitSeconds = 250;
    o.extraSecrets = {u"secondhook"_s};
    Portal portal(o);
    qint64 now = T0;
    portal.setClock([&now] { return now; });
    const QStringList hooks = portal.webhookPaths();
    QCOMPARE(hooks.size(), 2);
    QCOMPARE(hooks.first(), portal.webhookPath());
    QCOMPARE(hooks.last(), u"/rest/1/secondhook/"_s);

    QCOMPARE(callPortal(portal, hookPath(portal, listOf(1))).response.status, 200);
    now += 1000; // the next request starts after this one finished (its real handler time counts too)
    QCOMPARE(callPortal(portal, hookPath(portal, listOf(1))).error(), u"OPERATION_TIME_LIMIT"_s);
    // The other webhook has a budget of its own for the same method ...
    const PortalCall other = callPortal(portal, hooks.last().toUtf8() + listOf(1));
    QCOMPARE(other.response.status, 200);
    QVERIFY(near(timeOf(other).value(u"operating"_s).toDouble(), 300));
    // ... and the first webhook still has one for another method.
    QCOMPARE(callPortal(portal, hookPath(portal, "crm.contact.list?start=-1")).response.status, 200);
    // A secret the portal does not know is refused, whatever the others are.
    QCOMPARE(callPortal(portal, "/rest/1/unknown/" + listOf(1)).error(), u"INVALID_CREDENTIALS"_s);
}

void TestHandlerTime::batchRefusalsReachTheLog()
{
    PortalOptions o = costly(300);
    o.operatingLimitSeconds = 250;
    Portal portal(o);
    const PortalCall call = callPortal(portal, hookPath(portal, "batch"),
                                       R"({"cmd":{"a":"crm.deal.list?start=-1","b":"crm.deal.list?start=-1",
                                           "c":"crm.deal.list?start=-1"}})");
    QCOMPARE(call.response.status, 200); // the batch answers; two of its commands were refused
    const QJsonObject errors = call.json.value(u"result"_s).toObject().value(u"result_error"_s).toObject();
    QCOMPARE(errors.keys(), (QStringList{u"b"_s, u"c"_s}));
    QCOMPARE(call.response.batchRefusals, 2);
    HttpExchange exchange;
    exchange.batchRefusals = call.response.batchRefusals;
    QCOMPARE(RequestLog::lineFor(exchange).value(u"batch_429"_s).toInt(), 2);
    QVERIFY(!RequestLog::lineFor(HttpExchange()).contains(u"batch_429"_s));
}

void TestHandlerTime::pageCostFollowsRowsAndColumns()
{
    // A full default page is the page cost, an empty one the query's share.
    int columns = 0;
    PhpValue fullPage = PhpValue::array();
    PhpValue row = PhpValue::array();
    for (int c = 0; c < PageCost::ReferenceColumns; ++c)
        row.insert(u"F"_s + QString::number(c), c);
    for (int r = 0; r < PageCost::PageRows; ++r)
        fullPage.append(row);
    QCOMPARE(PageCost::rows(fullPage, &columns), 50);
    QCOMPARE(columns, PageCost::ReferenceColumns);
    QCOMPARE(PageCost::seconds(150, fullPage), 0.15);
    QCOMPARE(PageCost::seconds(150, PhpValue::array()), 0.03);
    QCOMPARE(PageCost::seconds(0, fullPage), 0.0);
    PhpValue wrapped = PhpValue::array();
    wrapped.insert(u"items"_s, fullPage);
    QCOMPARE(PageCost::seconds(150, wrapped), 0.15);
    QVERIFY(PageCost::isPage(u"crm.deal.list"_s));
    QVERIFY(!PageCost::isPage(u"crm.deal.get"_s));
}

void TestHandlerTime::pageCostIsChargedAndDelaysTheAnswer()
{
    Portal portal(costly(0, 150));
    qint64 now = T0;
    portal.setClock([&now] { return now; });
    // A full page of default rows costs the page cost (plus the handler's own few milliseconds).
    PortalCall call = callPortal(portal, hookPath(portal, listOf(50)));
    QCOMPARE(call.json.value(u"result"_s).toArray().size(), 50);
    QCOMPARE(call.json.value(u"result"_s).toArray().first().toObject().size(), PageCost::ReferenceColumns);
    const double processing = timeOf(call).value(u"processing"_s).toDouble();
    QVERIFY2(processing >= 0.15 && processing < 0.2, qPrintable(QString::number(processing)));
    QCOMPARE(timeOf(call).value(u"operating"_s).toDouble(), processing);
    QCOMPARE(call.response.handlerMs, 150.0); // the modeled part: the real one has passed already
    // ID only: about the query's share, under the 0.1 s the portal does not record.
    now += 1000; // the first request has finished
    call = callPortal(portal, hookPath(portal, listOf(50, "&select[]=ID")));
    QVERIFY(timeOf(call).value(u"processing"_s).toDouble() < 0.05);
    QCOMPARE(timeOf(call).value(u"operating"_s).toDouble(), processing);
    // Not a list: no page cost.
    call = callPortal(portal, hookPath(portal, "crm.deal.get?id=1"));
    QCOMPARE(call.response.handlerMs, 0.0);
}

void TestHandlerTime::batchCommandsRunOneAfterAnother()
{
    Portal portal(costly(0, 1000));
    qint64 now = T0;
    portal.setClock([&now] { return now; });
    const PortalCall call = callPortal(portal, hookPath(portal, "batch"),
                                       R"({"halt":0,"cmd":{"a":"crm.deal.list?order[ID]=ASC&start=-1",
                       "b":"crm.deal.list?order[ID]=ASC&start=-1&filter[>ID]=$result[a][49][ID]",
                       "c":"crm.deal.get?id=1"}})");
    QCOMPARE(call.response.status, 200);
    const QJsonObject times = call.json.value(u"result"_s).toObject().value(u"result_time"_s).toObject();
    const QJsonObject a = times.value(u"a"_s).toObject(), b = times.value(u"b"_s).toObject();
    QCOMPARE(a.value(u"start"_s).toDouble(), T0 / 1000.0);
    QVERIFY(a.value(u"processing"_s).toDouble() >= 1.0);
    // b starts where a finished (to the millisecond), c where b did.
    QVERIFY(qAbs(b.value(u"start"_s).toDouble() - a.value(u"finish"_s).toDouble()) < 0.002);
    QVERIFY(times.value(u"c"_s).toObject().value(u"start"_s).toDouble() >=
            b.value(u"finish"_s).toDouble() - 0.002);
    QVERIFY(qAbs(b.value(u"operating"_s).toDouble() - a.value(u"processing"_s).toDouble() -
                 b.value(u"processing"_s).toDouble()) < 1e-6);
    // The answer waits for both pages; the outer batch reports their sum and is not accounted.
    QCOMPARE(call.response.handlerMs, 2000.0);
    QVERIFY(timeOf(call).value(u"processing"_s).toDouble() >= 2.0);
    QVERIFY(!timeOf(call).contains(u"operating"_s));
}

void TestHandlerTime::batchPastTheCapIsCutOff()
{
    PortalOptions o = costly(0, 1500); // 40 full pages fill the 60 s cap
    o.data[u"deals"_s] = 2500;
    Portal portal(o);
    qint64 now = T0;
    portal.setClock([&now] { return now; });
    QByteArray commands = R"({"halt":0,"cmd":{)";
    for (int i = 0; i < 50; ++i)
        commands += (i ? "," : "") + QByteArray(R"("p)") + QByteArray::number(i) +
                    R"(":"crm.deal.list?order[ID]=ASC&start=-1&filter[>ID]=)" + QByteArray::number(i * 50) +
                    '"';
    commands += "}}";
    PortalCall call = callPortal(portal, hookPath(portal, "batch"), commands);
    QCOMPARE(call.response.status, 504);
    QVERIFY(call.response.body.contains("504 Gateway Time-out"));
    QVERIFY(call.json.isEmpty()); // HTML, no envelope
    QVERIFY(call.response.handlerMs > 59000 && call.response.handlerMs <= 60000);
    QCOMPARE(call.response.logMethod.left(6), QByteArray("batch "));
    // The work done before the cut is charged: 60 s (and then this call's own time).
    now += 61'000;
    call = callPortal(portal, hookPath(portal, listOf(50, "&select[]=ID")));
    const double before =
        timeOf(call).value(u"operating"_s).toDouble() - timeOf(call).value(u"processing"_s).toDouble();
    QVERIFY2(before > 59.999 && before < 60.001, qPrintable(QString::number(before)));
    // Fewer pages per batch fit.
    commands = R"({"cmd":{"a":"crm.deal.list?start=-1","b":"crm.deal.list?start=-1&filter[>ID]=50"}})";
    QCOMPARE(callPortal(portal, hookPath(portal, "batch"), commands).response.status, 200);
}

void TestHandlerTime::cheapBatchCommandsAreChargedTogether()
{
    PortalOptions o = costly(0, 150); // an ID-only page costs about 0.035 s: under 0.1 s alone
    o.data[u"deals"_s] = 1000;
    Portal portal(o);
    qint64 now = T0;
    portal.setClock([&now] { return now; });
    QByteArray commands = R"({"cmd":{)";
    for (int i = 0; i < 20; ++i)
        commands += (i ? "," : "") + QByteArray(R"("p)") + QByteArray::number(i) +
                    R"(":"crm.deal.list?select[]=ID&start=-1&filter[>ID]=)" + QByteArray::number(i * 50) +
                    '"';
    commands += "}}";
    const PortalCall batch = callPortal(portal, hookPath(portal, "batch"), commands);
    QCOMPARE(batch.response.status, 200);
    const QJsonObject first =
        batch.json.value(u"result"_s).toObject().value(u"result_time"_s).toObject().value(u"p0"_s).toObject();
    QVERIFY(first.value(u"processing"_s).toDouble() < 0.1);
    QCOMPARE(first.value(u"operating"_s).toDouble(), 0.0); // not counted while the batch runs ...
    now += 60'000;
    const PortalCall after = callPortal(portal, hookPath(portal, listOf(1, "&select[]=ID")));
    const double operating = timeOf(after).value(u"operating"_s).toDouble();
    QVERIFY2(operating > 0.6 && operating < 1.0, qPrintable(QString::number(operating))); // ... but in all
}

void TestHandlerTime::singleCallPastTheCapIsCutOff()
{
    PortalOptions o = costly(0, 61000);
    Portal portal(o);
    const PortalCall call = callPortal(portal, hookPath(portal, listOf(50)));
    QCOMPARE(call.response.status, 504);
    QVERIFY(call.response.handlerMs > 59000 && call.response.handlerMs <= 60000);
    o.requestCapSeconds = 0; // no cap
    Portal uncapped(o);
    QCOMPARE(callPortal(uncapped, hookPath(uncapped, listOf(50))).response.status, 200);
}

void TestHandlerTime::scaledClockRunsFaster()
{
    qint64 real = T0;
    const ScaledClock clock(20, [&real] { return real; });
    QCOMPARE(clock(), T0);
    real += 30'000; // 30 real seconds are ten portal minutes
    QCOMPARE(clock(), T0 + 600'000);
    // The portal under a scaled clock: a ten-minute window passes in 30 real seconds.
    PortalOptions o = costly(300);
    o.operatingLimitSeconds = 250;
    Portal portal(o);
    real = T0;
    portal.setClock(ScaledClock(20, [&real] { return real; }));
    QCOMPARE(callPortal(portal, hookPath(portal, listOf(1))).response.status, 200);
    real += 50; // the next request starts after this one finished (its real handler time counts too)
    QCOMPARE(callPortal(portal, hookPath(portal, listOf(1))).response.status, 429);
    real += 26'950; // 9:40 on the portal
    QCOMPARE(callPortal(portal, hookPath(portal, listOf(1))).response.status, 429);
    real += 1'000; // 10:00
    const PortalCall call = callPortal(portal, hookPath(portal, listOf(1)));
    QCOMPARE(call.response.status, 200);
    QCOMPARE(timeOf(call).value(u"start"_s).toDouble(), (T0 + 560'000) / 1000.0);
}

QTEST_GUILESS_MAIN(TestHandlerTime)
#include "tst_handlertime.moc"
