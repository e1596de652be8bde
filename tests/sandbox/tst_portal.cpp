#include "tests/sandbox/portaltestclient.h"

#include "core/sandbox/datastore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

class TestPortal : public QObject
{
    Q_OBJECT

private slots:
    void checkOrder_data();
    void checkOrder();
    void envelopeAndHeaders();
    void dealPagination();
    void startMinusOneSkipsCounting();
    void keysetFilterAndOrder();
    void dealWriteCycle();
    void formBodyAndQueryMerge();
    void invalidJsonMeansNoParameters();
    void chatUserListAnswersPlainIds();
    void deterministicSeed();
    void rateLimiter();
    void operatingLimiter();
    void millionDealsKeysetIsFast();
};

static PortalOptions unlimited()
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Unlimited;
    return o;
}

void TestPortal::checkOrder_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QStringList all{u"crm"_s, u"user"_s, u"task"_s};
    QTest::newRow("ok") << QByteArray("@/crm.deal.list") << true << all << 200 << QString();
    QTest::newRow("json suffix + slash")
        << QByteArray("@/crm.deal.list.json/") << true << all << 200 << QString();
    QTest::newRow("case-insensitive") << QByteArray("@/CRM.Deal.List") << true << all << 200 << QString();
    QTest::newRow("unknown method before auth")
        << QByteArray("/rest/1/wrong/no.such.method") << true << all << 404 << u"ERROR_METHOD_NOT_FOUND"_s;
    QTest::newRow("missing user segment")
        << QByteArray("/rest/secret/crm.deal.list") << true << all << 404 << u"ERROR_METHOD_NOT_FOUND"_s;
    QTest::newRow("wrong secret") << QByteArray("/rest/1/wrong/crm.deal.list") << true << all << 401
                                  << u"INVALID_CREDENTIALS"_s;
    QTest::newRow("wrong user") << QByteArray("!/crm.deal.list") << true << all << 401
                                << u"INVALID_CREDENTIALS"_s;
    QTest::newRow("no auth") << QByteArray("/rest/crm.deal.list") << true << all << 401 << u"NO_AUTH_FOUND"_s;
    QTest::newRow("plain http") << QByteArray("@/profile") << false << all << 401 << u"INVALID_REQUEST"_s;
    QTest::newRow("scope") << QByteArray("@/crm.deal.list") << true << QStringList{u"user"_s} << 401
                           << u"insufficient_scope"_s;
    QTest::newRow("user via user_brief")
        << QByteArray("@/user.current") << true << QStringList{u"user_brief"_s} << 200 << QString();
    QTest::newRow("global method without scopes")
        << QByteArray("@/profile") << true << QStringList() << 200 << QString();
    QTest::newRow("app-only method") << QByteArray("@/events") << true << all << 403 << u"WRONG_AUTH_TYPE"_s;
}

void TestPortal::checkOrder()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, secure);
    QFETCH(QStringList, scopes);
    QFETCH(int, status);
    QFETCH(QString, error);
    PortalOptions o = unlimited();
    o.scopes = scopes;
    Portal portal(o);
    if (path.startsWith('@') || path.startsWith('!')) // right or wrong user id with the right secret
        path = (path.startsWith('@') ? "/rest/1/" : "/rest/7/") + portal.secret().toUtf8() + path.mid(1);
    const PortalCall call = callPortal(portal, path, {}, {}, secure);
    QCOMPARE(call.response.status, status);
    QCOMPARE(call.error(), error);
    if (status == 200)
        QVERIFY(call.json.contains(u"result"_s));
    else
        QVERIFY(!call.json.value(u"error_description"_s).toString().isEmpty());
}

