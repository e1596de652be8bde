#include "core/sandbox/portaloptions.h"
#include "core/sandbox/sandboxserver.h"
#include "core/sandbox/sandboxserveroptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// Every test runs the real b24-cli binary; the sandbox portal lives in this process and answers
// while we wait for the child (QSignalSpy::wait keeps our event loop turning).
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void callPrintsEnvelope();
    void listFormats_data();
    void listFormats();
    void listColumnsCsv();
    void listPlainRows_data();
    void listPlainRows();
    void listToUnwritablePathKeepsNothing();
    void interruptedListKeepsPreviousFile();
    void batchFromStdin();
    void check_data();
    void check();
    void paramsInBracketForm();
    void helpAndVersion();
    void errorsAreRedacted();
    void keychainMissing();

private:
    Run run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {});
    QStringList hookArgs(const QString &url) const { return {u"--webhook"_s, url, u"--cacert"_s, m_caFile}; }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_portal;     // crm, task, department, im; no user scope
    std::unique_ptr<SandboxServer> m_overloaded; // every request: 503 QUERY_LIMIT_EXCEEDED
    QString m_caFile;
    QString m_overloadedCaFile;
    QString m_url;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    PortalOptions portal;
    portal.seed = 7;
    portal.data[u"deals"_s] = 120;
    portal.scopes = {u"crm"_s, u"task"_s, u"department"_s, u"im"_s};
    m_portal = std::make_unique<SandboxServer>(portal);
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    m_url = m_portal->webhookUrl();

    SandboxServerOptions faulty;
    faulty.faults = u"503=1"_s;
    m_overloaded = std::make_unique<SandboxServer>(portal, faulty);
    QVERIFY2(m_overloaded->start(&error), qPrintable(error));

    m_caFile = m_dir.filePath(u"sandbox.pem"_s);
    m_overloadedCaFile = m_dir.filePath(u"overloaded.pem"_s);
    QFile pem(m_caFile);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(m_portal->certificatePem());
    QFile overloadedPem(m_overloadedCaFile);
    QVERIFY(overloadedPem.open(QIODevice::WriteOnly));
    overloadedPem.write(m_overloaded->certificatePem());
}

Run TestCli::run(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess process;
    QProcessEnvironment environment = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    environment.remove(u"B24_WEBHOOK"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(B24_CLI_PATH), args);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(120000))
        process.kill();
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("errorCode");

    const QString secret = m_url.section(u'/', 5, 5);
    QString wrongSecret = m_url;
    wrongSecret.replace(secret, u"wrongsecret123"_s);
    const QStringList ok = hookArgs(m_url);

    QTest::newRow("success") << (ok + QStringList{u"call"_s, u"server.time"_s}) << 0 << QString();
    QTest::newRow("unknown method 1")
        << (ok + QStringList{u"call"_s, u"no.such.method"_s}) << 1 << u"ERROR_METHOD_NOT_FOUND"_s;
    QTest::newRow("usage 2") << QStringList{u"frobnicate"_s} << 2 << u"USAGE"_s;
    QTest::newRow("bad option 2") << (ok +
                                      QStringList{u"list"_s, u"crm.deal.list"_s, u"--format"_s, u"xml"_s})
                                  << 2 << u"USAGE"_s;
    QTest::newRow("bad URL 3") << QStringList{u"--webhook"_s, u"http://portal.example/rest/1/abc/"_s,
                                              u"call"_s, u"server.time"_s}
                               << 3 << u"WEBHOOK_URL_NOT_HTTPS"_s;
    QTest::newRow("wrong secret 4") << (hookArgs(wrongSecret) + QStringList{u"call"_s, u"server.time"_s}) << 4
                                    << QString();
    QTest::newRow("missing scope 4") << (ok + QStringList{u"call"_s, u"user.current"_s}) << 4
                                     << u"insufficient_scope"_s;
    QTest::newRow("rate limit exhausted 5") << QStringList{u"--webhook"_s, m_overloaded->webhookUrl(),
                                                           u"--cacert"_s,  m_overloadedCaFile,
                                                           u"call"_s,      u"server.time"_s}
                                            << 5 << u"QUERY_LIMIT_EXCEEDED"_s;
    QTest::newRow("network refused 6")
        << QStringList{u"--webhook"_s, u"https://127.0.0.1:1/rest/1/abcdef/"_s, u"call"_s, u"crm.deal.add"_s}
        << 6 << QString();
    QTest::newRow("partial batch 7") << (ok + QStringList{u"batch"_s, m_dir.filePath(u"partial.json"_s)}) << 7
                                     << u"ERROR_METHOD_NOT_FOUND"_s;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    QFETCH(QString, errorCode);
    QFile partial(m_dir.filePath(u"partial.json"_s));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write(R"({"good": ["server.time", {}], "bad": ["no.such.method", {}]})");
    partial.close();

    const Run result = run(args);
    QVERIFY2(result.exitCode == expected, result.err.constData());
    if (expected != 0)
        QVERIFY2(result.err.startsWith(QByteArray("error: " + errorCode.toUtf8())), result.err.constData());
    else
        QVERIFY(result.err.isEmpty());
}

