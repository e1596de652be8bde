#include "tests/sandbox/portaltestclient.h"

#include "core/sandbox/batchrunner.h"
#include "core/sandbox/phpjsonwriter.h"

#include <QJsonArray>
#include <QTest>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

class TestBatchRunner : public QObject
{
    Q_OBJECT

private slots:
    void references_data();
    void references();
    void linkedPagesAndKeyOrder();
    void halt_data();
    void halt();
    void lengthAndNesting();
    void subCommandChecks();
    void countsOnceForRateLimit();
};

static PortalOptions options()
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Unlimited;
    return o;
}

void TestBatchRunner::references_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << u"abc"_s << QByteArray(R"("abc")");
    QTest::newRow("whole scalar") << u"$result[a][0][ID]"_s << QByteArray(R"("7")");
    QTest::newRow("whole array") << u"$result[u][DEP]"_s << QByteArray("[1,3]");
    QTest::newRow("case-insensitive map") << u"$RESULT[add]"_s << QByteArray("42");
    QTest::newRow("embedded scalar") << u"id=$result[add] ok"_s << QByteArray(R"("id=42 ok")");
    QTest::newRow("embedded array kept") << u"x$result[u][DEP]"_s << QByteArray(R"("x$result[u][DEP]")");
    QTest::newRow("missing key keeps node") << u"$result[a][49][ID]"_s << QByteArray(R"([{"ID":"7"}])");
    QTest::newRow("next map") << u"$next[a]"_s << QByteArray("50");
}

void TestBatchRunner::references()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, json);
    PhpValue maps = PhpValue::array();
    PhpValue row = PhpValue::array();
    row.insert(u"ID"_s, u"7"_s);
    PhpValue user = PhpValue::array();
    user.insert(u"DEP"_s, PhpValue::list({PhpValue(1), PhpValue(3)}));
    maps[u"result"_s].insert(u"a"_s, PhpValue::list({row}));
    maps[u"result"_s].insert(u"u"_s, user);
    maps[u"result"_s].insert(u"add"_s, PhpValue(42));
    maps[u"next"_s].insert(u"a"_s, PhpValue(50));
    QCOMPARE(PhpJsonWriter::write(BatchRunner::resolve(value, maps)), json);
}

void TestBatchRunner::linkedPagesAndKeyOrder()
{
    Portal portal(options());
    // cmd_10 sorts before cmd_2 alphabetically: execution must follow the given order.
    const QByteArray body = R"({"halt":0,"cmd":{
        "cmd_2":"crm.deal.list?order[ID]=ASC&filter[>ID]=0&select[]=ID&start=-1",
        "cmd_10":"crm.deal.list?order[ID]=ASC&filter[>ID]=$result[cmd_2][49][ID]&select[]=ID&start=-1",
        "user":"user.current",
        "dep":"department.get?ID=$result[user][UF_DEPARTMENT]"}})";
    const PortalCall call = callPortal(portal, hookPath(portal, "batch"), body);
    QCOMPARE(call.response.status, 200);
    const QJsonObject result = call.json.value(u"result"_s).toObject();
    const QJsonObject results = result.value(u"result"_s).toObject();
    QCOMPARE(results.value(u"cmd_10"_s).toArray().first().toObject().value(u"ID"_s).toString(), u"51"_s);
    QCOMPARE(results.value(u"dep"_s).toArray().size(), 1);
    QCOMPARE(result.value(u"result_error"_s), QJsonValue(QJsonArray())); // empty map is []
    QVERIFY(result.value(u"result_time"_s).toObject().contains(u"cmd_2"_s));
    QCOMPARE(result.value(u"result_total"_s).toObject().value(u"cmd_2"_s).toInt(-1), 0);
    QVERIFY(call.response.body.indexOf("\"cmd_2\"") < call.response.body.indexOf("\"cmd_10\""));
    QCOMPARE(call.response.logMethod,
             QByteArray("batch crm.deal.list,crm.deal.list,user.current,department.get"));
}

void TestBatchRunner::halt_data()
{
    QTest::addColumn<QByteArray>("halt");
    QTest::addColumn<bool>("stops");
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("\"0\"") << QByteArray("\"0\"") << false;
    QTest::newRow("empty string") << QByteArray("\"\"") << false;
    QTest::newRow("false") << QByteArray("false") << false;
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("string false is truthy") << QByteArray("\"false\"") << true;
    QTest::newRow("true") << QByteArray("true") << true;
}

