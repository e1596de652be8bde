#pragma once

#include "core/sandbox/faultinjector.h"
#include "core/sandbox/portaloptions.h"
#include "core/sandbox/requestlog.h"
#include "core/sandbox/sandboxserveroptions.h"

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>

#include <memory>

namespace b24 {

class HttpServer;
class Portal;
class SelfSignedCertificate;

// The sandbox portal on the network: a Portal behind an HTTPS server with a freshly generated
// self-signed certificate, plus latency, fault injection and a request log. Lives on the caller's thread.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const PortalOptions &portalOptions, const SandboxServerOptions &serverOptions = {},
                           QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    // "https://127.0.0.1:PORT/rest/1/SECRET/" (empty until started).
    QString webhookUrl() const;
    // Every webhook's URL: webhookUrl() first, then those of PortalOptions::extraSecrets.
    QStringList webhookUrls() const;
    // Same webhook on the plain-HTTP port, when one is open.
    QString plainWebhookUrl() const;
    quint16 port() const;
    quint16 plainPort() const;
    QSslCertificate certificate() const;
    QByteArray certificatePem() const;

    Portal &portal();
    FaultInjector &faults() { return m_faults; }
    void setLatencyMs(int ms) { m_options.latencyMs = ms; }
    // HTTP requests answered so far (including rejected and faulty ones).
    qint64 requestCount() const { return m_requestCount; }

signals:
    void requestServed(const QJsonObject &logLine);

private:
    HttpReply handle(const HttpRequest &request);
    void onExchanged(const HttpExchange &exchange);
    QString urlFor(const QString &scheme, quint16 port, const QString &path = {}) const;

    SandboxServerOptions m_options;
    std::unique_ptr<Portal> m_portal;
    std::unique_ptr<SelfSignedCertificate> m_certificate;
    HttpServer *m_server = nullptr;
    FaultInjector m_faults;
    RequestLog m_log;
    qint64 m_requestCount = 0;
};

} // namespace b24
