// The sandbox portal's REST 3.0 endpoint, called directly: JSON-only bodies, envelopes, the
// documented error codes for select/filter/order/pagination, page caps, the v3 batch,
// Idempotency-Key semantics and the catalog methods. The client side over HTTPS is in
// tests/b24/tst_apiv3.cpp.

#include "tests/support/portaltestclient.h"

#include "core/sandbox/datastore.h"

#include <QJsonArray>
#include <QTest>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

namespace {

struct V3Answer
{
    HttpResponse response;
    QJsonObject json;
    QString code() const { return json.value("error"_L1).toObject().value("code"_L1).toString(); }
    QJsonArray items() const { return json.value("result"_L1).toObject().value("items"_L1).toArray(); }
    QJsonObject item() const { return json.value("result"_L1).toObject().value("item"_L1).toObject(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : response.headers)
            if (key == name)
                return value;
        return {};
    }
};

PortalOptions unlimited()
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Unlimited;
    return o;
}

QString v3Code(const char *name)
{
    return u"BITRIX_REST_V3_EXCEPTION_"_s + QLatin1String(name);
}

} // namespace

class TestApiV3Portal : public QObject
{
    Q_OBJECT

private:
    static V3Answer call(Portal &portal, const QByteArray &method, const QByteArray &body = "{}",
                         const QByteArray &key = {}, const QByteArray &contentType = "application/json",
                         const QByteArray &query = {})
    {
        HttpRequest request;
        request.method = body.isEmpty() ? "GET" : "POST";
        request.path = "/rest/api/" + QByteArray::number(portal.userId()) + '/' + portal.secret().toUtf8() +
                       '/' + method;
        request.query = query;
        request.target = request.path + (query.isEmpty() ? QByteArray() : '?' + query);
        request.body = body;
        if (!body.isEmpty())
            request.headers.append({"content-type", contentType});
        if (!key.isEmpty())
            request.headers.append({"idempotency-key", key});
        V3Answer answer;
        answer.response = portal.handle(request);
        answer.json = QJsonDocument::fromJson(answer.response.body).object();
        return answer;
    }

private slots:
    void getAnswersTheItemWithRelations()
    {
        Portal portal(unlimited());
        const V3Answer a =
            call(portal, "tasks.task.get", R"({"id":3,"select":["id","title","responsible.name","status"]})");
        QCOMPARE(a.response.status, 200);
        const QJsonObject item = a.item();
        QCOMPARE(item.value("id"_L1).toInteger(), 3); // a native number, not the classic "3"
        QVERIFY(item.value("id"_L1).isDouble());
        QVERIFY(!item.value("title"_L1).toString().isEmpty());
        QVERIFY(!item.value("responsible"_L1).toObject().value("name"_L1).toString().isEmpty());
        QVERIFY(QStringList({u"pending"_s, u"in_progress"_s, u"supposedly_completed"_s, u"completed"_s})
                    .contains(item.value("status"_L1).toString()));
        QVERIFY(a.json.contains("time"_L1));
        // The same task under the classic protocol: one table, two namings.
        const PortalCall classic = callPortal(portal, hookPath(portal, "tasks.task.get"), R"({"taskId":3})");
        const QJsonObject task = classic.json.value("result"_L1).toObject().value("task"_L1).toObject();
        QCOMPARE(task.value("title"_L1).toString(), item.value("title"_L1).toString());
        QCOMPARE(task.value("id"_L1).toString(), u"3"_s);
    }

    void missingIdIsAValidationErrorWithItsField()
    {
        Portal portal(unlimited());
        const V3Answer a = call(portal, "tasks.task.get", "{}");
        QCOMPARE(a.response.status, 400);
        QCOMPARE(a.code(), v3Code("VALIDATION_REQUESTVALIDATIONEXCEPTION"));
        const QJsonArray validation = a.json.value("error"_L1).toObject().value("validation"_L1).toArray();
        QCOMPARE(validation.size(), 1);
        QCOMPARE(validation.at(0).toObject().value("field"_L1).toString(), u"id"_s);
        QVERIFY(!a.json.contains("result"_L1));
        QVERIFY(!a.json.contains("time"_L1));
    }

