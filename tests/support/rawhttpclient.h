#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>

#include <functional>

// Test client speaking raw HTTP/1.1 bytes over TLS or plain TCP, driven by the event loop so that an
// in-process server on the same thread keeps running while the test waits.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    RawHttpClient();
    // TLS with `trusted` added to the system CAs (verification stays on); waits for the handshake.
    bool connectTls(quint16 port, const QSslCertificate &trusted, int timeoutMs = 5000);
    bool connectPlain(quint16 port, int timeoutMs = 5000);

    void send(const QByteArray &bytes);
    // Waits for one complete response (Content-Length framing) and removes it from the buffer.
    bool readResponse(Response *response, int timeoutMs = 5000);
    // Waits until the server closes the connection.
    bool waitDisconnected(int timeoutMs = 5000);
    bool isConnected() const;

    QByteArray &buffer() { return m_buffer; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QSslSocket &socket() { return m_socket; }

    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
    // Parses one response from the start of `bytes`; returns the bytes it used, 0 when incomplete.
    static qsizetype parseResponse(const QByteArray &bytes, Response *response);

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
    QList<QSslError> m_sslErrors;
    bool m_disconnected = false;
};