void TestBatchRunner::halt()
{
    QFETCH(QByteArray, halt);
    QFETCH(bool, stops);
    Portal portal(options());
    const QByteArray body = "{\"halt\":" + halt + R"(,"cmd":["crm.deal.get?id=999999","crm.deal.get?id=1"]})";
    const PortalCall call = callPortal(portal, hookPath(portal, "batch"), body);
    const QJsonObject result = call.json.value(u"result"_s).toObject();
    // Keys 0..n-1 make PHP serialise the maps as lists.
    QVERIFY(result.value(u"result_error"_s).isArray());
    QCOMPARE(
        result.value(u"result_error"_s).toArray().first().toObject().value(u"error_description"_s).toString(),
        u"Not found"_s);
    if (stops)
        QCOMPARE(result.value(u"result"_s), QJsonValue(QJsonArray()));
    else
        QCOMPARE(result.value(u"result"_s).toObject().value(u"1"_s).toObject().value(u"ID"_s).toString(),
                 u"1"_s);
}

void TestBatchRunner::lengthAndNesting()
{
    Portal portal(options());
    QByteArray body = R"({"cmd":{"nested":"batch?cmd[0]=profile",)";
    for (int i = 0; i < 52; ++i)
        body += "\"c" + QByteArray::number(i) + "\":\"server.time\",";
    body += R"("skip":5}})";
    const PortalCall call = callPortal(portal, hookPath(portal, "batch"), body);
    QCOMPARE(call.response.status, 200);
    const QJsonObject result = call.json.value(u"result"_s).toObject();
    const QJsonObject errors = result.value(u"result_error"_s).toObject();
    QCOMPARE(errors.value(u"nested"_s).toObject().value(u"error"_s).toString(),
             u"ERROR_BATCH_METHOD_NOT_ALLOWED"_s);
    QCOMPARE(result.value(u"result"_s).toObject().size(), 49); // 50 executed, one of them refused
    for (const QString &key : {u"c49"_s, u"c50"_s, u"c51"_s})
        QCOMPARE(errors.value(key).toObject().value(u"error"_s).toString(), u"ERROR_BATCH_LENGTH_EXCEEDED"_s);
    QVERIFY(!errors.contains(u"skip"_s));
    QVERIFY(!result.value(u"result"_s).toObject().contains(u"skip"_s));
}

void TestBatchRunner::subCommandChecks()
{
    PortalOptions o = options();
    o.scopes = {u"user"_s};
    Portal portal(o);
    const PortalCall call =
        callPortal(portal, hookPath(portal, "batch"),
                   R"({"cmd":{"a":"crm.deal.list","b":"no.such","c":"events","d":"profile"}})");
    const QJsonObject result = call.json.value(u"result"_s).toObject();
    const QJsonObject errors = result.value(u"result_error"_s).toObject();
    QCOMPARE(errors.value(u"a"_s).toObject().value(u"error"_s).toString(), u"insufficient_scope"_s);
    QCOMPARE(errors.value(u"a"_s).toObject().value(u"error_description"_s).toString(), QString());
    QCOMPARE(errors.value(u"b"_s).toObject().value(u"error"_s).toString(), u"ERROR_METHOD_NOT_FOUND"_s);
    QCOMPARE(errors.value(u"c"_s).toObject().value(u"error"_s).toString(), u"WRONG_AUTH_TYPE"_s);
    QVERIFY(result.value(u"result"_s).toObject().contains(u"d"_s));
}

void TestBatchRunner::countsOnceForRateLimit()
{
    PortalOptions o = options();
    o.plan = PortalOptions::Plan::Standard;
    Portal portal(o);
    portal.setClock([] { return qint64(1'700'000'000'000); });
    QByteArray body = R"({"cmd":[)";
    for (int i = 0; i < 50; ++i)
        body += QByteArray(i ? "," : "") + "\"profile\"";
    body += "]}";
    for (int i = 0; i < 50; ++i)
        QCOMPARE(callPortal(portal, hookPath(portal, "batch"), body).response.status, 200);
    QCOMPARE(callPortal(portal, hookPath(portal, "batch"), body).response.status, 503);
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
