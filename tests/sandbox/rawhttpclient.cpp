#include "tests/sandbox/rawhttpclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QThread>

QByteArray RawHttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first == name)
            return h.second;
    return {};
}

RawHttpClient::RawHttpClient()
{
    QObject::connect(&m_socket, &QSslSocket::readyRead, [this] { m_buffer += m_socket.readAll(); });
    QObject::connect(&m_socket, &QSslSocket::disconnected, [this] { m_disconnected = true; });
    QObject::connect(&m_socket, &QSslSocket::sslErrors,
                     [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

bool RawHttpClient::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

bool RawHttpClient::connectTls(quint16 port, const QSslCertificate &trusted, int timeoutMs)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!trusted.isNull())
        conf.addCaCertificates(QList<QSslCertificate>{trusted});
    m_socket.setSslConfiguration(conf);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return waitUntil([this] { return m_socket.isEncrypted() || m_disconnected || !m_sslErrors.isEmpty(); },
                     timeoutMs) &&
           m_socket.isEncrypted();
}

bool RawHttpClient::connectPlain(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_disconnected; },
                     timeoutMs) &&
           m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

bool RawHttpClient::readResponse(Response *response, int timeoutMs)
{
    qsizetype used = 0;
    waitUntil(
        [&] {
            used = parseResponse(m_buffer, response);
            return used > 0 || m_disconnected;
        },
        timeoutMs);
    if (used == 0)
        used = parseResponse(m_buffer, response);
    if (used == 0)
        return false;
    m_buffer.remove(0, used);
    return true;
}

bool RawHttpClient::waitDisconnected(int timeoutMs)
{
    return waitUntil([this] { return m_disconnected; }, timeoutMs);
}

bool RawHttpClient::isConnected() const
{
    return !m_disconnected && m_socket.state() == QAbstractSocket::ConnectedState;
}

qsizetype RawHttpClient::parseResponse(const QByteArray &bytes, Response *response)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    const QList<QByteArray> lines = bytes.left(headEnd).split('\n');
    Response r;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    r.status = statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (r.status == 100) {
        *response = r;
        return headEnd + 4;
    }
    if (bytes.size() < headEnd + 4 + length)
        return 0;
    r.body = bytes.mid(headEnd + 4, length);
    *response = r;
    return headEnd + 4 + length;
}
