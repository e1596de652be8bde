// REST 3.0 through B24Hook against the in-process sandbox portal over real HTTPS sockets: one
// webhook for both protocols, the v3 envelopes and errors (validation entries kept), limits, and
// writes made safe to retry by their Idempotency-Key.

#include "tests/support/sandboxfixture.h"

#include "core/sandbox/datastore.h"
#include "core/sandbox/entitytable.h"
#include "core/sandbox/portal.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestApiV3 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> startServer(const PortalOptions &portal = unlimitedPortal())
    {
        auto sandbox = std::make_unique<SandboxServer>(portal);
        QString error;
        if (!sandbox->start(&error))
            qWarning("sandbox did not start: %s", qPrintable(error));
        return sandbox;
    }
    static CallResult callV3(B24Hook &hook, const QString &method,
                             const OrderedJson &params = OrderedJson::object())
    {
        CallResult result;
        result.error.code = u"TEST_JOB_DID_NOT_FINISH"_s;
        result.error.kind = ApiError::Kind::Cancelled;
        runJob(hook.callMethod(method, params, ApiVersion::V3),
               [&](CallJob *job) { result = job->result(); });
        return result;
    }
    static OrderedJson json(const char *text)
    {
        QString error;
        const OrderedJson value = OrderedJson::fromJson(QByteArray(text), &error);
        if (!error.isEmpty())
            qWarning("bad test JSON: %s", qPrintable(error));
        return value;
    }

