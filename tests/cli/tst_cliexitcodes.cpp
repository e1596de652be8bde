// b24-cli exit codes that need a portal answer the sandbox never gives (every form of access
// refusal: scripted TLS server) or a local failure (a full disk, an unwritable output).

#include "tests/b24/sandboxfixture.h"
#include "tests/reliability/clirunner.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestCliExitCodes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void accessRefusalExits4_data();
    void accessRefusalExits4();
    void localWriteFailureExits9_data();
    void localWriteFailureExits9();
    void fullDiskKeepsPreviousFile();

private:
    // b24-cli through /bin/sh, which first runs `shell` (limits, redirections).
    CliRun runShell(const QString &shell, const QStringList &args);
    QStringList sandboxArgs() const
    {
        return {u"--webhook"_s, m_sandbox->webhookUrl(), u"--cacert"_s, m_sandboxCa};
    }

    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_sandboxCa;
};

void TestCliExitCodes::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkpath(u"tmp"_s));
    PortalOptions portal;
    portal.data[u"deals"_s] = 300;
    m_sandbox = std::make_unique<SandboxServer>(portal);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_sandboxCa = m_home.filePath(u"sandbox.pem"_s);
    QFile pem(m_sandboxCa);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(m_sandbox->certificatePem());
}

CliRun TestCliExitCodes::runShell(const QString &shell, const QStringList &args)
{
    const QString script = shell + u"; exec \"$0\" \"$@\""_s;
    return runProgram(m_home.path(), u"/bin/sh"_s,
                      QStringList{u"-c"_s, script, QStringLiteral(B24_CLI_PATH)} + args);
}

void TestCliExitCodes::accessRefusalExits4_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QByteArray>("printed");
    // Bodies and statuses as the reference lists them (§3.2, fixtures).
    QTest::newRow("ACCESS_DENIED") << 403
                                   << R"({"error":"ACCESS_DENIED","error_description":"Access denied!"})"_ba
                                   << 4 << "error: ACCESS_DENIED: Access denied!"_ba;
    QTest::newRow("ACCESS_DENIED, no REST on plan")
        << 401
        << R"({"error":"ACCESS_DENIED","error_description":"REST is available only on commercial plans."})"_ba
        << 4 << "error: ACCESS_DENIED"_ba;
    QTest::newRow("access_denied") << 403 << R"({"error":"access_denied","error_description":""})"_ba << 4
                                   << "error: access_denied"_ba;
    QTest::newRow("ACCESS_ERROR") << 403
                                  << R"({"error":"ACCESS_ERROR","error_description":"Access error"})"_ba << 4
                                  << "error: ACCESS_ERROR"_ba;
    QTest::newRow("insufficient_scope")
        << 401
        << R"({"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the webhook token"})"_ba
        << 4 << "error: insufficient_scope"_ba;
    QTest::newRow("WRONG_AUTH_TYPE")
        << 403
        << R"({"error":"WRONG_AUTH_TYPE","error_description":"Current authorization type is denied for this method"})"_ba
        << 4 << "error: WRONG_AUTH_TYPE"_ba;
    QTest::newRow("ERROR_CORE access_denied")
        << 400 << R"({"error":"ERROR_CORE","error_description":"access_denied"})"_ba << 4
        << "error: ERROR_CORE: access_denied"_ba;
    QTest::newRow("legacy empty code")
        << 400 << R"({"error":"","error_description":"Access denied."})"_ba << 4 << "Access denied."_ba;
    // Not refusals: the portal answered an error.
    QTest::newRow("legacy not found")
        << 400 << R"({"error":"","error_description":"Not found"})"_ba << 1 << "Not found"_ba;
    QTest::newRow("ERROR_CORE other")
        << 400 << R"({"error":"ERROR_CORE","error_description":"Bad things"})"_ba << 1
        << "error: ERROR_CORE: Bad things"_ba;
}

void TestCliExitCodes::accessRefusalExits4()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QFETCH(QByteArray, printed);
    ScriptedServer portal([&](const HttpRequest &) { return ScriptedServer::json(body, status); });
    QVERIFY(portal.ok());
    const QString ca = m_home.filePath(u"scripted.pem"_s);
    QFile pem(ca);
    QVERIFY(pem.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pem.write(portal.certificate().toPem());
    pem.close();
    const CliRun run = runCli(m_home.path(), {u"--webhook"_s, portal.webhookUrl(), u"--cacert"_s, ca,
                                              u"call"_s, u"crm.contact.list"_s});
    QVERIFY2(run.exitCode == expected, run.err.constData());
    QVERIFY2(run.err.startsWith("error: ") && run.err.contains(printed), run.err.constData());
    QVERIFY(!run.err.contains("scriptedSecret42"));
    QCOMPARE(portal.requests().size(), 1); // a refusal is never retried
}

void TestCliExitCodes::localWriteFailureExits9_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("printed");
    const QStringList list{u"--no-progress"_s, u"list"_s, u"crm.deal.list"_s, u"--format"_s, u"csv"_s};
    QTest::newRow("--output /dev/full") << u":"_s << (list + QStringList{u"--output"_s, u"/dev/full"_s})
                                        << "error: WRITE_FAILED: cannot write /dev/full: "_ba;
    QTest::newRow("list, stdout full")
        << u"exec >/dev/full"_s << list << "error: WRITE_FAILED: cannot write the standard output: "_ba;
    QTest::newRow("call, stdout full") << u"exec >/dev/full"_s << QStringList{u"call"_s, u"server.time"_s}
                                       << "error: WRITE_FAILED: cannot write the standard output: "_ba;
}

void TestCliExitCodes::localWriteFailureExits9()
{
    QFETCH(QString, shell);
    QFETCH(QStringList, command);
    QFETCH(QByteArray, printed);
    const CliRun run = runShell(shell, sandboxArgs() + command);
    QVERIFY2(run.exitCode == 9, run.err.constData());
    QVERIFY2(run.err.startsWith(printed), run.err.constData());
}

// A disk that fills up mid-export (a file size limit plays it: writes past it fail with EFBIG,
// the signal it would raise is ignored): exit 9, the previous file as it was, no temporary left.
void TestCliExitCodes::fullDiskKeepsPreviousFile()
{
    QTemporaryDir out;
    const QString target = out.filePath(u"deals.csv"_s);
    QFile previous(target);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous export\n");
    previous.close();
    const QStringList list{u"--no-progress"_s, u"list"_s, u"crm.deal.list"_s, u"--format"_s, u"csv"_s,
                           u"--output"_s,      target};

    const CliRun full = runShell(u"trap '' XFSZ; ulimit -f 16"_s, sandboxArgs() + list);
    QVERIFY2(full.exitCode == 9, full.err.constData());
    QVERIFY2(full.err.startsWith((u"error: WRITE_FAILED: cannot write "_s + target).toUtf8()),
             full.err.constData());
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), "previous export\n"_ba);
    kept.close();
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"deals.csv"_s});

    // The same export with room to write: the limit, not the export, was the failure.
    const CliRun roomy = runShell(u":"_s, sandboxArgs() + list);
    QVERIFY2(roomy.exitCode == 0, roomy.err.constData());
    QVERIFY(QFileInfo(target).size() > 16 * 1024);
}

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "tst_cliexitcodes.moc"
