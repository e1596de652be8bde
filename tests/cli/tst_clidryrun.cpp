// b24-cli --dry-run against a sandbox portal over real HTTPS: each request is printed as it would
// go (the secret masked) and none reaches the portal, whose request counter says so.

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

namespace {

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.trimmed().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

class TestCliDryRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        PortalOptions portal;
        portal.data.insert(u"deals"_s, 120);
        m_portal = std::make_unique<SandboxServer>(portal);
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        m_ca = m_home.filePath(u"ca.pem"_s);
        QVERIFY(writeCaFile(m_ca, m_portal->certificatePem()));
        m_secret = m_portal->webhookUrl().section(u'/', 5, 5);
        QVERIFY(m_secret.size() > 6);
    }

    void callPrintsTheRequestAndSendsNothing()
    {
        const qint64 before = m_portal->requestCount();
        const CliRun run = cli({u"--dry-run"_s, u"call"_s, u"crm.deal.add"_s, u"fields[TITLE]=Dry"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(m_secret.toUtf8()) && !run.err.contains(m_secret.toUtf8()),
                 run.out.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject request = lines.first();
        QCOMPARE(request.value("method"_L1).toString(), u"crm.deal.add"_s);
        QCOMPARE(request.value("http"_L1).toString(), u"POST"_s);
        const QString url = request.value("url"_L1).toString();
        QVERIFY2(url.startsWith(m_portal->webhookUrl().section(u'/', 0, 4)) &&
                     url.endsWith(u"/crm.deal.add"_s),
                 qPrintable(url));
        QCOMPARE(
            request.value("body"_L1).toObject().value("fields"_L1).toObject().value("TITLE"_L1).toString(),
            u"Dry"_s);
        QCOMPARE(m_portal->requestCount(), before);

        // The same call without --dry-run does arrive: the counter can tell.
        const CliRun sent = cli({u"call"_s, u"crm.deal.get"_s, u"id=1"_s});
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(m_portal->requestCount(), before + 1);
    }

    void listPrintsItsFirstRequestOnly()
    {
        const QString output = m_home.filePath(u"deals.csv"_s);
        const qint64 before = m_portal->requestCount();
        const CliRun run = cli({u"list"_s, u"crm.deal.list"_s, u"--dry-run"_s, u"--output"_s, output,
                                u"filter[>OPPORTUNITY]=10"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        QVERIFY(!lines.first().value("body"_L1).toObject().isEmpty());
        QVERIFY2(QJsonDocument(lines.first()).toJson().contains("OPPORTUNITY"), run.out.constData());
        QCOMPARE(m_portal->requestCount(), before);
        QVERIFY(!QFile::exists(output)); // no file touched
    }

    void batchPrintsEveryRequest()
    {
        QJsonArray commands;
        for (int i = 0; i < 120; ++i)
            commands.append(QJsonArray{u"crm.deal.get"_s, QJsonObject{{u"id"_s, i + 1}}});
        const QString input = m_home.filePath(u"batch.json"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(commands).toJson());
        file.close();
        const qint64 before = m_portal->requestCount();
        const CliRun run = cli({u"--dry-run"_s, u"batch"_s, input});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 3);
        QList<int> sizes;
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value("method"_L1).toString(), u"batch"_s);
            sizes.append(int(line.value("body"_L1).toObject().value("cmd"_L1).toArray().size()));
        }
        QCOMPARE(sizes, (QList<int>{50, 50, 20}));
        QCOMPARE(m_portal->requestCount(), before);
    }

private:
    CliRun cli(QStringList args)
    {
        args << u"--webhook"_s << m_portal->webhookUrl() << u"--cacert"_s << m_ca;
        return runCli(m_home.path(), args);
    }

    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_portal;
    QString m_ca;
    QString m_secret;
};

QTEST_MAIN(TestCliDryRun)
#include "tst_clidryrun.moc"
