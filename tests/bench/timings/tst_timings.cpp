// How fast things are, as claims with a bound. Not run in CI (label bench): under ASan on two
// shared cores a wall-clock bound says more about the machine than about the code. The tests in
// tests/sandbox, tests/b24 and tests/reliability check the same behaviours without a clock.
#include "core/sandbox/httpserver.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/sandboxserver.h"
#include "core/sandbox/selfsignedcertificate.h"
#include "tests/support/portaltestclient.h"
#include "tests/support/rawhttpclient.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

class TestTimings : public QObject
{
    Q_OBJECT

private slots:
    // The portal's data and keyset paging at a million deals (tests/sandbox/tst_portal.cpp).
    void millionDealsKeysetIsFast();
    // A cancelled call ends at once, not when the answer comes (tests/b24/tst_b24hook.cpp).
    void cancelEndsAtOnce();
    // A delayed answer holds up no other connection (tests/sandbox/tst_httpserver.cpp).
    void delayedAnswerHoldsUpNoOther();
    // The b24-sandbox program under 200 connections for 10 s (tests/reliability/tst_sandboxservice.cpp).
    void sandboxServesThousandsUnderLoad();
};

void TestTimings::millionDealsKeysetIsFast()
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Unlimited;
    o.data[u"deals"_s] = 1'000'000;
    QElapsedTimer timer;
    timer.start();
    Portal portal(o);
    QVERIFY2(timer.elapsed() < 5000, "generating a million deals must take seconds at most");
    timer.restart();
    const PortalCall call =
        callPortal(portal, hookPath(portal, "crm.deal.list"),
                   R"({"order":{"ID":"ASC"},"filter":{">ID":987654},"select":["ID"],"start":-1})");
    QVERIFY2(timer.elapsed() < 200, "a keyset page must not scan the table");
    QCOMPARE(call.json.value(u"result"_s).toArray().size(), 50);
}

void TestTimings::cancelEndsAtOnce()
{
    SandboxServer sandbox(test::unlimitedPortal());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    sandbox.setLatencyMs(3000);
    auto hook =
        B24Hook::fromWebhookUrl(sandbox.webhookUrl(), nullptr, test::trustingOptions(sandbox.certificate()));
    QVERIFY(hook);
    CallJob *job = hook->callMethod(u"server.time"_s);
    QTimer::singleShot(200, job, &CallJob::cancel);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(test::runJob(job, [](CallJob *) {}));
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
}

void TestTimings::delayedAnswerHoldsUpNoOther()
{
    SelfSignedCertificate cert;
    HttpServer server([](const HttpRequest &request) {
        HttpReply reply;
        reply.response.body = request.path;
        if (request.path == "/slow")
            reply.delayMs = 1000;
        return reply;
    });
    QVERIFY(
        server.listenTls(QHostAddress(QHostAddress::LocalHost), 0, cert.certificate(), cert.privateKey()));
    RawHttpClient slow, fast;
    QVERIFY(slow.connectTls(server.tlsPort(), cert.certificate()));
    QVERIFY(fast.connectTls(server.tlsPort(), cert.certificate()));
    QElapsedTimer clock;
    clock.start();
    slow.send("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n");
    fast.send("GET /fast HTTP/1.1\r\nHost: h\r\n\r\n");
    RawHttpClient::Response r;
    QVERIFY(fast.readResponse(&r));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestTimings::sandboxServesThousandsUnderLoad()
{
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty())
        QSKIP("wrk is not installed (Debian package wrk)");
    test::SandboxProcess sandbox;
    QVERIFY2(sandbox.start(QStringLiteral(B24_SANDBOX_PROGRAM), {u"--plan"_s, u"unlimited"_s}),
             qPrintable(sandbox.error()));
    QProcess load;
    load.start(wrk,
               {u"-t2"_s, u"-c200"_s, u"-d10s"_s, u"--timeout"_s, u"5s"_s, sandbox.url() + u"server.time"_s});
    QVERIFY(load.waitForFinished(40000));
    const QString report = QString::fromUtf8(load.readAllStandardOutput());
    const auto match = QRegularExpression(u"(\\d+) requests in"_s).match(report);
    QVERIFY2(match.hasMatch() && match.captured(1).toLongLong() > 1000, qPrintable(report));
    qInfo("%s", qPrintable(report));
}

QTEST_GUILESS_MAIN(TestTimings)
#include "tst_timings.moc"