void TestCli::callPrintsEnvelope()
{
    const Run result = run(hookArgs(m_url) + QStringList{u"call"_s, u"crm.deal.get"_s, u"{\"id\": 3}"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject envelope = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(envelope.value(u"result"_s).toObject().value(u"ID"_s).toString(), u"3"_s);
    QVERIFY(envelope.value(u"time"_s).isObject());
}

void TestCli::listFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("strategy");
    QTest::newRow("jsonl batch") << u"jsonl"_s << u"batch"_s;
    QTest::newRow("json keyset") << u"json"_s << u"keyset"_s;
    QTest::newRow("csv offset") << u"csv"_s << u"offset"_s;
    QTest::newRow("csv auto") << u"csv"_s << u"auto"_s;
}

void TestCli::listFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, strategy);
    const QString output = m_dir.filePath(u"deals."_s + format);
    const Run result =
        run(hookArgs(m_url) + QStringList{u"--no-progress"_s, u"list"_s, u"crm.deal.list"_s, u"--format"_s,
                                          format, u"--strategy"_s, strategy, u"--output"_s, output});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QSet<QString> ids;
    if (format == "json"_L1) {
        for (const QJsonValue &row : QJsonDocument::fromJson(data).array())
            ids.insert(row.toObject().value(u"ID"_s).toString());
    } else if (format == "jsonl"_L1) {
        for (const QByteArray &line : data.split('\n')) {
            if (!line.isEmpty())
                ids.insert(QJsonDocument::fromJson(line).object().value(u"ID"_s).toString());
        }
    } else {
        const QList<QByteArray> lines = data.split('\n');
        QVERIFY(lines.first().startsWith("ID,"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty() && lines.at(i).front() != '"')
                ids.insert(QString::fromUtf8(lines.at(i).split(',').first()));
        }
    }
    QCOMPARE(ids.size(), 120);
}

void TestCli::listColumnsCsv()
{
    const Run result = run(hookArgs(m_url) +
                           QStringList{u"list"_s, u"crm.deal.list"_s, u"select[]=ID"_s, u"select[]=TITLE"_s,
                                       u"--limit"_s, u"5"_s, u"--format"_s, u"csv"_s, u"--columns"_s,
                                       u"TITLE,ID"_s, u"--delimiter"_s, u";"_s, u"--csv-bom"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("\xEF\xBB\xBFTITLE;ID\r\n"));
    QCOMPARE(result.out.count("\r\n"), 6); // header + 5 rows
}

void TestCli::listPlainRows_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("jsonl") << u"jsonl"_s;
    QTest::newRow("json") << u"json"_s;
}

