#include "tests/support/sandboxfixture.h"

#include <QTest>

using namespace b24;
using namespace b24::test;
using namespace Qt::Literals::StringLiterals;

// End to end against the sandbox portal started with --renamed-to: the client reports the move
// and the new host, follows nothing (the Location carries the webhook's secret) and shows the
// secret nowhere.
class TestRenamedPortal : public QObject
{
    Q_OBJECT

private slots:
    void reportsTheNewHost();
};

void TestRenamedPortal::reportsTheNewHost()
{
    PortalOptions portal = unlimitedPortal();
    portal.renamedTo = u"renamed.example:8443"_s;
    SandboxServer sandbox(portal, {});
    QVERIFY(sandbox.start());
    WebhookUrl::ParseError error = WebhookUrl::ParseError::None;
    auto hook = B24Hook::fromWebhookUrl(sandbox.webhookUrl(), &error, trustingOptions(sandbox.certificate()));
    QVERIFY(hook);
    const QString secret = sandbox.portal().secret();
    for (const QString &method : {u"profile"_s, u"crm.deal.list"_s, u"batch"_s}) {
        const CallResult result = call(*hook, method);
        QCOMPARE(result.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(result.httpStatus, 302);
        QCOMPARE(result.error.redirectTarget, u"https://renamed.example:8443"_s);
        QVERIFY(!result.error.toString().contains(secret));
        QVERIFY(!result.rawBody.contains(secret.toUtf8()));
        for (const auto &[key, value] : result.headers)
            QVERIFY(!value.contains(secret.toUtf8()));
        QCOMPARE(result.attempts, 1); // a redirect is an answer, not a fault to retry
    }
}

QTEST_GUILESS_MAIN(TestRenamedPortal)
#include "tst_renamedportal.moc"
