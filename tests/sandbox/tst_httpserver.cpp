#include "core/sandbox/httpserver.h"
#include "core/sandbox/selfsignedcertificate.h"
#include "tests/sandbox/rawhttpclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace b24;

// Socket tests of the HTTP server with a small echo handler; the clients are real TLS/TCP sockets.
class TestHttpServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keepAliveServesSeveralRequests();
    void pipelinedResponsesKeepOrder();
    void chunkedRequestBody();
    void expectContinue();
    void rejects_data();
    void rejects();
    void connectionCloseIsHonoured();
    void idleConnectionIsClosed();
    void manyConcurrentConnections();
    void tlsFailsWithoutTrustedCertificate();
    void delayedResponseDoesNotBlock();
    void resetMidBody();
    void truncatedBody();
    void plainPortMarksRequestsInsecure();

private:
    static HttpReply echo(const HttpRequest &request);
    void startServer(const HttpServerOptions &options = smallOptions());
    static HttpServerOptions smallOptions();
    static QByteArray get(const QByteArray &path, const QByteArray &extra = {});

    SelfSignedCertificate m_cert;
    std::unique_ptr<HttpServer> m_server;
    QList<HttpExchange> m_exchanges;
};

HttpReply TestHttpServer::echo(const HttpRequest &request)
{
    HttpReply reply;
    reply.response.headers.append({QByteArray("Content-Type"), QByteArray("text/plain")});
    reply.response.body =
        request.method + ' ' + request.target + (request.secure ? " tls" : " plain") + '\n' + request.body;
    reply.response.logMethod = request.path.mid(1);
    if (request.path.startsWith("/delay/"))
        reply.delayMs = request.path.mid(7).toInt();
    if (request.path == "/reset" || request.path == "/truncate") {
        reply.response.body = QByteArray(20000, 'x');
        reply.delivery =
            request.path == "/reset" ? HttpReply::Delivery::ResetMidBody : HttpReply::Delivery::TruncateBody;
        reply.fault = request.path.mid(1);
    }
    return reply;
}

HttpServerOptions TestHttpServer::smallOptions()
{
    HttpServerOptions options;
    options.idleTimeoutMs = 10000;
    options.limits.maxHeaderBytes = 1024;
    options.limits.maxBodyBytes = 4096;
    return options;
}

QByteArray TestHttpServer::get(const QByteArray &path, const QByteArray &extra)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

void TestHttpServer::initTestCase()
{
    QVERIFY2(!m_cert.isNull(), qPrintable(m_cert.errorString()));
}

void TestHttpServer::init()
{
    startServer();
}

void TestHttpServer::cleanup()
{
    m_server.reset();
    m_exchanges.clear();
}

void TestHttpServer::startServer(const HttpServerOptions &options)
{
    m_server = std::make_unique<HttpServer>(&TestHttpServer::echo, options);
    connect(m_server.get(), &HttpServer::exchanged, this,
            [this](const HttpExchange &e) { m_exchanges.append(e); });
    QString error;
    QVERIFY2(
        m_server->listenTls(QHostAddress::LocalHost, 0, m_cert.certificate(), m_cert.privateKey(), &error),
        qPrintable(error));
    QVERIFY(m_server->tlsPort() != 0);
}

