// B24Hook single calls against the in-process sandbox portal over real HTTPS sockets.

#include "tests/support/sandboxfixture.h"

#include "core/b24/portallimiter.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestB24Hook : public QObject
{
    Q_OBJECT

private:
    static QByteArray headerValue(const CallResult &result, const QByteArray &name)
    {
        for (const auto &[key, value] : result.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // Nowhere in what leaves the client: headers, body, error text, redirect target.
    static void verifyNoSecret(const CallResult &result, const QByteArray &secret)
    {
        QVERIFY(!result.headers.isEmpty());
        for (const auto &[key, value] : result.headers)
            QVERIFY2(!key.contains(secret) && !value.contains(secret), value.constData());
        QVERIFY2(!result.rawBody.contains(secret), result.rawBody.constData());
        const QString text = QString::fromLatin1(secret);
        QVERIFY(!result.error.description.contains(text));
        QVERIFY(!result.error.toString().contains(text));
        QVERIFY(!result.error.redirectTarget.contains(text));
        QVERIFY(!QJsonDocument(result.error.details).toJson().contains(secret));
    }

    std::unique_ptr<SandboxServer> startServer(const PortalOptions &portal = unlimitedPortal(),
                                               const SandboxServerOptions &server = {})
    {
        auto sandbox = std::make_unique<SandboxServer>(portal, server);
        QString error;
        if (!sandbox->start(&error))
            qWarning("sandbox did not start: %s", qPrintable(error));
        return sandbox;
    }
    std::unique_ptr<B24Hook> hookFor(const QString &url, const ClientOptions &options)
    {
        WebhookUrl::ParseError error = WebhookUrl::ParseError::None;
        auto hook = B24Hook::fromWebhookUrl(url, &error, options);
        if (!hook)
            qWarning("bad webhook url: %s", qPrintable(WebhookUrl::errorCode(error)));
        return hook;
    }

private slots:
    void callSucceedsAndIsLogged()
    {
        auto sandbox = startServer();
        auto hook = hookFor(sandbox->webhookUrl(), trustingOptions(sandbox->certificate()));
        QVERIFY(hook && hook->isValid());
        QSignalSpy logged(hook.get(), &B24Hook::requestFinished);
        const CallResult result = call(*hook, u"user.current"_s);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(!result.result.toObject().value("ID"_L1).isUndefined());
        QVERIFY(result.time.has_value());
        QCOMPARE(result.attempts, 1);
        QCOMPARE(sandbox->requestCount(), 1);
        QCOMPARE(logged.count(), 1);
        const auto entry = logged.at(0).at(0).value<RequestLogEntry>();
        QCOMPARE(entry.method, u"user.current"_s);
        QCOMPARE(entry.httpStatus, 200);
        QCOMPARE(entry.requestId, result.requestId);
        QVERIFY(!entry.origin.contains(hook->webhook().secret()));
        QCOMPARE(hook->getTargetOrigin(), hook->webhook().targetOrigin());
    }

    void wireFormat_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("plain method") << u"crm.deal.get"_s;
        QTest::newRow("positional task method") << u"task.commentitem.getlist"_s;
    }
    void wireFormat()
    {
        QFETCH(QString, method);
        ScriptedServer server([](const HttpRequest &) { return ScriptedServer::json(R"({"result":true})"); });
        QVERIFY(server.ok());
        auto hook = hookFor(server.webhookUrl(), trustingOptions(server.certificate()));
        const CallResult result = call(*hook, method, QJsonObject{{u"id"_s, 5}, {u"flag"_s, true}});
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(server.requests().size(), 1);
        const HttpRequest &request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, "/rest/7/scriptedSecret42/"_ba + method.toLatin1());
        QVERIFY(request.query.isEmpty()); // no telemetry: positional task.* methods read the query
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
        QVERIFY(request.header("content-type").startsWith("application/json"));
        QVERIFY(request.header("user-agent").startsWith("B24Explorer/"));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(request.header("x-request-id"))).isNull());
        QCOMPARE(QString::fromLatin1(request.header("x-request-id")), result.requestId);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("id"_L1).toInt(), 5);
        QCOMPARE(body.value("flag"_L1).toBool(), true);
    }

    void portalErrorsAreNotRetried_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("badSecret");
        QTest::addColumn<bool>("withoutTaskScope");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad secret") << u"user.current"_s << true << false << 401 << u"INVALID_CREDENTIALS"_s;
        QTest::newRow("missing scope")
            << u"tasks.task.list"_s << false << true << 401 << u"insufficient_scope"_s;
        QTest::newRow("unknown method")
            << u"no.such.method"_s << false << false << 404 << u"ERROR_METHOD_NOT_FOUND"_s;
    }
    void portalErrorsAreNotRetried()
    {
        QFETCH(QString, method);
        QFETCH(bool, badSecret);
        QFETCH(bool, withoutTaskScope);
        QFETCH(int, status);
        QFETCH(QString, code);
        PortalOptions portal = unlimitedPortal();
        if (withoutTaskScope)
            portal.scopes.removeAll(u"task"_s);
        auto sandbox = startServer(portal);
        QString url = sandbox->webhookUrl();
        if (badSecret)
            url.replace(sandbox->portal().secret(), u"wrongSecret123"_s);
        auto hook = hookFor(url, trustingOptions(sandbox->certificate()));
        const CallResult result = call(*hook, method);
        QCOMPARE(result.error.kind, ApiError::Kind::Portal);
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(sandbox->requestCount(), 1);
        QCOMPARE(result.error.isAuth() || result.error.isScope(), status == 401);
    }

    void queryLimitIsRetried()
    {
        auto sandbox = startServer();
        QVERIFY(sandbox->faults().setSpec(u"503=0.5"_s));
        ClientOptions options = trustingOptions(sandbox->certificate());
        options.maxAttempts = 12;
        auto hook = hookFor(sandbox->webhookUrl(), options);
        int attempts = 0;
        for (int i = 0; i < 6; ++i) {
            const CallResult result = call(*hook, u"server.time"_s);
            QVERIFY2(result.ok(), qPrintable(result.error.toString()));
            attempts += result.attempts;
        }
        QCOMPARE(sandbox->requestCount(), attempts);
        QVERIFY2(attempts > 6, "the fault spec should have refused some requests"); // seed-deterministic
    }

    // An HTML 502 from a proxy: a read is retried, a write is reported as possibly executed.
    void gatewayErrorRetriedOnlyForReads_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("requests");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("read") << u"crm.deal.list"_s << 3 << ApiError::Kind::Http;
        QTest::newRow("write") << u"crm.deal.add"_s << 1 << ApiError::Kind::OutcomeUnknown;
    }
    void gatewayErrorRetriedOnlyForReads()
    {
        QFETCH(QString, method);
        QFETCH(int, requests);
        QFETCH(ApiError::Kind, kind);
        auto sandbox = startServer();
        QVERIFY(sandbox->faults().setSpec(u"html502=1"_s));
        ClientOptions options = trustingOptions(sandbox->certificate());
        options.maxAttempts = 3;
        auto hook = hookFor(sandbox->webhookUrl(), options);
        const CallResult result = call(*hook, method, {{u"fields"_s, QJsonObject{{u"TITLE"_s, u"x"_s}}}});
        QCOMPARE(result.error.kind, kind);
        QCOMPARE(result.attempts, requests);
        QCOMPARE(sandbox->requestCount(), requests);
        if (kind == ApiError::Kind::Http)
            QCOMPARE(result.httpStatus, 502);
    }

    // OPERATION_TIME_LIMIT pauses that method in the shared limiter; other methods go on.
    void operatingLimitPausesOneMethod()
    {
        PortalOptions portal = unlimitedPortal();
        portal.operatingLimitSeconds = 1;
        portal.operatingCostSeconds = 2; // every call counts as a slow one
        auto sandbox = startServer(portal);
        ClientOptions options = trustingOptions(sandbox->certificate());
        options.maxAttempts = 1;
        auto hook = hookFor(sandbox->webhookUrl().replace(u"127.0.0.1"_s, u"localhost"_s), options);
        QVERIFY(call(*hook, u"crm.deal.list"_s).ok());
        const CallResult blocked = call(*hook, u"crm.deal.list"_s);
        QCOMPARE(blocked.error.code, u"OPERATION_TIME_LIMIT"_s);
        QCOMPARE(blocked.httpStatus, 429);
        QVERIFY(blocked.error.isOperatingLimit());
        QVERIFY(hook->limiter()->delayBeforeSendMs(u"crm.deal.list"_s) > 0);
        QCOMPARE(hook->limiter()->delayBeforeSendMs(u"server.time"_s), 0);
        QVERIFY(call(*hook, u"server.time"_s).ok());
    }

    void tlsFailsWithoutTheCertificate()
    {
        auto sandbox = startServer();
        ClientOptions options;
        options.maxAttempts = 1;
        auto hook = hookFor(sandbox->webhookUrl(), options);
        const CallResult result = call(*hook, u"server.time"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::Tls);
        QVERIFY(!result.error.toString().contains(sandbox->portal().secret()));
    }

    void timeout_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("read retried") << u"server.time"_s << 2 << ApiError::Kind::Timeout;
        QTest::newRow("write never sent twice") << u"crm.deal.add"_s << 1 << ApiError::Kind::OutcomeUnknown;
    }
    void timeout()
    {
        QFETCH(QString, method);
        QFETCH(int, attempts);
        QFETCH(ApiError::Kind, kind);
        auto sandbox = startServer();
        sandbox->setLatencyMs(1500);
        ClientOptions options = trustingOptions(sandbox->certificate());
        options.timeoutMs = 250;
        options.maxAttempts = 2;
        auto hook = hookFor(sandbox->webhookUrl(), options);
        const CallResult result = call(*hook, method, {{u"fields"_s, QJsonObject{{u"TITLE"_s, u"x"_s}}}});
        QCOMPARE(result.error.kind, kind);
        QCOMPARE(result.attempts, attempts);
    }

    void redirectIsNotFollowed()
    {
        // A renamed portal: the Location, a header of its own and the page all carry the secret.
        ScriptedServer server([](const HttpRequest &request) {
            const QByteArray target = "https://renamed.example:8443"_ba + request.path;
            HttpResponse response;
            response.status = 302;
            response.headers = {{"location"_ba, target},
                                {"x-original-url"_ba, request.path},
                                {"content-type"_ba, "text/html"_ba}};
            response.body =
                "<html><body>Moved to <a href=\"" + target + "\">" + target + "</a></body></html>";
            return response;
        });
        QVERIFY(server.ok());
        auto hook = hookFor(server.webhookUrl(), trustingOptions(server.certificate()));
        const CallResult result = call(*hook, u"crm.deal.add"_s, {{u"fields"_s, QJsonObject{{u"A"_s, 1}}}});
        QCOMPARE(result.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(result.error.redirectTarget, u"https://renamed.example:8443"_s);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(!result.error.toString().contains(u"scriptedSecret42"_s));
        QVERIFY(server.requests().first().path.contains("scriptedSecret42")); // it was there to hide
        verifyNoSecret(result, "scriptedSecret42");
        // Still useful: the new host is shown, only the secret is masked.
        QVERIFY(headerValue(result, "location").startsWith("https://renamed.example:8443/rest/7/"));
        QVERIFY(result.rawBody.contains("renamed.example:8443"));
    }

    // A proxy's error page that echoes the request URL is redacted too; a successful envelope is
    // kept byte for byte.
    void errorPagesAreRedactedSuccessKeptAsIs()
    {
        ScriptedServer server([](const HttpRequest &request) {
            if (request.path.endsWith("/server.time"))
                return ScriptedServer::json(R"({"result":"2024-01-01T00:00:00+00:00","time":{}})");
            HttpResponse response;
            response.status = 404;
            response.headers = {{"content-type"_ba, "text/html"_ba}};
            response.body = "<h1>Not Found</h1><p>The requested URL " + request.path + " was not found.</p>";
            return response;
        });
        QVERIFY(server.ok());
        ClientOptions options = trustingOptions(server.certificate());
        options.maxAttempts = 1;
        auto hook = hookFor(server.webhookUrl(), options);
        QSignalSpy logged(hook.get(), &B24Hook::requestFinished);
        const CallResult missing = call(*hook, u"crm.deal.get"_s, {{u"id"_s, 1}});
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY(missing.rawBody.contains("was not found"));
        verifyNoSecret(missing, "scriptedSecret42");
        // The request log counts the bytes that came, not the redacted copy shown.
        const QByteArray sent = "<h1>Not Found</h1><p>The requested URL " + server.requests().first().path +
                                " was not found.</p>";
        QVERIFY(missing.rawBody.size() != sent.size());
        QCOMPARE(logged.count(), 1);
        QCOMPARE(logged.at(0).at(0).value<RequestLogEntry>().bytesReceived, sent.size());
        const CallResult ok = call(*hook, u"server.time"_s);
        QVERIFY2(ok.ok(), qPrintable(ok.error.toString()));
        QCOMPARE(ok.rawBody, R"({"result":"2024-01-01T00:00:00+00:00","time":{}})"_ba);
    }

    void nonJsonSuccessIsAnError()
    {
        ScriptedServer server([](const HttpRequest &) {
            HttpResponse response;
            response.headers = {{"content-type"_ba, "text/html"_ba}};
            response.body = "<html><body>maintenance</body></html>";
            return response;
        });
        QVERIFY(server.ok());
        ClientOptions options = trustingOptions(server.certificate());
        options.maxAttempts = 1;
        auto hook = hookFor(server.webhookUrl(), options);
        const CallResult result = call(*hook, u"server.time"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::UnexpectedAnswer);
        QCOMPARE(result.error.code, u"ERROR_UNEXPECTED_ANSWER"_s);
        QCOMPARE(result.httpStatus, 200);
    }

    void cancelAbortsTheRequest()
    {
        auto sandbox = startServer();
        // The answer would take a minute: ending within the run's time shows the request was aborted.
        sandbox->setLatencyMs(60000);
        auto hook = hookFor(sandbox->webhookUrl(), trustingOptions(sandbox->certificate()));
        CallJob *job = hook->callMethod(u"server.time"_s);
        QTimer::singleShot(200, job, &CallJob::cancel);
        ApiError error;
        QVERIFY(runJob(
            job, [&](CallJob *j) { error = j->result().error; }, 30000));
        QCOMPARE(error.kind, ApiError::Kind::Cancelled);
    }

    // One request bucket per portal, one operating budget per webhook (PortalLimiter).
    void onePortalOneBucketOneWebhookOneBudget()
    {
        const ClientOptions options;
        auto a = B24Hook::fromWebhookUrl(u"https://one.example/rest/1/secretAAAA/"_s, nullptr, options);
        auto again = B24Hook::fromWebhookUrl(u"https://one.example/rest/1/secretAAAA/"_s, nullptr, options);
        auto b = B24Hook::fromWebhookUrl(u"https://one.example/rest/2/secretBBBB/"_s, nullptr, options);
        auto c = B24Hook::fromWebhookUrl(u"https://two.example/rest/1/secretAAAA/"_s, nullptr, options);
        QVERIFY(a && again && b && c);
        QCOMPARE(a->limiter().get(), again->limiter().get());
        QVERIFY(a->limiter().get() != b->limiter().get());
        QCOMPARE(a->limiter()->bucket().get(), b->limiter()->bucket().get());
        QVERIFY(a->limiter()->bucket().get() != c->limiter()->bucket().get());
    }

    void invalidWebhookSendsNothing()
    {
        WebhookUrl::ParseError error = WebhookUrl::ParseError::None;
        QVERIFY(!B24Hook::fromWebhookUrl(u"http://p.example/rest/1/abc/"_s, &error));
        QCOMPARE(error, WebhookUrl::ParseError::NotHttps);
        B24Hook hook(B24HookParams{u"https://p.example"_s, -3, u""_s});
        QVERIFY(!hook.isValid());
        const CallResult result = call(hook, u"server.time"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(result.attempts, 0);
    }
};

QTEST_MAIN(TestB24Hook)
#include "tst_b24hook.moc"
