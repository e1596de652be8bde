#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QString>

class QThread;

namespace b24 {

// "Explore a demo portal": the in-process sandbox portal with seeded data, served from its own
// thread so its work never stalls the window. start() answers with ready() or failed().
class DemoPortal : public QObject
{
    Q_OBJECT
public:
    explicit DemoPortal(QObject *parent = nullptr);
    ~DemoPortal() override;

    // Rows per entity of the demo data (deals, contacts, ...); defaults suit a quick look.
    void setDealCount(int deals) { m_deals = deals; }
    void start();
    bool isRunning() const { return !m_webhookUrl.isEmpty(); }
    // Full webhook URL (with its secret): for the session-only secret store and the client only.
    QString webhookUrl() const { return m_webhookUrl; }
    QSslCertificate certificate() const { return m_certificate; }

signals:
    void ready();
    void failed(const QString &error);

private:
    void onStarted(const QString &url, const QSslCertificate &certificate, const QString &error);

    QThread *m_thread = nullptr;
    QString m_webhookUrl;
    QSslCertificate m_certificate;
    int m_deals = 5000;
};

} // namespace b24
