// b24-cli list --labels / --header titles against a sandbox portal over real HTTPS: a FIELD.label
// column right after each field that can be named, in CSV and JSON Lines, checked against what the
// portal's own methods answer; a refused dictionary keeps its codes with a note.
#include "tests/support/clirunner.h"
#include "tests/support/portaltestclient.h"

#include "core/sandbox/portaloptions.h"
#include "core/sandbox/sandboxserver.h"
#include "core/sandbox/sandboxserveroptions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestCliLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvPutsTheNameAfterItsCode();
    void jsonLinesAddTheSameKeys();
    void headerTitles();
    void withoutLabelsNothingChanges();
    void refusedDictionaryKeepsCodesWithANote();
    void badHeaderIsAUsageError();
    void interruptWhileReadingDictionaries();

private:
    QStringList listArgs(SandboxServer &portal, const QString &ca, const QStringList &extra) const;
    QString writeCa(SandboxServer &portal, const QString &name);
    QJsonArray portalList(const QByteArray &method, const QByteArray &body = "{}");

    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_portal;
    QString m_ca;
    QHash<QString, QString> m_stages; // DEAL_STAGE* STATUS_ID -> name
    QHash<QString, QString> m_users;  // ID -> "NAME LAST_NAME"
};

QString TestCliLabels::writeCa(SandboxServer &portal, const QString &name)
{
    const QString path = m_home.filePath(name);
    if (!writeCaFile(path, portal.certificatePem()))
        qFatal("cannot write the CA file");
    return path;
}

QJsonArray TestCliLabels::portalList(const QByteArray &method, const QByteArray &body)
{
    return callPortal(m_portal->portal(), hookPath(m_portal->portal(), method), body)
        .json.value(u"result"_s)
        .toArray();
}

QStringList TestCliLabels::listArgs(SandboxServer &portal, const QString &ca, const QStringList &extra) const
{
    return QStringList{u"--webhook"_s, portal.webhookUrl(), u"--cacert"_s, ca,
                       u"list"_s,      u"crm.deal.list"_s} +
           extra;
}

void TestCliLabels::initTestCase()
{
    QVERIFY(m_home.isValid());
    PortalOptions options;
    options.seed = 11;
    options.data = {{u"deals"_s, 150}, {u"users"_s, 12}, {u"companies"_s, 20}, {u"contacts"_s, 30}};
    m_portal = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    m_ca = writeCa(*m_portal, u"ca.pem"_s);
    for (const QJsonValue &row : portalList("crm.status.list"))
        if (row["ENTITY_ID"_L1].toString().startsWith("DEAL_STAGE"_L1))
            m_stages.insert(row["STATUS_ID"_L1].toString(), row["NAME"_L1].toString());
    for (const QJsonValue &row : portalList("user.get")) // 12 users: one page
        m_users.insert(row["ID"_L1].toString(),
                       row["NAME"_L1].toString() + u' ' + row["LAST_NAME"_L1].toString());
    QVERIFY(m_stages.size() >= 14); // two pipelines
    QCOMPARE(m_users.size(), 12);
}

