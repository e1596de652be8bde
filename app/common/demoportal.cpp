#include "app/common/demoportal.h"

#include "core/sandbox/sandboxserver.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

DemoPortal::DemoPortal(QObject *parent)
    : DemoSource(parent)
{}

DemoPortal::~DemoPortal()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void DemoPortal::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"demo-portal"_s);
    PortalOptions portal;
    portal.data.insert(u"deals"_s, 5000); // enough to feel a list walk, quick to seed
    portal.data.insert(u"contacts"_s, 1000);
    portal.data.insert(u"companies"_s, 200);
    portal.data.insert(u"leads"_s, 1000);
    // Every documented method answers: those the sandbox does not emulate with their documented
    // example, which the window marks as such.
    portal.docsExamples = true;
    // Seeding and serving both happen in the portal's thread; `anchor` gives the lambda that thread.
    auto *anchor = new QObject;
    anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    connect(m_thread, &QThread::started, anchor, [this, anchor, portal] {
        auto *server = new SandboxServer(portal, SandboxServerOptions{}, anchor);
        QString error;
        const bool ok = server->start(&error);
        const QString url = ok ? server->webhookUrl() : QString();
        const QSslCertificate certificate = ok ? server->certificate() : QSslCertificate();
        QMetaObject::invokeMethod(
            this, [this, url, certificate, error] { onStarted(url, certificate, error); },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void DemoPortal::onStarted(const QString &url, const QSslCertificate &certificate, const QString &error)
{
    if (url.isEmpty()) {
        emit failed(error.isEmpty() ? tr("The demo portal could not start.") : error);
        return;
    }
    m_webhookUrl = url;
    m_certificate = certificate;
    emit ready();
}

} // namespace b24