private slots:
    void oneWebhookServesBothProtocols_data()
    {
        QTest::addColumn<bool>("pastedV3");
        QTest::newRow("classic address") << false;
        QTest::newRow("REST 3.0 address") << true;
    }
    void oneWebhookServesBothProtocols()
    {
        QFETCH(bool, pastedV3);
        auto sandbox = startServer();
        QString url = sandbox->webhookUrl();
        if (pastedV3)
            url.replace(u"/rest/"_s, u"/rest/api/"_s);
        auto hook = B24Hook::fromWebhookUrl(url, nullptr, trustingOptions(sandbox->certificate()));
        QVERIFY(hook && hook->isValid());
        QCOMPARE(hook->webhook().api(), pastedV3 ? ApiVersion::V3 : ApiVersion::V2);

        const CallResult v3 = callV3(*hook, u"tasks.task.get"_s, json(R"({"id":1,"select":["id","title"]})"));
        QVERIFY2(v3.ok(), qPrintable(v3.error.toString()));
        QCOMPARE(v3.api, ApiVersion::V3);
        const QJsonObject item = v3.result.toObject().value("item"_L1).toObject();
        QCOMPARE(item.value("id"_L1).toInteger(), 1);
        QVERIFY(v3.idempotencyKey.isEmpty()); // a read carries no key

        const CallResult v2 = call(*hook, u"tasks.task.get"_s, json(R"({"taskId":1})"));
        QVERIFY2(v2.ok(), qPrintable(v2.error.toString()));
        QCOMPARE(v2.api, ApiVersion::V2);
        QCOMPARE(v2.result.toObject().value("task"_L1).toObject().value("title"_L1), item.value("title"_L1));
        // Both count against one limiter: the portal counts both in one bucket.
        QCOMPARE(sandbox->requestCount(), 2);
    }

    void validationErrorKeepsEveryField()
    {
        auto sandbox = startServer();
        auto hook =
            B24Hook::fromWebhookUrl(sandbox->webhookUrl(), nullptr, trustingOptions(sandbox->certificate()));
        const CallResult result =
            callV3(*hook, u"tasks.task.add"_s, json(R"({"fields":{"title":" ","responsibleId":999}})"));
        QCOMPARE(result.error.kind, ApiError::Kind::Portal);
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.code, u"BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION"_s);
        QCOMPARE(result.error.validation.size(), 2);
        QCOMPARE(result.error.validation.at(0).field, u"fields.title"_s);
        QCOMPARE(result.error.validation.at(1).field, u"fields.responsibleId"_s);
        QVERIFY(result.error.toString().contains(u"fields.responsibleId: User 999 not found"_s));
        QCOMPARE(result.attempts, 1); // a 4xx is never retried
        QVERIFY(!result.idempotencyKey.isEmpty());
    }

    void errorsAreClassifiedByStatus()
    {
        auto sandbox = startServer();
        auto hook =
            B24Hook::fromWebhookUrl(sandbox->webhookUrl(), nullptr, trustingOptions(sandbox->certificate()));
        const CallResult missing = callV3(*hook, u"tasks.task.get"_s, json(R"({"id":999999})"));
        QCOMPARE(missing.httpStatus, 400);
        QCOMPARE(missing.error.code, u"BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION"_s);
        const CallResult unknown = callV3(*hook, u"crm.deal.list"_s);
        QCOMPARE(unknown.httpStatus, 404);
        QCOMPARE(unknown.error.kind, ApiError::Kind::Portal);
    }

    void openApiIsReadBare()
    {
        auto sandbox = startServer();
        auto hook =
            B24Hook::fromWebhookUrl(sandbox->webhookUrl(), nullptr, trustingOptions(sandbox->certificate()));
        const CallResult doc = callV3(*hook, u"rest.documentation.openapi"_s);
        QVERIFY2(doc.ok(), qPrintable(doc.error.toString()));
        QCOMPARE(doc.result.toObject().value("openapi"_L1).toString(), u"3.0.0"_s);
        QVERIFY(doc.result.toObject().value("paths"_L1).toObject().contains("/tasks.task.add"_L1));
    }

    // REST 3.0's rate refusal (429 RATELIMITEXCEPTION) is waited out like the classic limits.
    void rateLimitExceptionIsRetried()
    {
        int served = 0;
        ScriptedServer server([&](const HttpRequest &request) {
            ++served;
            if (!request.path.startsWith("/rest/api/"))
                return ScriptedServer::json(R"({"error":"WRONG_PROTOCOL"})", 400);
            if (served == 1)
                return ScriptedServer::json(
                    R"({"error":{"code":"BITRIX_REST_V3_EXCEPTION_RATELIMITEXCEPTION",)"
                    R"("message":"Too many requests"}})",
                    429);
            return ScriptedServer::json(R"({"result":{"items":[{"id":1}]},"time":{"start":1,"finish":1.1}})");
        });
        QVERIFY(server.ok());
        ClientOptions options = trustingOptions(server.certificate());
        auto hook = B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, options);
        const CallResult result = callV3(*hook, u"tasks.task.list"_s);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(served, 2);
    }

    // A portal whose request bucket others have filled refuses REST 3.0 with 429 RATELIMITEXCEPTION:
    // the walk waits as for the classic 503 (one bucket, docs/protocol.md §11.9) and still hands
    // over every task once, in ID order.
    void burstOverTheRateLimitIsWaitedOut()
    {
        PortalOptions portal;
        portal.plan = PortalOptions::Plan::Standard;
        portal.data.insert(u"tasks"_s, 260);
        auto sandbox = startServer(portal);
        auto hook =
            B24Hook::fromWebhookUrl(sandbox->webhookUrl(), nullptr, trustingOptions(sandbox->certificate()));
        int refused = 0;
        connect(hook.get(), &B24Hook::requestFinished, this, [&](const RequestLogEntry &entry) {
            refused += entry.httpStatus == 429 && entry.errorCode.endsWith(u"RATELIMITEXCEPTION"_s);
        });
        // Another client of the same portal spends the whole bucket (50) with classic calls.
        HttpRequest other;
        other.method = "GET";
        other.path = sandbox->portal().webhookPath().toUtf8() + "profile";
        other.target = other.path;
        other.secure = true;
        for (int i = 0; i < 50; ++i)
            QCOMPARE(sandbox->portal().handle(other).status, 200);

        ListOptions options;
        options.api = ApiVersion::V3;
        ListJob *job = hook->callListMethod(u"tasks.task.list"_s, json(R"({"select":["id"]})"), options);
        QJsonArray rows;
        ApiError error;
        QVERIFY(runJob(
            job,
            [&](ListJob *j) {
                rows = j->rows();
                error = j->error();
            },
            120000));
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(refused > 0);
        const std::vector<qint64> &ids = sandbox->portal().data().table(u"tasks"_s).ids();
        QCOMPARE(qsizetype(rows.size()), qsizetype(ids.size()));
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).toObject().value("id"_L1).toInteger(), ids[size_t(i)]);
    }

    // All pages of a method that ignores pagination (a field list) ends with the rows of its one
    // answer, each once, and says why, instead of asking page after page for ever.
    void methodThatDoesNotPageEndsItsWalk()
    {
        auto sandbox = startServer();
        auto hook =
            B24Hook::fromWebhookUrl(sandbox->webhookUrl(), nullptr, trustingOptions(sandbox->certificate()));
        const CallResult once = callV3(*hook, u"tasks.task.field.list"_s, OrderedJson::object());
        QVERIFY2(once.ok(), qPrintable(once.error.toString()));
        const QJsonArray fields = once.result.toObject().value("items"_L1).toArray();
        QVERIFY(fields.size() > 3);
        int requests = 0;
        connect(hook.get(), &B24Hook::requestFinished, this, [&requests] { ++requests; });
        ListOptions options;
        options.api = ApiVersion::V3;
        ListJob *job = hook->callListMethod(u"tasks.task.field.list"_s, OrderedJson::object(), options);
        QJsonArray rows;
        ApiError error;
        QStringList notes;
        QVERIFY(runJob(
            job,
            [&](ListJob *j) {
                rows = j->rows();
                error = j->error();
                notes = j->notes();
            },
            30000));
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(rows, fields);
        QVERIFY(requests <= 4);
        QVERIFY2(notes.join(u'\n').contains(u"does not page"_s), qPrintable(notes.join(u'\n')));
    }

    // A write whose answer was lost is sent again with the same key; the portal answers the
    // stored result and says so, and the write is applied once.
    void lostAnswerIsReplayedNotRepeated()
    {
        int served = 0;
        QByteArrayList keys;
        ScriptedServer server([&](const HttpRequest &request) {
            ++served;
            keys << request.header("idempotency-key");
            if (served == 1)
                return ScriptedServer::json("<html>502 Bad Gateway</html>", 502); // the answer was lost
            HttpResponse replay = ScriptedServer::json(R"({"result":{"item":{"id":77}},"time":{}})");
            replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            return replay;
        });
        QVERIFY(server.ok());
        auto hook =
            B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, trustingOptions(server.certificate()));
        const CallResult result = callV3(*hook, u"tasks.task.add"_s, json(R"({"fields":{"title":"x"}})"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.attempts, 2);
        QVERIFY(result.replayed);
        QCOMPARE(keys.size(), 2);
        QVERIFY(!keys.at(0).isEmpty());
        QCOMPARE(keys.at(1), keys.at(0)); // one key for the logical call
        QCOMPARE(result.idempotencyKey, QString::fromLatin1(keys.at(0)));
        // Without a key (the classic protocol) the same lost answer stays "outcome unknown".
        served = 0;
        const CallResult classic = call(*hook, u"tasks.task.add"_s, json(R"({"fields":{"TITLE":"x"}})"));
        QCOMPARE(classic.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(served, 1);
    }

    // Every attempt of a keyed write loses its answer: still "outcome unknown", but the report says
    // how often it was sent under one key (so it ran at most once), and says it ran when an answer
    // showed so before its body was cut off.
    void exhaustedKeyedWriteSaysWhatIsKnown_data()
    {
        QTest::addColumn<bool>("replayHeader");
        QTest::newRow("gateway pages only") << false;
        QTest::newRow("a replayed answer cut short") << true;
    }
    void exhaustedKeyedWriteSaysWhatIsKnown()
    {
        QFETCH(bool, replayHeader);
        int served = 0;
        ScriptedServer server([&](const HttpRequest &) {
            ++served;
            if (!replayHeader || served == 1)
                return ScriptedServer::json("<html>502 Bad Gateway</html>", 502);
            HttpResponse cut = ScriptedServer::json(R"({"result":{"item":{"id":77)"); // truncated
            cut.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            return cut;
        });
        QVERIFY(server.ok());
        ClientOptions options = trustingOptions(server.certificate());
        options.maxAttempts = 3;
        auto hook = B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, options);
        const CallResult result = callV3(*hook, u"tasks.task.add"_s, json(R"({"fields":{"title":"x"}})"));
        QCOMPARE(result.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(served, 3);
        const QString text = result.error.toString();
        QVERIFY2(text.contains(result.idempotencyKey) && !result.idempotencyKey.isEmpty(), qPrintable(text));
        QVERIFY2(!text.contains(u"not sent again"_s), qPrintable(text));
        QVERIFY2(text.contains(u"3 attempt"_s), qPrintable(text));
        QCOMPARE(text.contains(u"ran this call once"_s), replayHeader);
        QCOMPARE(text.contains(u"at most once"_s), !replayHeader);
    }

    void keyRefusalsAreReported()
    {
        ScriptedServer server([&](const HttpRequest &) {
            return ScriptedServer::json(
                R"({"error":{"code":"BITRIX_REST_V3_EXCEPTION_IDEMPOTENCYKEYREUSEDEXCEPTION",)"
                R"("message":"reused"}})",
                422);
        });
        QVERIFY(server.ok());
        auto hook =
            B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, trustingOptions(server.certificate()));
        const CallResult result =
            callV3(*hook, u"tasks.task.update"_s, json(R"({"id":1,"fields":{"title":"x"}})"));
        QVERIFY(result.error.isIdempotencyKeyReused());
        QVERIFY(!result.error.isIdempotencyKeyInvalid());
        QCOMPARE(result.attempts, 1);
    }

    // The reliability claim of the README: under faults that lose answers after the portal ran
    // the write (connection reset, truncated body, gateway pages), every REST 3.0 write is applied
    // exactly once and every call ends with its result.
    void everyWriteAppliedOnceUnderLostAnswers()
    {
        auto sandbox = startServer();
        QVERIFY(sandbox->faults().setSpec(u"reset=0.2,truncate=0.15,html502=0.1"_s));
        ClientOptions options = trustingOptions(sandbox->certificate());
        options.maxAttempts = 10;
        auto hook = B24Hook::fromWebhookUrl(sandbox->webhookUrl(), nullptr, options);
        const qint64 before = sandbox->portal().data().table(u"tasks"_s).size();
        constexpr int kWrites = 24;
        int replayed = 0;
        int retried = 0;
        for (int i = 0; i < kWrites; ++i) {
            OrderedJson fields = OrderedJson::object();
            fields.insert(u"title"_s, u"reliable %1"_s.arg(i));
            OrderedJson params = OrderedJson::object();
            params.insert(u"fields"_s, fields);
            const CallResult result = callV3(*hook, u"tasks.task.add"_s, params);
            QVERIFY2(result.ok(), qPrintable(result.error.toString()));
            replayed += result.replayed;
            retried += result.attempts > 1;
        }
        EntityTable &tasks = sandbox->portal().data().table(u"tasks"_s);
        QCOMPARE(tasks.size(), before + kWrites);
        QSet<QString> titles;
        for (const qint64 id : tasks.ids())
            titles.insert(tasks.row(id).value(u"title"_s).toString());
        for (int i = 0; i < kWrites; ++i)
            QVERIFY(titles.contains(u"reliable %1"_s.arg(i)));
        // The faults did lose answers of writes that had run (seed-deterministic).
        QVERIFY2(replayed > 0, "no answer was replayed: the faults lost nothing");
        QVERIFY(retried >= replayed);
        qInfo("%d of %d writes retried, %d answered by replay", retried, kWrites, replayed);
    }
};

QTEST_GUILESS_MAIN(TestApiV3)
#include "tst_apiv3.moc"
