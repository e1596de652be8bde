#include "core/sandbox/sandboxserver.h"

#include "core/sandbox/httpserver.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/selfsignedcertificate.h"

namespace b24 {

namespace {

// Keeps the fault sequence independent of the portal's own use of the seed.
constexpr quint64 kFaultSeedSalt = 0x5eedfa17ULL;

} // namespace

SandboxServer::SandboxServer(const PortalOptions &portalOptions, const SandboxServerOptions &serverOptions,
                             QObject *parent)
    : QObject(parent)
    , m_options(serverOptions)
    , m_portal(std::make_unique<Portal>(portalOptions))
    , m_faults(portalOptions.seed ^ kFaultSeedSalt)
{
    m_faults.setSlowDelayMs(m_options.slowFaultMs);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    stop();
    if (!m_faults.setSpec(m_options.faults, error))
        return false;
    if (!m_certificate) {
        m_certificate = std::make_unique<SelfSignedCertificate>();
        if (m_certificate->isNull()) {
            if (error)
                *error = m_certificate->errorString();
            m_certificate.reset();
            return false;
        }
    }
    if (!m_options.logFile.isEmpty() && !m_log.open(m_options.logFile, error))
        return false;

    HttpServerOptions httpOptions;
    httpOptions.idleTimeoutMs = m_options.idleTimeoutMs;
    httpOptions.limits = m_options.limits;
    m_server = new HttpServer([this](const HttpRequest &r) { return handle(r); }, httpOptions, this);
    connect(m_server, &HttpServer::exchanged, this, &SandboxServer::onExchanged);
    const bool listening =
        m_server->listenTls(m_options.listenAddress, m_options.port, m_certificate->certificate(),
                            m_certificate->privateKey(), error) &&
        (m_options.plainPort < 0 ||
         m_server->listenPlain(m_options.listenAddress, quint16(m_options.plainPort), error));
    if (!listening) {
        stop();
        return false;
    }
    return true;
}

void SandboxServer::stop()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server->disconnect(this);
        m_server = nullptr;
    }
    m_log.close();
}

bool SandboxServer::isRunning() const
{
    return m_server && m_server->isListening();
}

quint16 SandboxServer::port() const
{
    return m_server ? m_server->tlsPort() : 0;
}

quint16 SandboxServer::plainPort() const
{
    return m_server ? m_server->plainPort() : 0;
}

QString SandboxServer::urlFor(const QString &scheme, quint16 port, const QString &path) const
{
    if (port == 0)
        return {};
    const QHostAddress &a = m_options.listenAddress;
    QString host;
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a.isNull())
        host = QStringLiteral("127.0.0.1");
    else if (a == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (a.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + a.toString() + QLatin1Char(']');
    else
        host = a.toString();
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(port) +
           (path.isEmpty() ? m_portal->webhookPath() : path);
}

QString SandboxServer::webhookUrl() const
{
    return urlFor(QStringLiteral("https"), port());
}

QStringList SandboxServer::webhookUrls() const
{
    QStringList urls;
    for (const QString &path : m_portal->webhookPaths())
        urls << urlFor(QStringLiteral("https"), port(), path);
    return urls;
}

QString SandboxServer::plainWebhookUrl() const
{
    return urlFor(QStringLiteral("http"), plainPort());
}

QSslCertificate SandboxServer::certificate() const
{
    return m_certificate ? m_certificate->certificate() : QSslCertificate();
}

QByteArray SandboxServer::certificatePem() const
{
    return m_certificate ? m_certificate->certificatePem() : QByteArray();
}

Portal &SandboxServer::portal()
{
    return *m_portal;
}

HttpReply SandboxServer::handle(const HttpRequest &request)
{
    HttpReply reply;
    const FaultInjector::Kind fault = m_faults.decide();
    if (!FaultInjector::replacesResponse(fault))
        reply.response = m_portal->handle(request);
    m_faults.apply(fault, &reply);
    // Every delay is portal time: under --time-scale N the answer comes N times sooner.
    const double scale = m_portal->options().timeScale > 0 ? m_portal->options().timeScale : 1;
    reply.delayMs = int((reply.delayMs + m_options.latencyMs + reply.response.handlerMs) / scale);
    return reply;
}

void SandboxServer::onExchanged(const HttpExchange &exchange)
{
    ++m_requestCount;
    const QJsonObject line = RequestLog::lineFor(exchange);
    m_log.write(line);
    emit requestServed(line);
}

} // namespace b24
