#include "core/sandbox/sandboxcommandline.h"

#include <QTest>

using namespace b24;

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void outcomes_data();
    void outcomes();
    void everyOption();
    void listen_data();
    void listen();
    void helpDocumentsEveryFlag();
};

namespace {

SandboxCommandLine::Outcome parse(SandboxCommandLine &cl, const QStringList &args)
{
    return cl.parse(QStringList{QStringLiteral("b24-sandbox")} + args);
}

} // namespace

void TestSandboxCommandLine::defaults()
{
    SandboxCommandLine cl;
    QCOMPARE(parse(cl, {}), SandboxCommandLine::Outcome::Run);
    QCOMPARE(cl.serverOptions().listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(cl.serverOptions().port, quint16(0));
    QCOMPARE(cl.serverOptions().plainPort, -1);
    QCOMPARE(cl.portalOptions().seed, PortalOptions().seed);
    QVERIFY(cl.certificateOutFile().isEmpty());
    QVERIFY(!cl.portalOptions().docsExamples);
}

void TestSandboxCommandLine::outcomes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("outcome");
    const int run = int(SandboxCommandLine::Outcome::Run), err = int(SandboxCommandLine::Outcome::Error);
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(SandboxCommandLine::Outcome::Help);
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << int(SandboxCommandLine::Outcome::Help);
    QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                             << int(SandboxCommandLine::Outcome::Version);
    QTest::newRow("equals form") << QStringList{QStringLiteral("--seed=5")} << run;
    QTest::newRow("unknown") << QStringList{QStringLiteral("--bogus")} << err;
    QTest::newRow("positional") << QStringList{QStringLiteral("x")} << err;
    QTest::newRow("missing value") << QStringList{QStringLiteral("--latency")} << err;
    QTest::newRow("bad latency") << QStringList{QStringLiteral("--latency"), QStringLiteral("-5")} << err;
    QTest::newRow("bad plan") << QStringList{QStringLiteral("--plan"), QStringLiteral("gold")} << err;
    QTest::newRow("bad faults") << QStringList{QStringLiteral("--faults"), QStringLiteral("reset=2")} << err;
    QTest::newRow("bad data entity") << QStringList{QStringLiteral("--data"), QStringLiteral("ships=3")}
                                     << err;
    QTest::newRow("bad data count") << QStringList{QStringLiteral("--data"), QStringLiteral("deals=-1")}
                                    << err;
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")}
                                << err;
    QTest::newRow("bad port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
                              << err;
    QTest::newRow("bad secret") << QStringList{QStringLiteral("--secret"), QStringLiteral("a/b")} << err;
    QTest::newRow("bad renamed host")
        << QStringList{QStringLiteral("--renamed-to"), QStringLiteral("a/b")} << err;
    QTest::newRow("flag with value") << QStringList{QStringLiteral("--help=1")} << err;
    QTest::newRow("bad operating limit")
        << QStringList{QStringLiteral("--operating-limit"), QStringLiteral("x")} << err;
    QTest::newRow("bad page cost") << QStringList{QStringLiteral("--page-cost"), QStringLiteral("-1")} << err;
    QTest::newRow("time scale below 1")
        << QStringList{QStringLiteral("--time-scale"), QStringLiteral("0.5")} << err;
    QTest::newRow("bad extra webhook")
        << QStringList{QStringLiteral("--extra-webhook"), QStringLiteral("a/b")} << err;
}

void TestSandboxCommandLine::outcomes()
{
    QFETCH(QStringList, args);
    QFETCH(int, outcome);
    SandboxCommandLine cl;
    QCOMPARE(int(parse(cl, args)), outcome);
    QCOMPARE(cl.errorString().isEmpty(), outcome != int(SandboxCommandLine::Outcome::Error));
}

void TestSandboxCommandLine::everyOption()
{
    SandboxCommandLine cl;
    const QStringList args =
        QStringLiteral("--listen [::1]:8443 --cert-out c.pem --seed 7 --data deals=5,tasks=0 "
                       "--plan enterprise --operating-limit 60 --operating-cost 0.5 "
                       "--latency 25 --faults reset=0.5 --slow-delay 900 --scope crm,user "
                       "--log l.jsonl --secret s3cret --user-id 9 --plain-port 0 "
                       "--idle-timeout 1500 --page-cost 150 --time-scale 20 --extra-webhook two "
                       "--extra-webhook three --docs-examples --renamed-to new.example:8443")
            .split(QLatin1Char(' '));
    QCOMPARE(parse(cl, args), SandboxCommandLine::Outcome::Run);
    const PortalOptions p = cl.portalOptions();
    const SandboxServerOptions s = cl.serverOptions();
    QCOMPARE(s.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(s.port, quint16(8443));
    QCOMPARE(cl.certificateOutFile(), QStringLiteral("c.pem"));
    QCOMPARE(p.seed, quint64(7));
    QCOMPARE(p.data.value(QStringLiteral("deals")), 5);
    QCOMPARE(p.data.value(QStringLiteral("tasks")), 0);
    QCOMPARE(p.data.value(QStringLiteral("contacts")),
             PortalOptions().data.value(QStringLiteral("contacts")));
    QCOMPARE(p.plan, PortalOptions::Plan::Enterprise);
    QCOMPARE(p.operatingLimitSeconds, 60.0);
    QCOMPARE(p.operatingCostSeconds, 0.5);
    QCOMPARE(s.latencyMs, 25);
    QCOMPARE(s.faults, QStringLiteral("reset=0.5"));
    QCOMPARE(s.slowFaultMs, 900);
    QCOMPARE(p.scopes, (QStringList{QStringLiteral("crm"), QStringLiteral("user")}));
    QCOMPARE(s.logFile, QStringLiteral("l.jsonl"));
    QCOMPARE(p.secret, QStringLiteral("s3cret"));
    QCOMPARE(p.userId, 9);
    QCOMPARE(s.plainPort, 0);
    QCOMPARE(s.idleTimeoutMs, 1500);
    QCOMPARE(p.pageCostMs, 150.0);
    QCOMPARE(p.timeScale, 20.0);
    QCOMPARE(p.extraSecrets, (QStringList{QStringLiteral("two"), QStringLiteral("three")}));
    QVERIFY(p.docsExamples);
    QCOMPARE(p.renamedTo, QStringLiteral("new.example:8443"));
}

void TestSandboxCommandLine::listen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:0") << true << QStringLiteral("127.0.0.1") << 0;
    QTest::newRow("any") << QStringLiteral("0.0.0.0:443") << true << QStringLiteral("0.0.0.0") << 443;
    QTest::newRow("localhost") << QStringLiteral("localhost:1") << true << QStringLiteral("127.0.0.1") << 1;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:80") << true << QStringLiteral("::1") << 80;
    QTest::newRow("ipv6 without brackets") << QStringLiteral("::1:80") << false << QString() << 0;
    QTest::newRow("host name") << QStringLiteral("example.com:80") << false << QString() << 0;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1:") << false << QString() << 0;
    QTest::newRow("no host") << QStringLiteral(":80") << false << QString() << 0;
}

void TestSandboxCommandLine::listen()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QHostAddress address;
    quint16 port = 0;
    QCOMPARE(SandboxCommandLine::parseListen(text, &address, &port), ok);
    if (!ok)
        return;
    QTEST(address.toString(), "address");
    QTEST(int(port), "port");
}

void TestSandboxCommandLine::helpDocumentsEveryFlag()
{
    const QString help = SandboxCommandLine().helpText();
    for (const char *flag :
         {"--listen", "--cert-out", "--seed", "--data", "--plan", "--operating-limit", "--operating-cost",
          "--latency", "--faults", "--scope", "--log", "--secret", "--help", "--version"})
        QVERIFY2(help.contains(QLatin1String(flag)), flag);
}

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "tst_sandboxcommandline.moc"
