#pragma once

#include "ui/main/demosource.h"

class QThread;

namespace b24 {

// "Explore a demo portal": the in-process sandbox portal with seeded data, served from its own
// thread so its work never stalls the window. Composed by the programs that show the window.
class DemoPortal final : public DemoSource
{
    Q_OBJECT
public:
    explicit DemoPortal(QObject *parent = nullptr);
    ~DemoPortal() override;

    void start() override;
    bool isRunning() const override { return !m_webhookUrl.isEmpty(); }
    QString webhookUrl() const override { return m_webhookUrl; }
    QSslCertificate certificate() const override { return m_certificate; }

private:
    void onStarted(const QString &url, const QSslCertificate &certificate, const QString &error);

    QThread *m_thread = nullptr;
    QString m_webhookUrl;
    QSslCertificate m_certificate;
};

} // namespace b24
