#include "core/sandbox/portal.h"
#include "core/sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace b24;

// The sandbox server end to end in process: real TLS sockets, a real client (QNetworkAccessManager)
// that keeps verification on and trusts only the certificate the server generated.
class TestSandboxServer : public QObject
{
    Q_OBJECT
private slots:
    void servesOverVerifiedTls();
    void refusesUntrustedClients();
    void writesRequestLog();
    void latencyIsAdded();
    void pageCostDelaysTheAnswer();
    void timeScaleShortensDelays();
    void requestCapAnswersGatewayTimeout();
    void extraWebhookIsServed();
    void faults_data();
    void faults();
    void stopClosesThePort();
    void plainPortIsMarkedInsecure();
    void invalidFaultSpecFailsStart();

private:
    struct Result
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        qint64 ms = 0;
    };
    Result call(const QString &url, const QSslCertificate &trusted, int timeoutMs = 10000,
                const QByteArray &post = {});
    QNetworkAccessManager m_nam;
};

TestSandboxServer::Result TestSandboxServer::call(const QString &url, const QSslCertificate &trusted,
                                                  int timeoutMs, const QByteArray &post)
{
    QNetworkRequest request{QUrl(url)};
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!trusted.isNull())
        conf.addCaCertificates(QList<QSslCertificate>{trusted});
    request.setSslConfiguration(conf);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = post.isNull() ? m_nam.get(request) : m_nam.post(request, post);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Result r;
    if (!finished.wait(timeoutMs + 5000))
        return r;
    r.ms = clock.elapsed();
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return r;
}

void TestSandboxServer::servesOverVerifiedTls()
{
    SandboxServer server{PortalOptions()};
    QSignalSpy served(&server, &SandboxServer::requestServed);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.isRunning());
    const QRegularExpression shape(QStringLiteral("^https://127\\.0\\.0\\.1:(\\d+)/rest/1/([^/]+)/$"));
    const QRegularExpressionMatch m = shape.match(server.webhookUrl());
    QVERIFY2(m.hasMatch(), qPrintable(server.webhookUrl()));
    QCOMPARE(m.captured(1).toUInt(), uint(server.port()));
    QCOMPARE(m.captured(2), server.portal().secret());
    QVERIFY(server.certificatePem().contains("BEGIN CERTIFICATE"));

    const Result r = call(server.webhookUrl() + QStringLiteral("profile"), server.certificate());
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QVERIFY(QJsonDocument::fromJson(r.body).object().contains(QStringLiteral("result")));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(served.size(), 1);
    const QJsonObject line = served.first().first().toJsonObject();
    QCOMPARE(line.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(line.value(QStringLiteral("bytes")).toInt(), r.body.size());
}

void TestSandboxServer::refusesUntrustedClients()
{
    SandboxServer server{PortalOptions()};
    QVERIFY(server.start());
    const Result r = call(server.webhookUrl() + QStringLiteral("profile"), QSslCertificate());
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(server.requestCount(), 0);
}

void TestSandboxServer::writesRequestLog()
{
    QTemporaryDir dir;
    SandboxServerOptions options;
    options.logFile = dir.filePath(QStringLiteral("requests.jsonl"));
    SandboxServer server(PortalOptions(), options);
    QVERIFY(server.start());
    QCOMPARE(call(server.webhookUrl() + QStringLiteral("server.time"), server.certificate()).status, 200);
    QCOMPARE(call(server.webhookUrl() + QStringLiteral("no.such.method"), server.certificate(), 10000, "a=1")
                 .status,
             404);
    server.stop();
    QFile file(options.logFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(server.portal().secret().toUtf8()));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("server.time"));
    QCOMPARE(first.value(QStringLiteral("http")).toString(), QStringLiteral("GET"));
    QCOMPARE(second.value(QStringLiteral("http")).toString(), QStringLiteral("POST"));
    QCOMPARE(second.value(QStringLiteral("status")).toInt(), 404);
    for (const QJsonObject &o : {first, second}) {
        QVERIFY(o.value(QStringLiteral("bytes")).toInt() > 0);
        QVERIFY(o.contains(QStringLiteral("ms")));
        QVERIFY(!o.value(QStringLiteral("time")).toString().isEmpty());
        QVERIFY(!o.contains(QStringLiteral("fault")));
    }
}

void TestSandboxServer::latencyIsAdded()
{
    SandboxServerOptions options;
    options.latencyMs = 300;
    SandboxServer server(PortalOptions(), options);
    QVERIFY(server.start());
    const Result r = call(server.webhookUrl() + QStringLiteral("server.time"), server.certificate());
    QCOMPARE(r.status, 200);
    QVERIFY2(r.ms >= 300, qPrintable(QString::number(r.ms)));
}

void TestSandboxServer::pageCostDelaysTheAnswer()
{
    PortalOptions portal;
    portal.pageCostMs = 300;
    SandboxServer server(portal);
    QVERIFY(server.start());
    const Result r =
        call(server.webhookUrl() + QStringLiteral("crm.deal.list?start=-1"), server.certificate());
    QCOMPARE(r.status, 200);
    QVERIFY2(r.ms >= 300, qPrintable(QString::number(r.ms)));
}