    void parametersComeFromTheJsonBodyOnly()
    {
        Portal portal(unlimited());
        // A query string is not read: the id is missing.
        QCOMPARE(call(portal, "tasks.task.get", {}, {}, {}, "id=3").code(),
                 v3Code("VALIDATION_REQUESTVALIDATIONEXCEPTION"));
        // A form body is not JSON.
        const V3Answer form = call(portal, "tasks.task.get", "id=3", {}, "application/x-www-form-urlencoded");
        QCOMPARE(form.response.status, 400);
        QCOMPARE(form.code(), v3Code("INVALIDJSONEXCEPTION"));
        // GET without parameters works for a method that needs none.
        const V3Answer list = call(portal, "tasks.task.list", {});
        QCOMPARE(list.response.status, 200);
        QCOMPARE(list.items().size(), 50);
    }

    void listRulesAndErrorCodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("object filter (classic dialect)")
            << QByteArray(R"({"filter":{">id":5}})") << 400 << v3Code("INVALIDFILTEREXCEPTION");
        QTest::newRow("unknown operator") << QByteArray(R"({"filter":[["id","like",5]]})") << 400
                                          << v3Code("UNKNOWNFILTEROPERATOREXCEPTION");
        QTest::newRow("field not filterable")
            << QByteArray(R"({"filter":[["title","=","x"]]})") << 400 << v3Code("INVALIDFILTEREXCEPTION");
        QTest::newRow("order not sortable")
            << QByteArray(R"({"order":{"description":"ASC"}})") << 400 << v3Code("INVALIDORDEREXCEPTION");
        QTest::newRow("order direction")
            << QByteArray(R"({"order":{"id":"UP"}})") << 400 << v3Code("INVALIDORDEREXCEPTION");
        QTest::newRow("limit 0") << QByteArray(R"({"pagination":{"limit":0}})") << 400
                                 << v3Code("INVALIDPAGINATIONEXCEPTION");
        QTest::newRow("limit text") << QByteArray(R"({"pagination":{"limit":"ten"}})") << 400
                                    << v3Code("INVALIDPAGINATIONEXCEPTION");
        QTest::newRow("limit -1") << QByteArray(R"({"pagination":{"limit":-1}})") << 500
                                  << v3Code("INTERNAL_INTERNALEXCEPTION");
        QTest::newRow("unknown relation field") << QByteArray(R"({"select":["id","responsible.salary"]})")
                                                << 400 << v3Code("INVALIDSELECTEXCEPTION");
        QTest::newRow("unknown own field dropped")
            << QByteArray(R"({"select":["id","salary"]})") << 200 << QString();
        QTest::newRow("group with negative") << QByteArray(R"({"filter":[{"logic":"or","negative":true,)"
                                                           R"("conditions":[["id","<",3],["id",">",5]]}]})")
                                             << 200 << QString();
    }

    void listRulesAndErrorCodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        Portal portal(unlimited());
        const V3Answer a = call(portal, "tasks.task.list", body);
        QCOMPARE(a.response.status, status);
        QCOMPARE(a.code(), code);
    }

    void filterGroupsAndOperators()
    {
        Portal portal(unlimited());
        auto ids = [&](const QByteArray &body) {
            QList<qint64> out;
            for (const QJsonValue &v : call(portal, "main.eventlog.list", body).items())
                out << v.toObject().value("id"_L1).toInteger();
            return out;
        };
        QCOMPARE(
            ids(R"({"filter":[{"logic":"or","negative":true,"conditions":[["id","<",3],["id",">",5]]}]})"),
            (QList<qint64>{3, 4, 5}));
        QCOMPARE(ids(R"({"filter":[["id","between",[7,9]]]})"), (QList<qint64>{7, 8, 9}));
        QCOMPARE(ids(R"({"filter":[["id",[2,4,40]]]})"), (QList<qint64>{2, 4, 40}));
        QCOMPARE(ids(R"({"filter":[["id","in",[11,12]],["id","!=",11]]})"), (QList<qint64>{12}));
        QCOMPARE(ids(R"({"filter":[["id",">=",498]],"order":{"id":"DESC"}})"),
                 (QList<qint64>{500, 499, 498}));
        // Without select only the ID comes back.
        const QJsonObject first = call(portal, "main.eventlog.list", "{}").items().at(0).toObject();
        QCOMPARE(first.keys(), QStringList{u"id"_s});
    }

    void pagesAreCappedPerMethodAndHaveNoTotal()
    {
        Portal portal(unlimited());
        const V3Answer tasks = call(portal, "tasks.task.list", R"({"pagination":{"limit":100}})");
        QCOMPARE(tasks.items().size(), 50); // tasks.task.list clamps at 50
        QVERIFY(!tasks.json.contains("total"_L1));
        QVERIFY(!tasks.json.contains("next"_L1));
        const V3Answer events = call(portal, "main.eventlog.list", R"({"pagination":{"limit":100}})");
        QCOMPARE(events.items().size(), 100);
        // page counts in pages of the limit, offset adds to it.
        const V3Answer page =
            call(portal, "main.eventlog.list", R"({"pagination":{"page":3,"limit":10,"offset":2}})");
        QCOMPARE(page.items().at(0).toObject().value("id"_L1).toInteger(), 23);
    }

    void tailWalksTheNativeCursor()
    {
        Portal portal(unlimited());
        const V3Answer a =
            call(portal, "main.eventlog.tail",
                 R"({"select":["id"],"cursor":{"field":"id","value":10,"order":"ASC","limit":5}})");
        QCOMPARE(a.response.status, 200);
        QCOMPARE(a.items().size(), 5);
        QCOMPARE(a.items().at(0).toObject().value("id"_L1).toInteger(), 11);
        const V3Answer both =
            call(portal, "main.eventlog.tail",
                 R"({"filter":[["id",">",3]],"cursor":{"field":"id","value":10,"order":"ASC"}})");
        QCOMPARE(both.code(), v3Code("INVALIDFILTEREXCEPTION"));
        QVERIFY(both.json.value("error"_L1)
                    .toObject()
                    .value("message"_L1)
                    .toString()
                    .contains(u"Cursor field id cannot be used at filter."_s));
    }

    void writesChangeTheSharedTaskTable()
    {
        Portal portal(unlimited());
        const V3Answer added =
            call(portal, "tasks.task.add",
                 R"({"fields":{"title":"Written by REST 3.0","responsibleId":2,"creatorId":3}})");
        QCOMPARE(added.response.status, 200);
        const qint64 id = added.item().value("id"_L1).toInteger();
        QVERIFY(id > 100);
        QCOMPARE(added.item().value("creatorId"_L1).toInteger(), 3);
        // The classic protocol sees it, with its own names (createdBy for creatorId).
        const PortalCall classic = callPortal(portal, hookPath(portal, "tasks.task.get"),
                                              "{\"taskId\":" + QByteArray::number(id) + '}');
        const QJsonObject task = classic.json.value("result"_L1).toObject().value("task"_L1).toObject();
        QCOMPARE(task.value("title"_L1).toString(), u"Written by REST 3.0"_s);
        QCOMPARE(task.value("createdBy"_L1).toString(), u"3"_s);
        const QByteArray idText = QByteArray::number(id);
        QCOMPARE(
            call(portal, "tasks.task.update", R"({"id":)" + idText + R"(,"fields":{"status":"completed"}})")
                .json.value("result"_L1)
                .toObject()
                .value("result"_L1),
            QJsonValue(true));
        QCOMPARE(call(portal, "tasks.task.get", R"({"id":)" + idText + R"(,"select":["status"]})")
                     .item()
                     .value("status"_L1)
                     .toString(),
                 u"completed"_s);
        QCOMPARE(call(portal, "tasks.task.add", R"({"fields":{"title":"x","colour":"red"}})").code(),
                 v3Code("UNKNOWNDTOPROPERTYEXCEPTION"));
        QCOMPARE(call(portal, "tasks.task.delete", R"({"id":)" + idText + '}').response.status, 200);
        QCOMPARE(call(portal, "tasks.task.get", R"({"id":)" + idText + '}').code(),
                 v3Code("ENTITYNOTFOUNDEXCEPTION"));
    }

    void idempotencyKeyReplaysRefusesAndExpires()
    {
        Portal portal(unlimited());
        qint64 now = 1767225600000LL;
        portal.setClock([&now] { return now; });
        const QByteArray body = R"({"fields":{"title":"once"}})";
        const V3Answer first = call(portal, "tasks.task.add", body, "key-1");
        QCOMPARE(first.response.status, 200);
        QVERIFY(first.header("idempotent-replayed").isEmpty());
        const V3Answer again = call(portal, "tasks.task.add", body, "key-1");
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.item().value("id"_L1), first.item().value("id"_L1));
        QCOMPARE(portal.data().table(u"tasks"_s).size(), 101); // ran once
        // The same key with another body.
        const V3Answer other = call(portal, "tasks.task.add", R"({"fields":{"title":"twice"}})", "key-1");
        QCOMPARE(other.response.status, 422);
        QCOMPARE(other.code(), v3Code("IDEMPOTENCYKEYREUSEDEXCEPTION"));
        // A malformed key.
        QCOMPARE(call(portal, "tasks.task.add", body, QByteArray(256, 'k')).code(),
                 v3Code("INVALIDIDEMPOTENCYKEYEXCEPTION"));
        QCOMPARE(call(portal, "tasks.task.add", body, "tab\there").response.status, 400);
        // Errors are not stored: the same key runs the call again.
        QCOMPARE(call(portal, "tasks.task.add", R"({"fields":{}})", "key-2").response.status, 400);
        QCOMPARE(
            call(portal, "tasks.task.add", R"({"fields":{"title":"now valid"}})", "key-2").response.status,
            200);
        // Reads ignore the key; each method has its own keys.
        QVERIFY(call(portal, "tasks.task.list", "{}", "key-1").header("idempotent-replayed").isEmpty());
        // 24 hours of portal time later the key is forgotten.
        now += 24LL * 3600 * 1000;
        const V3Answer later = call(portal, "tasks.task.add", body, "key-1");
        QVERIFY(later.header("idempotent-replayed").isEmpty());
        QVERIFY(later.item().value("id"_L1) != first.item().value("id"_L1));
    }

    void batchRunsInOrderWithReferences()
    {
        Portal portal(unlimited());
        const V3Answer a = call(
            portal, "batch",
            R"([{"method":"tasks.task.list","query":{"select":["id"],"pagination":{"limit":3}},"as":"page"},)"
            R"({"method":"tasks.task.get","query":{"id":{"$ref":"page.items.1.id"},"select":["id","title"]},"as":"one"},)"
            R"({"method":"main.eventlog.list","query":{"filter":[["id","in",{"$refArray":"page.id"}]]}}])");
        QCOMPARE(a.response.status, 200);
        const QJsonArray results = a.json.value("result"_L1).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(1).toObject().value("item"_L1).toObject().value("id"_L1).toInteger(), 2);
        QCOMPARE(results.at(2).toObject().value("items"_L1).toArray().size(), 3);
        // One item without query fails the whole batch; the classic form is refused.
        QCOMPARE(call(portal, "batch", R"([{"method":"tasks.task.list"}])").code(),
                 v3Code("VALIDATION_REQUESTVALIDATIONEXCEPTION"));
        QCOMPARE(call(portal, "batch", R"({"cmd":{"a":"tasks.task.list"}})").code(),
                 v3Code("INVALIDSELECTEXCEPTION"));
        // The first error is the answer.
        const V3Answer failed =
            call(portal, "batch",
                 R"([{"method":"tasks.task.get","query":{}},{"method":"tasks.task.list","query":{}}])");
        QCOMPARE(failed.response.status, 400);
        QCOMPARE(failed.code(), v3Code("VALIDATION_REQUESTVALIDATIONEXCEPTION"));
    }

    void catalogDescribesWhatIsServed()
    {
        Portal portal(unlimited());
        const V3Answer doc = call(portal, "rest.documentation.openapi", {});
        QCOMPARE(doc.response.status, 200);
        QVERIFY(!doc.json.contains("result"_L1)); // bare
        QCOMPARE(doc.json.value("openapi"_L1).toString(), u"3.0.0"_s);
        const QJsonObject paths = doc.json.value("paths"_L1).toObject();
        QVERIFY(paths.contains("/tasks.task.list"_L1));
        QVERIFY(paths.contains("/main.eventlog.tail"_L1));
        QVERIFY(
            doc.json.value("components"_L1).toObject().value("schemas"_L1).toObject().contains("Task"_L1));
        const V3Answer scopes = call(portal, "rest.scope.list", R"({"filterModule":"tasks"})");
        const QJsonObject tasks = scopes.json.value("result"_L1).toObject().value("tasks"_L1).toObject();
        QCOMPARE(tasks.value("task"_L1).toObject().value("get"_L1).toObject().value("scope"_L1).toString(),
                 u"task"_s);
        QVERIFY(!scopes.json.value("result"_L1).toObject().contains("main"_L1));
        // Without the task scope, tasks methods are refused and left out of the document.
        PortalOptions narrow = unlimited();
        narrow.scopes = {u"crm"_s};
        Portal limited(narrow);
        QCOMPARE(call(limited, "tasks.task.list").response.status, 403);
        QCOMPARE(call(limited, "tasks.task.list").code(), v3Code("INSUFFICIENTSCOPEEXCEPTION"));
        QVERIFY(!call(limited, "rest.documentation.openapi", {})
                     .json.value("paths"_L1)
                     .toObject()
                     .contains("/tasks.task.list"_L1));
    }

    // One request-rate bucket for both protocols (docs/protocol.md §11.9); REST 3.0 refuses a full
    // bucket with 429 RATELIMITEXCEPTION in its own envelope, the classic protocol with its 503.
    void rateBucketIsSharedWithTheClassicProtocol()
    {
        PortalOptions o;
        o.plan = PortalOptions::Plan::Standard;
        Portal portal(o);
        qint64 now = 1'700'000'000'000;
        portal.setClock([&now] { return now; });
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(callPortal(portal, hookPath(portal, "profile")).response.status, 200);
            QCOMPARE(call(portal, "tasks.task.get", R"({"id":1})").response.status, 200);
        }
        const V3Answer refused = call(portal, "tasks.task.get", R"({"id":1})");
        QCOMPARE(refused.response.status, 429);
        QCOMPARE(refused.code(), v3Code("RATELIMITEXCEPTION"));
        QCOMPARE(callPortal(portal, hookPath(portal, "profile")).error(), u"QUERY_LIMIT_EXCEEDED"_s);
        now += 1000; // drains 2 per second, whoever asks
        QCOMPARE(call(portal, "tasks.task.get", R"({"id":1})").response.status, 200);
        QCOMPARE(callPortal(portal, hookPath(portal, "profile")).response.status, 200);
        QCOMPARE(call(portal, "tasks.task.get", R"({"id":1})").response.status, 429);
    }

    // The operating budget counts REST 3.0 calls per method, together with the classic calls of
    // the same method; a batch's commands count under their own methods, the batch itself not.
    void operatingBudgetCountsRestApiCalls()
    {
        PortalOptions o = unlimited();
        o.operatingLimitSeconds = 250;
        o.operatingCostSeconds = 100;
        Portal portal(o);
        qint64 now = 1'700'000'000'000;
        portal.setClock([&now] { return now; });
        V3Answer answer = call(portal, "tasks.task.list", R"({"select":["id"]})");
        QCOMPARE(answer.response.status, 200);
        now += 1000;
        QCOMPARE(callPortal(portal, hookPath(portal, "tasks.task.list")).response.status, 200);
        now += 1000;
        answer = call(portal, "batch", R"([{"method":"tasks.task.list","query":{"select":["id"]}}])");
        QCOMPARE(answer.response.status, 200);
        QVERIFY(!answer.json.value("time"_L1).toObject().contains("operating"_L1)); // the outer batch
        now += 1000;
        const V3Answer refused = call(portal, "tasks.task.list", R"({"select":["id"]})");
        QCOMPARE(refused.response.status, 429);
        QCOMPARE(refused.code(), u"OPERATION_TIME_LIMIT"_s);
        QCOMPARE(callPortal(portal, hookPath(portal, "tasks.task.list")).error(), u"OPERATION_TIME_LIMIT"_s);
        const V3Answer inBatch = call(portal, "batch", R"([{"method":"tasks.task.list","query":{}}])");
        QCOMPARE(inBatch.response.status, 429);
        QCOMPARE(inBatch.code(), u"OPERATION_TIME_LIMIT"_s);
        // Per method: another one goes on, and its answer reports its own budget.
        answer = call(portal, "tasks.task.get", R"({"id":1})");
        QCOMPARE(answer.response.status, 200);
        const QJsonObject time = answer.json.value("time"_L1).toObject();
        const double operating = time.value("operating"_L1).toDouble(); // 100 s modeled, plus the real time
        QVERIFY2(operating >= 100 && operating < 101, qPrintable(QString::number(operating)));
        now += 601'000;
        QCOMPARE(call(portal, "tasks.task.list", R"({"select":["id"]})").response.status, 200);
    }

    void unknownMethodsAndCredentials()
    {
        Portal portal(unlimited());
        QCOMPARE(call(portal, "crm.deal.list").response.status, 404); // a classic method is not REST 3.0
        HttpRequest request;
        request.method = "POST";
        request.path = "/rest/api/1/wrong/tasks.task.list";
        request.body = "{}";
        QCOMPARE(portal.handle(request).status, 401);
        // The classic protocol does not know the REST 3.0 system methods.
        QCOMPARE(callPortal(portal, hookPath(portal, "rest.scope.list")).response.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestApiV3Portal)
#include "tst_apiv3portal.moc"
