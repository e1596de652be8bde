// The secret never reaches a host the user did not choose: TLS errors are fatal, an http://
// webhook is refused before any byte is sent, and a redirect is never followed. Real sockets:
// the sandbox portal for TLS; two scripted TLS servers for redirects (mock justified: the sandbox
// portal has no redirect mode), the second one proving it received nothing.

#include "core/b24/redaction.h"
#include "tests/b24/sandboxfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestNetworkSafety : public QObject
{
    Q_OBJECT

private slots:
    void selfSignedWithoutCaIsFatal();
    void wrongHostCertificateIsFatal();
    void httpWebhookIsRefused();
    void redirectIsNotFollowed_data();
    void redirectIsNotFollowed();
};

void TestNetworkSafety::selfSignedWithoutCaIsFatal()
{
    SandboxServer sandbox(unlimitedPortal());
    QVERIFY(sandbox.start());
    ClientOptions options = trustingOptions(sandbox.certificate());
    options.extraCaCertificates.clear(); // the user gave no --cacert
    auto hook = B24Hook::fromWebhookUrl(sandbox.webhookUrl(), nullptr, options);
    QVERIFY(hook);
    const CallResult result = call(*hook, u"profile"_s);
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QCOMPARE(result.attempts, 1); // a TLS failure is not retried
    QCOMPARE(sandbox.requestCount(), 0);
    QVERIFY(!result.error.toString().contains(sandbox.portal().secret()));
}

void TestNetworkSafety::wrongHostCertificateIsFatal()
{
    // The certificate is trusted but names 127.0.0.1/localhost; we reach it as 127.0.0.2.
    SandboxServerOptions serverOptions;
    serverOptions.listenAddress = QHostAddress(u"127.0.0.2"_s);
    SandboxServer sandbox(unlimitedPortal(), serverOptions);
    QVERIFY(sandbox.start());
    const QString url =
        u"https://127.0.0.2:%1/rest/1/%2/"_s.arg(sandbox.port()).arg(sandbox.portal().secret());
    auto hook = B24Hook::fromWebhookUrl(url, nullptr, trustingOptions(sandbox.certificate()));
    QVERIFY(hook);
    const CallResult result = call(*hook, u"profile"_s);
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QCOMPARE(sandbox.requestCount(), 0);

    // Control: the same certificate on the right host works, so the failure above is the name.
    SandboxServer right(unlimitedPortal());
    QVERIFY(right.start());
    auto good = B24Hook::fromWebhookUrl(right.webhookUrl(), nullptr, trustingOptions(right.certificate()));
    QVERIFY(call(*good, u"profile"_s).ok());
}

void TestNetworkSafety::httpWebhookIsRefused()
{
    SandboxServerOptions serverOptions;
    serverOptions.plainPort = 0;
    SandboxServer sandbox(unlimitedPortal(), serverOptions);
    QVERIFY(sandbox.start());
    QVERIFY(sandbox.plainWebhookUrl().startsWith(u"http://"_s));
    WebhookUrl::ParseError error = WebhookUrl::ParseError::None;
    auto hook =
        B24Hook::fromWebhookUrl(sandbox.plainWebhookUrl(), &error, trustingOptions(sandbox.certificate()));
    QVERIFY(!hook);
    QCOMPARE(error, WebhookUrl::ParseError::NotHttps);
    QVERIFY(!WebhookUrl::errorText(error).contains(sandbox.portal().secret()));
    QTest::qWait(200);
    QCOMPARE(sandbox.requestCount(), 0);
}

void TestNetworkSafety::redirectIsNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("303") << 303;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void TestNetworkSafety::redirectIsNotFollowed()
{
    QFETCH(int, status);
    ScriptedServer elsewhere([](const HttpRequest &) { return ScriptedServer::json(R"({"result":1})"); });
    QVERIFY(elsewhere.ok());
    const QString target = elsewhere.webhookUrl() + u"profile"_s;
    ScriptedServer portal([&](const HttpRequest &) {
        HttpResponse response;
        response.status = status;
        response.headers = {{QByteArrayLiteral("location"), target.toUtf8()}};
        return response;
    });
    QVERIFY(portal.ok());

    ClientOptions options = trustingOptions(portal.certificate());
    options.extraCaCertificates << elsewhere.certificate(); // even a trusted host gets nothing
    auto hook = B24Hook::fromWebhookUrl(portal.webhookUrl(), nullptr, options);
    QVERIFY(hook);
    const CallResult result = call(*hook, u"profile"_s);
    QCOMPARE(result.error.kind, ApiError::Kind::Redirect);
    QCOMPARE(portal.requests().size(), 1); // not retried either
    QTest::qWait(300);
    QCOMPARE(elsewhere.requests().size(), 0);
    // The user is shown where it points, without any secret.
    QVERIFY(result.error.redirectTarget.contains(QString::number(QUrl(target).port())));
    QVERIFY(!result.error.redirectTarget.contains(u"scriptedSecret42"_s));
    QVERIFY(!result.error.toString().contains(u"scriptedSecret42"_s));
}

QTEST_GUILESS_MAIN(TestNetworkSafety)
#include "tst_networksafety.moc"
