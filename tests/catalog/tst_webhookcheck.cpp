// The webhook health check against the in-process sandbox portal over real HTTPS: a good
// webhook, a wrong secret and a webhook without the user scope, each with its advice.
#include "core/b24/b24hook.h"
#include "core/b24/clientoptions.h"
#include "core/catalog/webhookadvice.h"
#include "core/catalog/webhookcheck.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/portaloptions.h"
#include "core/sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

class TestWebhookCheck : public QObject
{
    Q_OBJECT
private slots:
    void planFromLicense_data();
    void planFromLicense();
    void goodWebhook();
    void wrongSecret();
    void missingUserScope();

private:
    WebhookCheckReport check(const PortalOptions &portal, bool wrongSecret = false);
};

WebhookCheckReport TestWebhookCheck::check(const PortalOptions &portal, bool wrongSecret)
{
    SandboxServer server(portal);
    QString error;
    if (!server.start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    QString url = server.webhookUrl();
    if (wrongSecret)
        url.replace(server.portal().secret(), u"wrongSecret123"_s);
    ClientOptions options;
    options.extraCaCertificates = {server.certificate()};
    auto hook = B24Hook::fromWebhookUrl(url, nullptr, options);
    if (!hook)
        qFatal("bad webhook url");
    WebhookCheck check(hook.get());
    QSignalSpy finished(&check, &WebhookCheck::finished);
    check.start();
    if (!finished.wait(20000))
        qFatal("the check did not finish");
    WebhookCheckReport report = check.report();
    // The secret appears nowhere in what the user sees.
    const QString secret = server.portal().secret();
    if (report.toText().contains(secret) || QJsonDocument(report.toJson()).toJson().contains(secret.toUtf8()))
        qFatal("the report shows the secret");
    return report;
}

void TestWebhookCheck::planFromLicense_data()
{
    QTest::addColumn<QString>("license");
    QTest::addColumn<QString>("plan");
    QTest::newRow("de_pro100") << u"de_pro100"_s << u"standard"_s;
    QTest::newRow("ru_basic") << u"ru_basic"_s << u"standard"_s;
    QTest::newRow("en_tf free") << u"en_tf"_s << u"standard"_s;
    QTest::newRow("ru_ent250") << u"ru_ent250"_s << u"enterprise"_s;
    QTest::newRow("en_ent1000") << u"en_ent1000"_s << u"enterprise"_s;
    QTest::newRow("ent500 without region") << u"ent500"_s << u"enterprise"_s;
    QTest::newRow("absent") << QString() << u"unknown"_s;
}

void TestWebhookCheck::planFromLicense()
{
    QFETCH(QString, license);
    QFETCH(QString, plan);
    QCOMPARE(WebhookCheckReport::planFromLicense(license), plan);
}

void TestWebhookCheck::goodWebhook()
{
    PortalOptions portal;
    portal.plan = PortalOptions::Plan::Enterprise;
    const WebhookCheckReport report = check(portal);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QVERIFY(report.advice.isEmpty());
    QCOMPARE(report.profile.value(u"ID"_s).toVariant().toString(), QString::number(portal.userId));
    QVERIFY(!report.userError.isError());
    QVERIFY(!report.userName.isEmpty());
    QVERIFY(report.scopes.contains(u"crm"_s));
    QVERIFY(report.methodCount > 0);
    QVERIFY(report.roundTripMs >= 0);
    QVERIFY(!report.license.isEmpty());
    QCOMPARE(report.plan, WebhookCheckReport::planFromLicense(report.license));
    QCOMPARE(report.plan, u"enterprise"_s);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"plan"_s).toString(), u"enterprise"_s);
    QVERIFY(report.toText().contains(u"Plan:        enterprise"_s));
}

void TestWebhookCheck::wrongSecret()
{
    const WebhookCheckReport report = check(PortalOptions(), true);
    QVERIFY(!report.ok());
    QCOMPARE(WebhookAdvice::classify(report.error), WebhookAdvice::Problem::WrongSecret);
    QVERIFY(!report.advice.isEmpty());
    QCOMPARE(report.advice, WebhookAdvice::advice(report.error));
    QVERIFY(report.toText().contains(report.advice));
    const QJsonObject error = report.toJson().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"advice"_s).toString(), report.advice);
    QCOMPARE(error.value(u"problem"_s).toString(), u"wrong-secret"_s);
    QCOMPARE(report.plan, u"unknown"_s);
    QVERIFY(!report.toText().contains(u"wrongSecret123"_s));
}

void TestWebhookCheck::missingUserScope()
{
    PortalOptions portal;
    portal.scopes = {u"crm"_s, u"task"_s};
    const WebhookCheckReport report = check(portal);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(WebhookAdvice::classify(report.userError), WebhookAdvice::Problem::MissingScope);
    QCOMPARE(report.userAdvice, WebhookAdvice::advice(report.userError));
    QVERIFY(!report.userAdvice.isEmpty());
    QVERIFY(report.toText().contains(report.userAdvice));
    const QJsonObject user = report.toJson().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"advice"_s).toString(), report.userAdvice);
    QCOMPARE(report.plan, u"standard"_s);
}

QTEST_GUILESS_MAIN(TestWebhookCheck)
#include "tst_webhookcheck.moc"
