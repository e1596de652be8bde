#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QString>

namespace b24 {

// Where "Explore a demo portal" gets its portal. The program composes it (the explorer's main
// hands the window the sandbox portal); the window only asks for a webhook and the certificate to
// trust, so ui/ never knows the sandbox. start() answers with ready() or failed().
class DemoSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual bool isRunning() const = 0;
    // Full webhook URL (with its secret): for the session-only secret store and the client only.
    virtual QString webhookUrl() const = 0;
    virtual QSslCertificate certificate() const = 0;

signals:
    void ready();
    void failed(const QString &error);
};

} // namespace b24