void TestPortal::envelopeAndHeaders()
{
    Portal portal(unlimited());
    const PortalCall call = callPortal(portal, hookPath(portal, "crm.deal.get?id=1"));
    QCOMPARE(call.response.status, 200);
    const auto header = [&](const QByteArray &name) {
        for (const auto &h : call.response.headers)
            if (h.first == name)
                return h.second;
        return QByteArray();
    };
    QCOMPARE(header("content-type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(header("access-control-allow-origin"), QByteArray("*"));
    QVERIFY(call.response.body.startsWith("{\"result\":{\"ID\":\"1\""));
    const QJsonObject time = call.json.value(u"time"_s).toObject();
    for (const QString &key : {u"start"_s, u"finish"_s, u"duration"_s, u"processing"_s, u"date_start"_s,
                               u"date_finish"_s, u"operating"_s})
        QVERIFY2(time.contains(key), qPrintable(key));
    QVERIFY(!call.response.body.contains("\"next\""));
    QCOMPARE(call.response.logMethod, QByteArray("crm.deal.get"));
}

void TestPortal::dealPagination()
{
    PortalOptions o = unlimited();
    o.data[u"deals"_s] = 120;
    Portal portal(o);
    PortalCall call = callPortal(portal, hookPath(portal, "crm.deal.list"));
    QCOMPARE(call.json.value(u"result"_s).toArray().size(), 50);
    QCOMPARE(call.json.value(u"next"_s).toInt(), 50);
    QCOMPARE(call.json.value(u"total"_s).toInt(), 120);
    call = callPortal(portal, hookPath(portal, "crm.deal.list?start=73")); // rounded down to 50
    QCOMPARE(call.json.value(u"result"_s).toArray().first().toObject().value(u"ID"_s).toString(), u"51"_s);
    QCOMPARE(call.json.value(u"next"_s).toInt(), 100);
    call = callPortal(portal, hookPath(portal, "crm.deal.list?start=100"));
    QCOMPARE(call.json.value(u"result"_s).toArray().size(), 20);
    QVERIFY(!call.json.contains(u"next"_s));
    // Legacy "*" leaves user fields out; UF_* brings them.
    QVERIFY(!call.response.body.contains("UF_CRM_DEAL_CITY"));
    call = callPortal(portal, hookPath(portal, "crm.deal.list?select[]=ID&select[]=UF_*"));
    const QJsonObject first = call.json.value(u"result"_s).toArray().first().toObject();
    QVERIFY(first.contains(u"UF_CRM_DEAL_CITY"_s));
    QVERIFY(!first.contains(u"TITLE"_s));
}

void TestPortal::startMinusOneSkipsCounting()
{
    Portal portal(unlimited());
    PortalCall call = callPortal(portal, hookPath(portal, "crm.deal.list?start=-1"));
    QCOMPARE(call.json.value(u"result"_s).toArray().size(), 50);
    QVERIFY(!call.json.contains(u"next"_s));
    QCOMPARE(call.json.value(u"total"_s).toInt(-1), 0); // legacy: total 0
    call = callPortal(portal, hookPath(portal, "crm.item.list?entityTypeId=2&start=-1"));
    QVERIFY(!call.json.contains(u"total"_s)); // D7: no total
    QCOMPARE(call.json.value(u"result"_s).toObject().value(u"items"_s).toArray().size(), 50);
}

void TestPortal::keysetFilterAndOrder()
{
    Portal portal(unlimited());
    PortalCall call =
        callPortal(portal, hookPath(portal, "crm.deal.list"),
                   R"({"order":{"ID":"DESC"},"filter":{">ID":150,"<=ID":180},"select":["ID"]})");
    const QJsonArray rows = call.json.value(u"result"_s).toArray();
    QCOMPARE(rows.size(), 30);
    QCOMPARE(rows.first().toObject().value(u"ID"_s).toString(), u"180"_s);
    QCOMPARE(rows.last().toObject().value(u"ID"_s).toString(), u"151"_s);
    QCOMPARE(call.json.value(u"total"_s).toInt(), 30);
    // A non-ID filter goes through the general path; every row must satisfy it.
    call = callPortal(portal, hookPath(portal, "crm.deal.list"),
                      R"({"filter":{"STAGE_ID":"WON"},"select":["STAGE_ID"]})");
    const QJsonArray won = call.json.value(u"result"_s).toArray();
    QVERIFY(!won.isEmpty());
    for (const auto &row : won)
        QCOMPARE(row.toObject().value(u"STAGE_ID"_s).toString(), u"WON"_s);
}

void TestPortal::dealWriteCycle()
{
    Portal portal(unlimited());
    PortalCall call = callPortal(portal, hookPath(portal, "crm.deal.add"),
                                 R"({"fields":{"TITLE":"Новая сделка </script>","OPPORTUNITY":1500.5}})");
    QCOMPARE(call.response.status, 200);
    const int id = call.json.value(u"result"_s).toInt();
    QCOMPARE(id, 201);
    QVERIFY(call.response.body.startsWith("{\"result\":201,"));
    call = callPortal(portal, hookPath(portal, "crm.deal.get?ID=201"));
    QVERIFY(call.response.body.contains("\\u041d\\u043e\\u0432\\u0430\\u044f")); // PHP \\u escapes
    QVERIFY(call.response.body.contains("\\u003C\\/script\\u003E"));
    QCOMPARE(call.json.value(u"result"_s).toObject().value(u"OPPORTUNITY"_s).toString(), u"1500.5"_s);
    call =
        callPortal(portal, hookPath(portal, "crm.deal.update"), R"({"id":201,"fields":{"TITLE":"Renamed"}})");
    QCOMPARE(call.json.value(u"result"_s).toBool(), true);
    call = callPortal(portal, hookPath(portal, "crm.deal.get?id=201"));
    QCOMPARE(call.json.value(u"result"_s).toObject().value(u"TITLE"_s).toString(), u"Renamed"_s);
    call = callPortal(portal, hookPath(portal, "crm.deal.delete?id=201"));
    QCOMPARE(call.json.value(u"result"_s).toBool(), true);
    call = callPortal(portal, hookPath(portal, "crm.deal.get?id=201"));
    QCOMPARE(call.response.status, 400);
    QCOMPARE(call.error(), QString()); // legacy CRM: empty code
    QCOMPARE(call.json.value(u"error_description"_s).toString(), u"Not found"_s);
}

void TestPortal::formBodyAndQueryMerge()
{
    Portal portal(unlimited());
    // The form body overrides the query's filter; brackets encoded or raw both parse.
    const PortalCall call = callPortal(portal, hookPath(portal, "crm.deal.list?filter[ID]=5"),
                                       "filter%5BID%5D=7&select[]=ID", "application/x-www-form-urlencoded");
    const QJsonArray rows = call.json.value(u"result"_s).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"ID"_s).toString(), u"7"_s);
}

