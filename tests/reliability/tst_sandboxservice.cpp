// The sandbox portal as a network service, run as the real b24-sandbox program: oversized headers
// and bodies, malformed requests and slow clients are answered or dropped while others are served;
// 200 concurrent connections from wrk for 10 seconds leave it up, answering, with bounded memory
// (VmHWM from /proc). wrk is a Debian package (packaging/setup.sh); without it the load case skips.

#include "tests/sandbox/rawhttpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// The bound on the sandbox's memory under a 200-connection load (about 42 MB in a normal build).
// An ASan build keeps freed memory in quarantine (256 MB by default) plus shadow memory, so
// the same program measures far higher there without growing without bound.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kRssBoundKb = 768 * 1024;
#else
constexpr qint64 kRssBoundKb = 256 * 1024;
#endif

class TestSandboxService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oversizedHeadersAreRefused();
    void oversizedBodyIsRefused();
    void malformedRequestsAreRefused_data();
    void malformedRequestsAreRefused();
    void slowClientsDoNotBlockOthers();
    void holdsTwoHundredConnectionsUnderLoad();

private:
    bool normalCallWorks();
    qint64 peakRssKb() const;
    std::unique_ptr<RawHttpClient> connect();

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_url;
    quint16 m_port = 0;
    QSslCertificate m_cert;
};

void TestSandboxService::initTestCase()
{
    const QString certFile = m_dir.filePath(u"sandbox.pem"_s);
    m_sandbox.start(QStringLiteral(B24_SANDBOX_PROGRAM),
                    {u"--cert-out"_s, certFile, u"--plan"_s, u"unlimited"_s});
    QVERIFY2(m_sandbox.waitForStarted(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.waitForReadyRead(20000));
    m_url = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    m_port = quint16(QUrl(m_url).port());
    QFile pem(certFile);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    m_cert = QSslCertificate(pem.readAll());
    QVERIFY(!m_cert.isNull() && m_port > 0);
    QVERIFY(normalCallWorks());
}

void TestSandboxService::cleanupTestCase()
{
    m_sandbox.terminate();
    QVERIFY(m_sandbox.waitForFinished(10000));
    QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit); // it never crashed
}

std::unique_ptr<RawHttpClient> TestSandboxService::connect()
{
    auto client = std::make_unique<RawHttpClient>();
    if (!client->connectTls(m_port, m_cert))
        return nullptr;
    return client;
}

bool TestSandboxService::normalCallWorks()
{
    auto client = connect();
    if (!client)
        return false;
    const QByteArray path = QUrl(m_url).path().toUtf8() + "server.time";
    client->send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    RawHttpClient::Response response;
    return client->readResponse(&response, 10000) && response.status == 200 &&
           response.body.contains("\"result\"");
}

qint64 TestSandboxService::peakRssKb() const
{
    QFile status(u"/proc/%1/status"_s.arg(m_sandbox.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(u"VmHWM:\\s+(\\d+) kB"_s);
    const auto match = re.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void TestSandboxService::oversizedHeadersAreRefused()
{
    auto client = connect();
    QVERIFY(client);
    client->send("GET /rest/1/x/server.time HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(200 * 1024, 'a') +
                 "\r\n\r\n");
    RawHttpClient::Response response;
    QVERIFY(client->readResponse(&response, 10000));
    QCOMPARE(response.status, 431);
    QVERIFY(normalCallWorks());
}

void TestSandboxService::oversizedBodyIsRefused()
{
    auto client = connect();
    QVERIFY(client);
    // Announces 1 GB: refused from the head, before any of it is buffered.
    client->send("POST /rest/1/x/batch HTTP/1.1\r\nHost: h\r\nContent-Length: 1073741824\r\n\r\n{");
    RawHttpClient::Response response;
    QVERIFY(client->readResponse(&response, 10000));
    QCOMPARE(response.status, 413);
    QVERIFY(normalCallWorks());
}

void TestSandboxService::malformedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n");
    QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n");
    QTest::newRow("bad chunk") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost h\r\n\r\n");
}

void TestSandboxService::malformedRequestsAreRefused()
{
    QFETCH(QByteArray, request);
    auto client = connect();
    QVERIFY(client);
    client->send(request);
    RawHttpClient::Response response;
    QVERIFY(client->readResponse(&response, 10000));
    QVERIFY2(response.status >= 400 && response.status < 600,
             QByteArray::number(response.status).constData());
    QVERIFY(normalCallWorks());
}

void TestSandboxService::slowClientsDoNotBlockOthers()
{
    // 50 clients each send half a request head and stall; the portal still answers others at once.
    std::vector<std::unique_ptr<RawHttpClient>> slow;
    for (int i = 0; i < 50; ++i) {
        auto client = connect();
        QVERIFY(client);
        client->send("POST /rest/1/x/server.time HTTP/1.1\r\nHost: h\r\nContent-Le");
        slow.push_back(std::move(client));
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY(normalCallWorks());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxService::holdsTwoHundredConnectionsUnderLoad()
{
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty())
        QSKIP("wrk is not installed (Debian package wrk, listed in packaging/setup.sh): load not measured");
    const qint64 rssBefore = peakRssKb();
    QProcess load;
    load.start(wrk, {u"-t2"_s, u"-c200"_s, u"-d10s"_s, u"--timeout"_s, u"5s"_s, m_url + u"server.time"_s});
    QVERIFY(load.waitForStarted());
    // The event loop keeps running while wrk works; the program is another process anyway.
    QVERIFY(load.waitForFinished(40000));
    const QString report = QString::fromUtf8(load.readAllStandardOutput());
    QCOMPARE(load.exitCode(), 0);
    const QRegularExpression requests(u"(\\d+) requests in"_s);
    const auto match = requests.match(report);
    QVERIFY2(match.hasMatch(), qPrintable(report));
    QVERIFY2(match.captured(1).toLongLong() > 1000, qPrintable(report));
    QVERIFY(m_sandbox.state() == QProcess::Running);
    QVERIFY(normalCallWorks());
    const qint64 rssAfter = peakRssKb();
    QVERIFY(rssAfter > 0);
    QVERIFY2(rssAfter < kRssBoundKb, qPrintable(u"peak RSS %1 kB"_s.arg(rssAfter)));
    const QRegularExpression rps(u"Requests/sec:\\s+([\\d.]+)"_s);
    qInfo("wrk -c200 -d10s: %s requests (%s/s), peak RSS %lld kB before, %lld kB after; still answering",
          qPrintable(match.captured(1)), qPrintable(rps.match(report).captured(1)), rssBefore, rssAfter);
}

QTEST_GUILESS_MAIN(TestSandboxService)
#include "tst_sandboxservice.moc"
