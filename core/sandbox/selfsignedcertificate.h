#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace b24 {

// A fresh EC P-256 key and a self-signed X.509 certificate for the sandbox's TLS listener.
// SAN: DNS:localhost, IP:127.0.0.1, IP:::1; CA:TRUE so clients can simply add it as a trusted CA.
class SelfSignedCertificate
{
public:
    // Generates key and certificate; isNull() tells whether it worked (errorString() says why not).
    explicit SelfSignedCertificate(const QString &commonName = QStringLiteral("b24-sandbox localhost"),
                                   int validDays = 825);

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    QString errorString() const { return m_error; }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    QByteArray certificatePem() const { return m_certificatePem; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_certificatePem;
    QString m_error;
};

} // namespace b24