void TestPortal::invalidJsonMeansNoParameters()
{
    Portal portal(unlimited());
    const PortalCall call = callPortal(portal, hookPath(portal, "crm.deal.list"), "{\"filter\":");
    QCOMPARE(call.response.status, 200);
    QCOMPARE(call.json.value(u"total"_s).toInt(), 200); // no filter applied
}

// A list whose rows are not objects: {"result":[1,4,9]}, no next/total (docs: im.chat.user.list).
void TestPortal::chatUserListAnswersPlainIds()
{
    PortalOptions o = unlimited();
    o.scopes << u"im"_s;
    Portal portal(o);
    for (const QByteArray &department : {"1"_ba, "2"_ba, "4"_ba}) {
        const PortalCall chat =
            callPortal(portal, hookPath(portal, "im.chat.user.list?CHAT_ID=" + department));
        QCOMPARE(chat.response.status, 200);
        QVERIFY(!chat.json.contains(u"next"_s) && !chat.json.contains(u"total"_s));
        // The department chat: the department's active users, as integers.
        const PortalCall users =
            callPortal(portal, hookPath(portal, "user.get?ACTIVE=1&UF_DEPARTMENT=" + department));
        QJsonArray expected;
        for (const QJsonValue &user : users.json.value(u"result"_s).toArray())
            expected.append(user.toObject().value(u"ID"_s).toString().toInt());
        QCOMPARE(chat.json.value(u"result"_s).toArray(), expected);
        QCOMPARE(expected.isEmpty(), department == "4"_ba); // nobody works in department 4
    }
    const PortalCall missing = callPortal(portal, hookPath(portal, "im.chat.user.list"));
    QCOMPARE(missing.response.status, 400);
    QCOMPARE(missing.error(), u"CHAT_ID_EMPTY"_s);
    QCOMPARE(missing.json.value(u"error_description"_s).toString(), u"Chat ID can't be empty"_s);
    const PortalCall unknown = callPortal(portal, hookPath(portal, "im.chat.user.list?CHAT_ID=77"));
    QCOMPARE(unknown.response.body.left(12), "{\"result\":[]"_ba);
}