void TestCliLabels::csvPutsTheNameAfterItsCode()
{
    const CliRun run = runCli(m_home.path(), listArgs(*m_portal, m_ca,
                                                      {u"--labels"_s, u"--format"_s, u"csv"_s, u"--columns"_s,
                                                       u"ID,STAGE_ID,TITLE,ASSIGNED_BY_ID"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.first(), "ID,STAGE_ID,STAGE_ID.label,TITLE,ASSIGNED_BY_ID,ASSIGNED_BY_ID.label\r"_ba);
    QCOMPARE(lines.size(), 152); // header, 150 rows, the empty tail
    const QJsonArray deals = portalList("crm.deal.list", R"({"order":{"ID":"ASC"}})");
    for (qsizetype i = 0; i < deals.size(); ++i) {
        const QJsonObject deal = deals[i].toObject();
        const QString line = QString::fromUtf8(lines[i + 1]);
        QVERIFY2(line.contains(u',' + deal["STAGE_ID"_L1].toString() + u',' +
                               m_stages.value(deal["STAGE_ID"_L1].toString()) + u','),
                 qPrintable(line));
        QVERIFY2(line.endsWith(u',' + deal["ASSIGNED_BY_ID"_L1].toString() + u',' +
                               m_users.value(deal["ASSIGNED_BY_ID"_L1].toString()) + u'\r'),
                 qPrintable(line));
    }

    // Discovered columns: each name column right after its code.
    const CliRun all =
        runCli(m_home.path(), listArgs(*m_portal, m_ca, {u"--labels"_s, u"--format"_s, u"csv"_s}));
    QVERIFY2(all.exitCode == 0, all.err.constData());
    const QString header = QString::fromUtf8(all.out.left(all.out.indexOf('\r')));
    for (const QString &field : {u"STAGE_ID"_s, u"CATEGORY_ID"_s, u"CURRENCY_ID"_s, u"COMPANY_ID"_s,
                                 u"CONTACT_ID"_s, u"TYPE_ID"_s, u"SOURCE_ID"_s, u"CREATED_BY_ID"_s})
        QVERIFY2(header.contains(field + u',' + field + u".label"_s), qPrintable(header));
}

void TestCliLabels::jsonLinesAddTheSameKeys()
{
    const CliRun run =
        runCli(m_home.path(), listArgs(*m_portal, m_ca, {u"--labels"_s, u"--limit"_s, u"40"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 40);
    for (const QByteArray &line : lines) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        QCOMPARE(row["STAGE_ID.label"_L1].toString(), m_stages.value(row["STAGE_ID"_L1].toString()));
        QCOMPARE(row["MODIFY_BY_ID.label"_L1].toString(), m_users.value(row["MODIFY_BY_ID"_L1].toString()));
    }
}

void TestCliLabels::headerTitles()
{
    const CliRun run =
        runCli(m_home.path(),
               listArgs(*m_portal, m_ca,
                        {u"--labels"_s, u"--format"_s, u"csv"_s, u"--header"_s, u"titles"_s, u"--columns"_s,
                         u"ID,STAGE_ID,ASSIGNED_BY_ID"_s, u"--limit"_s, u"2"_s, u"--verbose"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("ID,Deal Stage,Deal Stage (name),Responsible,Responsible (name)\r\n"),
             run.out.constData());
    // The cost is shown: field descriptions, one batch of dictionaries, one lookup batch.
    QVERIFY2(run.err.contains("names: 3 extra requests"), run.err.constData());
}

void TestCliLabels::withoutLabelsNothingChanges()
{
    const CliRun run = runCli(m_home.path(), listArgs(*m_portal, m_ca, {u"--format"_s, u"csv"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains(".label"));
    QVERIFY(run.out.startsWith("ID,"));
}

void TestCliLabels::refusedDictionaryKeepsCodesWithANote()
{
    PortalOptions options;
    options.data = {{u"deals"_s, 20}, {u"users"_s, 5}};
    options.deniedMethods = {u"crm.status.list"_s};
    SandboxServer denied(options);
    QString error;
    QVERIFY2(denied.start(&error), qPrintable(error));
    const QString ca = writeCa(denied, u"denied.pem"_s);
    const CliRun run = runCli(m_home.path(), listArgs(denied, ca, {u"--labels"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("crm.status.list") && run.err.contains("ACCESS_DENIED"), run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 20);
    for (const QByteArray &line : lines) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        QCOMPARE(row["STAGE_ID.label"_L1].toString(), row["STAGE_ID"_L1].toString());
        QVERIFY(row["CATEGORY_ID.label"_L1].toString() != row["CATEGORY_ID"_L1].toString());
    }
}

void TestCliLabels::badHeaderIsAUsageError()
{
    const CliRun run = runCli(m_home.path(), listArgs(*m_portal, m_ca, {u"--header"_s, u"names"_s}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--header"));
}

// Ctrl+C while the names' dictionaries are read (before the first row) ends the export as an
// interrupt: exit 130, the previous file left as it was, nothing half-written beside it.
void TestCliLabels::interruptWhileReadingDictionaries()
{
    PortalOptions options;
    options.data = {{u"deals"_s, 20}, {u"users"_s, 3}};
    SandboxServerOptions slow;
    slow.latencyMs = 1500;
    SandboxServer portal(options, slow);
    QString error;
    QVERIFY2(portal.start(&error), qPrintable(error));
    const QString ca = writeCa(portal, u"slow-ca.pem"_s);
    QTemporaryDir out;
    const QString target = out.filePath(u"deals.csv"_s);
    QFile previous(target);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous export\n");
    previous.close();

    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(&process, m_home.path(),
             listArgs(portal, ca, {u"--labels"_s, u"--format"_s, u"csv"_s, u"--output"_s, target}));
    QVERIFY(process.waitForStarted());
    // The field descriptions have been answered: the dictionaries' batch is on its way.
    QTRY_VERIFY_WITH_TIMEOUT(portal.requestCount() >= 1, 20000);
    QVERIFY(finished.isEmpty());
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(30000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains("interrupted"), err.constData());
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous export\n"));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"deals.csv"_s});
}

QTEST_GUILESS_MAIN(TestCliLabels)
#include "tst_clilabels.moc"