// im.chat.user.list answers user IDs, not objects: CSV and JSON Lines write them as one "value"
// column, a JSON array keeps them as the portal sent them.
void TestCli::listPlainRows()
{
    QFETCH(QString, format);
    const QStringList chat{u"im.chat.user.list"_s, u"CHAT_ID=1"_s};
    const Run call = run(hookArgs(m_url) + QStringList{u"call"_s} + chat);
    QVERIFY2(call.exitCode == 0, call.err.constData());
    const QJsonArray ids = QJsonDocument::fromJson(call.out).object().value(u"result"_s).toArray();
    QVERIFY(ids.size() >= 2);
    QByteArray expected = format == "csv"_L1 ? "value\r\n"_ba : QByteArray();
    for (const QJsonValue &id : ids) {
        QVERIFY(id.isDouble());
        const QByteArray text = QByteArray::number(id.toInteger());
        expected += format == "csv"_L1 ? QByteArray(text + "\r\n") : QByteArray("{\"value\":" + text + "}\n");
    }
    const Run list = run(hookArgs(m_url) + QStringList{u"--no-progress"_s, u"list"_s} + chat +
                         QStringList{u"--format"_s, format});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    if (format == "json"_L1)
        QCOMPARE(QJsonDocument::fromJson(list.out).array(), ids);
    else
        QCOMPARE(list.out, expected);
}

void TestCli::listToUnwritablePathKeepsNothing()
{
    const QString target = u"/proc/b24-cli-test.csv"_s;
    const Run result =
        run(hookArgs(m_url) + QStringList{u"list"_s, u"crm.deal.list"_s, u"--output"_s, target});
    QCOMPARE(result.exitCode, 9); // a local write failure, not the portal's
    QVERIFY2(result.err.startsWith("error: WRITE_FAILED: cannot write /proc/b24-cli-test.csv"),
             result.err.constData());
    QVERIFY(!QFile::exists(target));
}

// Ctrl+C in the middle of `list --output FILE`: the child gets a real SIGINT while pages are
// still coming (a slow portal), cancels, exits 130 and leaves the previous FILE as it was.
void TestCli::interruptedListKeepsPreviousFile()
{
    PortalOptions portal;
    portal.data[u"deals"_s] = 3000;
    SandboxServerOptions slow;
    slow.latencyMs = 300;
    SandboxServer server(portal, slow);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString ca = m_dir.filePath(u"slow.pem"_s);
    QFile pem(ca);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(server.certificatePem());
    pem.close();
    QTemporaryDir outDir;
    const QString target = outDir.filePath(u"deals.csv"_s);
    QFile previous(target);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous export\n");
    previous.close();

    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(B24_CLI_PATH),
                  {u"--webhook"_s, server.webhookUrl(), u"--cacert"_s, ca, u"--progress"_s, u"list"_s,
                   u"crm.deal.list"_s, u"--strategy"_s, u"keyset"_s, u"--format"_s, u"csv"_s, u"--output"_s,
                   target});
    QVERIFY(process.waitForStarted());
    // Wait for the first rows (progress on stderr), so the interrupt lands mid-export.
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("rows"), 20000);
    QVERIFY(finished.isEmpty());
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(30000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains("error: CANCELLED: interrupted"), err.constData());
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous export\n"));
    QCOMPARE(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"deals.csv"_s});
}

void TestCli::batchFromStdin()
{
    const Run result = run(hookArgs(m_url) + QStringList{u"batch"_s, u"-"_s},
                           R"([["crm.deal.get", {"id": 1}], {"method": "server.time"}])");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(result.out).object();
    const QJsonArray items = out.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"result"_s).toObject().value(u"ID"_s).toString(), u"1"_s);
    QCOMPARE(out.value(u"failed"_s).toInt(), 0);
}

void TestCli::check_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("wrongSecret");
    QTest::newRow("text") << false << false;
    QTest::newRow("json") << true << false;
    QTest::newRow("text, wrong secret") << false << true;
    QTest::newRow("json, wrong secret") << true << true;
}