void TestPortal::deterministicSeed()
{
    PortalOptions a = unlimited(), b = unlimited(), c = unlimited();
    c.seed = 99;
    Portal p1(a), p2(b), p3(c);
    QCOMPARE(p1.secret(), p2.secret());
    QVERIFY(p1.secret() != p3.secret());
    const QByteArray q = "crm.contact.list?select[]=*&select[]=PHONE&select[]=EMAIL";
    const QJsonValue r1 = callPortal(p1, hookPath(p1, q)).json.value(u"result"_s);
    QCOMPARE(r1, callPortal(p2, hookPath(p2, q)).json.value(u"result"_s));
    QVERIFY(r1 != callPortal(p3, hookPath(p3, q)).json.value(u"result"_s));
    const QJsonObject contact = r1.toArray().first().toObject();
    QCOMPARE(contact.value(u"PHONE"_s).toArray().first().toObject().value(u"TYPE_ID"_s).toString(),
             u"PHONE"_s);
}

void TestPortal::rateLimiter()
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Standard;
    Portal portal(o);
    qint64 now = 1'700'000'000'000;
    portal.setClock([&now] { return now; });
    for (int i = 0; i < 50; ++i)
        QCOMPARE(callPortal(portal, hookPath(portal, "profile")).response.status, 200);
    PortalCall call = callPortal(portal, hookPath(portal, "profile"));
    QCOMPARE(call.response.status, 503);
    QCOMPARE(call.error(), u"QUERY_LIMIT_EXCEEDED"_s);
    now += 1000; // drains 2 per second
    QCOMPARE(callPortal(portal, hookPath(portal, "profile")).response.status, 200);
    QCOMPARE(callPortal(portal, hookPath(portal, "profile")).response.status, 200);
    QCOMPARE(callPortal(portal, hookPath(portal, "profile")).response.status, 503);
}

void TestPortal::operatingLimiter()
{
    PortalOptions o = unlimited();
    o.operatingLimitSeconds = 250;
    o.operatingCostSeconds = 100;
    Portal portal(o);
    qint64 now = 1'700'000'000'000;
    portal.setClock([&now] { return now; });
    PortalCall call;
    for (int i = 0; i < 3; ++i) {
        call = callPortal(portal, hookPath(portal, "crm.deal.list?start=-1"));
        QCOMPARE(call.response.status, 200);
        now += 1000;
    }
    QVERIFY(call.json.value(u"time"_s).toObject().value(u"operating"_s).toDouble() >= 300);
    QCOMPARE(call.json.value(u"time"_s).toObject().value(u"operating_reset_at"_s).toInteger(),
             1'700'000'000 + 600);
    call = callPortal(portal, hookPath(portal, "crm.deal.list"));
    QCOMPARE(call.response.status, 429);
    QCOMPARE(call.error(), u"OPERATION_TIME_LIMIT"_s);
    QCOMPARE(callPortal(portal, hookPath(portal, "crm.deal.get?id=1")).response.status, 200); // per method
    now += 601'000;
    QCOMPARE(callPortal(portal, hookPath(portal, "crm.deal.list")).response.status, 200);
}

void TestPortal::millionDealsKeysetIsFast()
{
    PortalOptions o = unlimited();
    o.data[u"deals"_s] = 1'000'000;
    QElapsedTimer timer;
    timer.start();
    Portal portal(o);
    QVERIFY2(timer.elapsed() < 5000, "generating a million deals must take seconds at most");
    timer.restart();
    const PortalCall call =
        callPortal(portal, hookPath(portal, "crm.deal.list"),
                   R"({"order":{"ID":"ASC"},"filter":{">ID":987654},"select":["ID"],"start":-1})");
    QVERIFY2(timer.elapsed() < 200, "a keyset page must not scan the table");
    const QJsonArray rows = call.json.value(u"result"_s).toArray();
    QCOMPARE(rows.size(), 50);
    QCOMPARE(rows.first().toObject().value(u"ID"_s).toString(), u"987655"_s);
    QCOMPARE(portal.data().table(u"deals"_s).size(), qint64(1'000'000));
}

QTEST_GUILESS_MAIN(TestPortal)
#include "tst_portal.moc"