void TestHttpServer::keepAliveServesSeveralRequests()
{
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    for (int i = 0; i < 3; ++i) {
        client.send(get("/n" + QByteArray::number(i)));
        RawHttpClient::Response r;
        QVERIFY(client.readResponse(&r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "GET /n" + QByteArray::number(i) + " tls\n");
        QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
        QVERIFY(!r.header("date").isEmpty());
    }
    QVERIFY(client.isConnected());
    QCOMPARE(m_server->connectionCount(), 1);
    QCOMPARE(m_exchanges.size(), 3);
    QCOMPARE(m_exchanges.at(2).logMethod, QByteArray("n2"));
}

void TestHttpServer::pipelinedResponsesKeepOrder()
{
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    client.send(get("/delay/150") + get("/second") + get("/third"));
    for (const QByteArray path : {"/delay/150", "/second", "/third"}) {
        RawHttpClient::Response r;
        QVERIFY(client.readResponse(&r));
        QCOMPARE(r.body, "GET " + path + " tls\n");
    }
}

void TestHttpServer::chunkedRequestBody()
{
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    client.send("POST /m HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n");
    QTest::qWait(50); // the rest arrives later
    client.send("3\r\nefg\r\n0\r\n\r\n");
    RawHttpClient::Response r;
    QVERIFY(client.readResponse(&r));
    QCOMPARE(r.body, QByteArray("POST /m tls\nabcdefg"));
}

void TestHttpServer::expectContinue()
{
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    client.send("POST /m HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    RawHttpClient::Response r;
    QVERIFY(client.readResponse(&r));
    QCOMPARE(r.status, 100);
    client.send("ok");
    QVERIFY(client.readResponse(&r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("POST /m tls\nok"));
}

void TestHttpServer::rejects_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("oversized header") << get("/", "X-Big: " + QByteArray(2000, 'a') + "\r\n") << 431;
    QTest::newRow("oversized body") << QByteArray(
                                           "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5000\r\n\r\n")
                                    << 413;
    QTest::newRow("oversized chunked body")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1001\r\n") << 413;
    QTest::newRow("malformed") << QByteArray("HELLO\r\n\r\n") << 400;
}

void TestHttpServer::rejects()
{
    QFETCH(QByteArray, raw);
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    client.send(raw);
    RawHttpClient::Response r;
    QVERIFY(client.readResponse(&r));
    QTEST(r.status, "status");
    QCOMPARE(r.header("connection"), QByteArray("close"));
    QVERIFY(client.waitDisconnected());
    QCOMPARE(m_exchanges.size(), 1);
    QCOMPARE(m_exchanges.first().status, r.status);
}

void TestHttpServer::connectionCloseIsHonoured()
{
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    client.send(get("/bye", "Connection: close\r\n"));
    RawHttpClient::Response r;
    QVERIFY(client.readResponse(&r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("connection"), QByteArray("close"));
    QVERIFY(client.waitDisconnected());
}

void TestHttpServer::idleConnectionIsClosed()
{
    HttpServerOptions options = smallOptions();
    options.idleTimeoutMs = 200;
    startServer(options);
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    client.send(get("/once"));
    RawHttpClient::Response r;
    QVERIFY(client.readResponse(&r));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.waitDisconnected(3000));
    QVERIFY(clock.elapsed() >= 150);
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::manyConcurrentConnections()
{
    constexpr int kClients = 60;
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>());
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(QList<QSslCertificate>{m_cert.certificate()});
        clients.back()->socket().setSslConfiguration(conf);
        clients.back()->socket().connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->tlsPort());
        clients.back()->send(get("/c" + QByteArray::number(i)));
    }
    QVERIFY(RawHttpClient::waitUntil([&] { return m_server->connectionCount() == kClients; }, 20000));
    for (int i = 0; i < kClients; ++i) {
        RawHttpClient::Response r;
        QVERIFY2(clients[i]->readResponse(&r, 20000), qPrintable(QString::number(i)));
        QCOMPARE(r.body, "GET /c" + QByteArray::number(i) + " tls\n");
    }
    QCOMPARE(m_exchanges.size(), kClients);
}

void TestHttpServer::tlsFailsWithoutTrustedCertificate()
{
    RawHttpClient client;
    QVERIFY(!client.connectTls(m_server->tlsPort(), QSslCertificate()));
    QVERIFY(!client.sslErrors().isEmpty());
    QVERIFY(m_exchanges.isEmpty());
    // and with it, the same server is verified, host name (IP SAN) included
    RawHttpClient trusted;
    QVERIFY(trusted.connectTls(m_server->tlsPort(), m_cert.certificate()));
    QVERIFY(trusted.sslErrors().isEmpty());
}

void TestHttpServer::delayedResponseDoesNotBlock()
{
    RawHttpClient slow, fast;
    QVERIFY(slow.connectTls(m_server->tlsPort(), m_cert.certificate()));
    QVERIFY(fast.connectTls(m_server->tlsPort(), m_cert.certificate()));
    QElapsedTimer clock;
    clock.start();
    slow.send(get("/delay/1000"));
    QTest::qWait(20);
    fast.send(get("/now"));
    RawHttpClient::Response r;
    QVERIFY(fast.readResponse(&r));
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(slow.readResponse(&r));
    QVERIFY(clock.elapsed() >= 1000);
    QCOMPARE(r.body, QByteArray("GET /delay/1000 tls\n"));
}

void TestHttpServer::resetMidBody()
{
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    client.send(get("/reset"));
    QVERIFY(client.waitDisconnected());
    const QByteArray &got = client.buffer();
    QVERIFY(got.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(got.contains("Content-Length: 20000\r\n"));
    const qsizetype bodyBytes = got.size() - got.indexOf("\r\n\r\n") - 4;
    QVERIFY2(bodyBytes < 20000, qPrintable(QString::number(bodyBytes)));
    QCOMPARE(m_exchanges.size(), 1);
    QCOMPARE(m_exchanges.first().fault, QByteArray("reset"));
}

void TestHttpServer::truncatedBody()
{
    RawHttpClient client;
    QVERIFY(client.connectTls(m_server->tlsPort(), m_cert.certificate()));
    client.send(get("/truncate"));
    QVERIFY(client.waitDisconnected());
    const QByteArray &got = client.buffer();
    QVERIFY(got.contains("Content-Length: 20000\r\n"));
    QCOMPARE(got.size() - got.indexOf("\r\n\r\n") - 4, 10000);
    QCOMPARE(m_exchanges.first().bytes, 10000);
}

void TestHttpServer::plainPortMarksRequestsInsecure()
{
    QString error;
    QVERIFY2(m_server->listenPlain(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    RawHttpClient client;
    QVERIFY(client.connectPlain(m_server->plainPort()));
    client.send(get("/p"));
    RawHttpClient::Response r;
    QVERIFY(client.readResponse(&r));
    QCOMPARE(r.body, QByteArray("GET /p plain\n"));
    QVERIFY(!m_exchanges.first().secure);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
