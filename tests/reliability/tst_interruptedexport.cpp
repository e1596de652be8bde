// Cancel and kill at random points of a list export and its CSV write: no crash, nothing partial
// under the target name, the previous file intact. Cancel runs in-process (ListJob::cancel +
// ExportFile::cancel); kill is SIGKILL to a real `b24-cli list --output` child mid-export.
// Points are drawn from a fixed seed, so a failure replays.

#include "core/export/csvoptions.h"
#include "core/export/exportfile.h"
#include "core/export/rowwriter.h"
#include "core/table/columnset.h"
#include "tests/b24/sandboxfixture.h"
#include "tests/reliability/clirunner.h"

#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

const QByteArray kPrevious = "ID,TITLE\r\n1,the export of yesterday\r\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestInterruptedExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelAtRandomPages();
    void killCliAtRandomPoints();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;
    QString m_caFile;
    QRandomGenerator m_random{20240601};
};

void TestInterruptedExport::initTestCase()
{
    PortalOptions portal = unlimitedPortal();
    portal.data.insert(u"deals"_s, 3000);
    m_sandbox = std::make_unique<SandboxServer>(portal);
    m_sandbox->setLatencyMs(25); // a few seconds per export: room to interrupt it
    QVERIFY(m_sandbox->start());
    m_caFile = m_dir.filePath(u"sandbox.pem"_s);
    QVERIFY(writeFile(m_caFile, m_sandbox->certificatePem()));
    QVERIFY(QDir(m_dir.path()).mkpath(u"tmp"_s));
}

void TestInterruptedExport::cancelAtRandomPages()
{
    auto hook =
        B24Hook::fromWebhookUrl(m_sandbox->webhookUrl(), nullptr, trustingOptions(m_sandbox->certificate()));
    QVERIFY(hook);
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"deals.csv"_s);
        QVERIFY(writeFile(target, kPrevious));
        const int cancelAfter = int(m_random.bounded(1, 8)); // pages
        ExportFile file(target);
        QVERIFY(file.open());
        auto writer = RowWriter::create(RowWriter::Format::Csv, file.device(), ColumnSet(), {});
        ListOptions options;
        options.strategy = round % 2 ? ListOptions::Strategy::Keyset : ListOptions::Strategy::Offset;
        ListJob *job = hook->fetchListMethod(u"crm.deal.list"_s, {}, options);
        int pages = 0;
        connect(job, &ListJob::rowsReady, job, [&](const QJsonArray &rows) {
            QVERIFY(writer->writeRows(rows));
            if (++pages == cancelAfter)
                job->cancel();
        });
        bool cancelled = false;
        QVERIFY(runJob(job, [&](ListJob *j) { cancelled = j->wasCancelled(); }));
        QVERIFY2(cancelled,
                 qPrintable(u"round %1: cancel after %2 pages not honoured"_s.arg(round).arg(cancelAfter)));
        file.cancel();
        QCOMPARE(readAll(target), kPrevious);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"deals.csv"_s});
    }
}

void TestInterruptedExport::killCliAtRandomPoints()
{
    int killedMidway = 0;
    for (int round = 0; round < 5; ++round) {
        const QString target = m_dir.filePath(u"export-%1.csv"_s.arg(round));
        QVERIFY(writeFile(target, kPrevious));
        QProcess cli;
        startCli(&cli, m_dir.path(),
                 {u"--webhook"_s, m_sandbox->webhookUrl(), u"--cacert"_s, m_caFile, u"--quiet"_s, u"list"_s,
                  u"crm.deal.list"_s, u"--strategy"_s, round % 2 ? u"offset"_s : u"keyset"_s, u"--format"_s,
                  u"csv"_s, u"--output"_s, target});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(int(m_random.bounded(150, 2500)));
        const bool running = cli.state() == QProcess::Running;
        if (running) {
            cli.kill(); // SIGKILL: no handler, no cleanup
            ++killedMidway;
        }
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray now = readAll(target);
        if (running) {
            QCOMPARE(now, kPrevious); // never half of a new file under the target name
        } else {
            // It finished before the kill: then the new file must be whole.
            QCOMPARE(cli.exitCode(), 0);
            QVERIFY(now.size() > 3000 * 4 && now != kPrevious);
        }
    }
    QVERIFY2(killedMidway >= 3, "the random points missed the export: nothing was proven");
    qInfo("SIGKILL mid-export %d times: previous file intact every time", killedMidway);
}

QTEST_GUILESS_MAIN(TestInterruptedExport)
#include "tst_interruptedexport.moc"