void TestCli::check()
{
    QFETCH(bool, json);
    QFETCH(bool, wrongSecret);
    const QString secret = m_url.section(u'/', 5, 5);
    QString url = m_url;
    if (wrongSecret)
        url.replace(secret, u"wrongsecret123"_s);
    QStringList args = hookArgs(url) + QStringList{u"check"_s};
    if (json)
        args << u"--format"_s << u"json"_s;
    const Run result = run(args);
    QVERIFY(!result.out.contains(secret.toUtf8())); // never the secret
    QVERIFY(!result.out.contains("wrongsecret123"));
    if (wrongSecret) {
        QCOMPARE(result.exitCode, 4);
        if (json) {
            const QJsonObject error =
                QJsonDocument::fromJson(result.out).object().value(u"error"_s).toObject();
            QCOMPARE(error.value(u"problem"_s).toString(), u"wrong-secret"_s);
            QVERIFY(error.value(u"advice"_s).toString().contains(u"secret"_s, Qt::CaseInsensitive));
        } else {
            QVERIFY2(result.out.contains("Status:      FAILED"), result.out.constData());
            QVERIFY2(result.out.contains("Advice:"), result.out.constData());
        }
        return;
    }
    QVERIFY2(result.exitCode == 0, result.err.constData());
    if (json) {
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(report.value(u"ok"_s).toBool(), true);
        QVERIFY(report.value(u"scopes"_s).toArray().contains(u"crm"_s));
        QVERIFY(report.value(u"methodCount"_s).toInt() > 0);
        QVERIFY(report.value(u"roundTripMs"_s).toInt() >= 0);
        QCOMPARE(report.value(u"plan"_s).toString(), u"standard"_s);
        const QJsonObject user = report.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"code"_s).toString(), u"insufficient_scope"_s);
        QCOMPARE(user.value(u"problem"_s).toString(), u"missing-scope"_s);
        QVERIFY(!user.value(u"advice"_s).toString().isEmpty());
    } else {
        QVERIFY2(result.out.contains("Status:      OK"), result.out.constData());
        QVERIFY(result.out.contains("Scopes:      crm"));
        QVERIFY(result.out.contains("Plan:        standard"));
        QVERIFY(result.out.contains("user.current refused: insufficient_scope"));
        QVERIFY(result.out.contains("Advice:"));
    }
}

void TestCli::paramsInBracketForm()
{
    // An operator with "=" in the name ("<=") ends at the "=" after its "]".
    const Run result =
        run(hookArgs(m_url) + QStringList{u"call"_s, u"crm.deal.list"_s, u"filter[>ID]=115"_s,
                                          u"filter[<=ID]=118"_s, u"select[]=ID"_s, u"order[ID]=DESC"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(result.out).object().value(u"result"_s).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.first().toObject().value(u"ID"_s).toString(), u"118"_s);
    QCOMPARE(rows.last().toObject().value(u"ID"_s).toString(), u"116"_s);
}

void TestCli::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Exit codes:"));
    QVERIFY(help.out.contains("8  keychain unavailable"));
    QVERIFY(help.out.contains("9  the output could not be written"));
    const Run listHelp = run({u"list"_s, u"--help"_s});
    QCOMPARE(listHelp.exitCode, 0);
    QVERIFY(listHelp.out.contains("--delimiter"));
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("b24-cli "));
}

void TestCli::errorsAreRedacted()
{
    const QString secret = m_url.section(u'/', 5, 5);
    const Run result = run(hookArgs(m_url) + QStringList{u"--verbose"_s, u"call"_s, u"no.such.method"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.isEmpty());
    QVERIFY2(!result.err.contains(secret.toUtf8()), result.err.constData());
}

// No Secret Service on the session bus: saving a profile must fail plainly with exit code 8,
// never fall back to a plaintext file.
void TestCli::keychainMissing()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir.filePath(u"no-bus"_s));
    const Run added = run({u"profile"_s, u"add"_s, u"sandbox"_s, u"-"_s}, m_url.toUtf8() + '\n', env);
    QVERIFY2(added.exitCode == 8, added.err.constData());
    QVERIFY2(added.err.startsWith("error: KEYCHAIN_UNAVAILABLE"), added.err.constData());
    QVERIFY(!added.err.contains(m_url.section(u'/', 5, 5).toUtf8()));
    const Run listed = run({u"profile"_s, u"list"_s}, {}, env);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(!listed.out.contains("sandbox")); // nothing saved without its secret
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