void TestSandboxServer::timeScaleShortensDelays()
{
    // 50 s of page cost and 20 s of latency at 1000x answer well within the 10 s the call waits.
    PortalOptions portal;
    portal.pageCostMs = 50000;
    portal.timeScale = 1000;
    SandboxServerOptions options;
    options.latencyMs = 20000;
    SandboxServer server(portal, options);
    QVERIFY(server.start());
    const Result r =
        call(server.webhookUrl() + QStringLiteral("crm.deal.list?start=-1"), server.certificate());
    QCOMPARE(r.status, 200);
    const QJsonObject time =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("time")).toObject();
    QVERIFY(time.value(QStringLiteral("processing")).toDouble() >= 50);
}

void TestSandboxServer::requestCapAnswersGatewayTimeout()
{
    PortalOptions portal;
    portal.pageCostMs = 70000; // past the 60 s cap; at 1000x the page comes after 60 ms
    portal.timeScale = 1000;
    SandboxServer server(portal);
    QVERIFY(server.start());
    const Result r =
        call(server.webhookUrl() + QStringLiteral("crm.deal.list?start=-1"), server.certificate());
    QCOMPARE(r.status, 504);
    QVERIFY(r.contentType.startsWith("text/html"));
    QVERIFY(r.body.contains("504 Gateway Time-out"));
}

void TestSandboxServer::extraWebhookIsServed()
{
    PortalOptions portal;
    portal.extraSecrets = {QStringLiteral("second")};
    SandboxServer server(portal);
    QVERIFY(server.start());
    const QStringList urls = server.webhookUrls();
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls.first(), server.webhookUrl());
    QVERIFY(urls.last().endsWith(QStringLiteral("/rest/1/second/")));
    QCOMPARE(call(urls.last() + QStringLiteral("profile"), server.certificate()).status, 200);
}

void TestSandboxServer::faults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("error"); // QNetworkReply::NetworkError, -1: any error
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("json");
    QTest::newRow("503") << QStringLiteral("503") << int(QNetworkReply::ServiceUnavailableError) << 503
                         << true;
    QTest::newRow("html502") << QStringLiteral("html502") << -2 << 502 << false;
    QTest::newRow("nonjson") << QStringLiteral("nonjson") << int(QNetworkReply::NoError) << 200 << false;
    QTest::newRow("reset") << QStringLiteral("reset") << -1 << 0 << false;
    QTest::newRow("truncate") << QStringLiteral("truncate") << -1 << 0 << false;
    QTest::newRow("slow") << QStringLiteral("slow") << int(QNetworkReply::OperationCanceledError) << 0
                          << false;
}

void TestSandboxServer::faults()
{
    QFETCH(QString, kind);
    QFETCH(int, error);
    QFETCH(int, status);
    QFETCH(bool, json);
    SandboxServerOptions options;
    options.faults = kind + QStringLiteral("=1");
    options.slowFaultMs = 3000;
    SandboxServer server(PortalOptions(), options);
    QSignalSpy served(&server, &SandboxServer::requestServed);
    QVERIFY(server.start());
    const Result r = call(server.webhookUrl() + QStringLiteral("crm.deal.list"), server.certificate(), 500);
    if (error == -1)
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
    else if (error >= 0)
        QCOMPARE(int(r.error), error);
    else
        QVERIFY(r.error != QNetworkReply::NoError); // 5xx without a dedicated code
    if (status != 0) {
        QCOMPARE(r.status, status);
        QCOMPARE(QJsonDocument::fromJson(r.body).isObject(), json);
    }
    if (served.isEmpty()) // a slow answer is logged when the server gives it up
        QVERIFY(served.wait(5000));
    QCOMPARE(served.first().first().toJsonObject().value(QStringLiteral("fault")).toString(), kind);
}

void TestSandboxServer::stopClosesThePort()
{
    SandboxServer server{PortalOptions()};
    QVERIFY(server.start());
    const QString url = server.webhookUrl() + QStringLiteral("server.time");
    QCOMPARE(call(url, server.certificate()).status, 200);
    server.stop();
    QVERIFY(!server.isRunning());
    QCOMPARE(call(url, server.certificate(), 2000).error, QNetworkReply::ConnectionRefusedError);
    QVERIFY(server.start());
    QCOMPARE(call(server.webhookUrl() + QStringLiteral("server.time"), server.certificate()).status, 200);
}

void TestSandboxServer::plainPortIsMarkedInsecure()
{
    SandboxServerOptions options;
    options.plainPort = 0;
    SandboxServer server(PortalOptions(), options);
    QSignalSpy served(&server, &SandboxServer::requestServed);
    QVERIFY(server.start());
    QVERIFY(server.plainPort() != 0);
    QVERIFY(server.plainWebhookUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    const Result r = call(server.plainWebhookUrl() + QStringLiteral("server.time"), QSslCertificate());
    QVERIFY(r.status != 0);
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.first().first().toJsonObject().value(QStringLiteral("tls")).toBool(true), false);
}

void TestSandboxServer::invalidFaultSpecFailsStart()
{
    SandboxServerOptions options;
    options.faults = QStringLiteral("explode=1");
    SandboxServer server(PortalOptions(), options);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY(error.contains(QStringLiteral("explode")));
    QVERIFY(!server.isRunning());
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
