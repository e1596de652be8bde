// b24-cli methods / describe: the offline catalog without any webhook, and each method's
// availability on a sandbox portal (real HTTPS) when a webhook is given.

#include "tests/support/clirunner.h"

#include "core/sandbox/portaloptions.h"
#include "core/sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestCliCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        PortalOptions portal;
        portal.scopes = {u"crm"_s, u"task"_s}; // no user scope
        m_portal = std::make_unique<SandboxServer>(portal);
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        m_ca = m_home.filePath(u"ca.pem"_s);
        QVERIFY(writeCaFile(m_ca, m_portal->certificatePem()));
    }

    void methodsOffline()
    {
        const CliRun all = runCli(m_home.path(), {u"methods"_s, u"--format"_s, u"json"_s});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(all.out).array();
        QVERIFY2(rows.size() >= 1500, qPrintable(QString::number(rows.size())));
        const CliRun found =
            runCli(m_home.path(), {u"methods"_s, u"--scope"_s, u"crm"_s, u"--search"_s, u"crm.deal.li"_s});
        QCOMPARE(found.exitCode, 0);
        const QList<QByteArray> lines = found.out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.first().startsWith("crm.deal.list\tcrm\tread\t"), lines.first().constData());
        // A word of the title finds a method too.
        const CliRun byTitle = runCli(m_home.path(), {u"methods"_s, u"--search"_s, u"сделку"_s});
        QVERIFY(byTitle.out.contains("crm.deal.add\tcrm\twrite"));
    }

    void describeOffline()
    {
        const CliRun text = runCli(m_home.path(), {u"describe"_s, u"crm.deal.add"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("crm.deal.add  (crm, write)"));
        QVERIFY(text.out.contains("  fields  object"));
        QVERIFY(text.out.contains("OPENED  char  [Y"));
        QVERIFY(text.out.contains("/api-reference/crm/deals/crm-deal-add.html"));
        const CliRun json =
            runCli(m_home.path(), {u"describe"_s, u"CRM.DEAL.ADD"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value("method"_L1).toString(), u"crm.deal.add"_s);
        QCOMPARE(o.value("access"_L1).toString(), u"write"_s);
        QVERIFY(o.value("example"_L1).toObject().contains("FIELDS"_L1));
        const QJsonArray params = o.value("params"_L1).toArray();
        QVERIFY(!params.isEmpty());
        QVERIFY(!params.first().toObject().value("fields"_L1).toArray().isEmpty());
        QVERIFY(!o.contains("availability"_L1)); // no webhook, no portal asked
        QCOMPARE(o.value("api"_L1).toString(), u"v2"_s);
        const CliRun v3 = runCli(m_home.path(), {u"describe"_s, u"tasks.task.field.list"_s});
        QCOMPARE(v3.exitCode, 0);
        QVERIFY2(v3.out.contains("--api v3"), v3.out.constData());
    }

    void unknownMethodSuggestsNames()
    {
        const CliRun run = runCli(m_home.path(), {u"describe"_s, u"crm.deal.lst"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("crm.deal.list"), run.err.constData());
    }

    void availabilityOnThePortal()
    {
        const QStringList hook{u"--webhook"_s, m_portal->webhookUrl(), u"--cacert"_s, m_ca};
        const CliRun deal = runCli(m_home.path(), hook + QStringList{u"describe"_s, u"crm.deal.list"_s});
        QCOMPARE(deal.exitCode, 0);
        QVERIFY2(deal.out.contains("On this portal: available"), deal.out.constData());
        const CliRun user = runCli(m_home.path(), hook + QStringList{u"describe"_s, u"user.get"_s});
        QCOMPARE(user.exitCode, 0);
        QVERIFY2(user.out.contains("On this portal: needs scope user"), user.out.constData());
        const CliRun list =
            runCli(m_home.path(), hook + QStringList{u"methods"_s, u"--search"_s, u"crm.deal.get"_s,
                                                     u"--format"_s, u"json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value("availability"_L1).toString(), u"available"_s);
        // --offline never asks the portal, and the secret never shows.
        const CliRun offline =
            runCli(m_home.path(), hook + QStringList{u"describe"_s, u"user.get"_s, u"--offline"_s});
        QVERIFY(!offline.out.contains("On this portal"));
        const QByteArray secret = m_portal->webhookUrl().section(u'/', -2, -2).toUtf8();
        QVERIFY(!deal.out.contains(secret) && !deal.err.contains(secret));
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_portal;
    QString m_ca;
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_clicatalog.moc"
