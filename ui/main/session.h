#pragma once

#include "core/b24/b24hook.h"

#include <QObject>
#include <QSslCertificate>

#include <memory>

namespace b24 {

class DemoPortal;
class ProfileStore;

// The portal the window currently talks to: a saved profile (its URL read from the secret store)
// or the demo portal. Owns the B24Hook; the window only asks it for the hook.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(ProfileStore *profiles, QObject *parent = nullptr);
    ~Session() override;

    void openProfile(const QString &profileId);
    // Starts the in-process sandbox with seeded data and connects to it, trusting its certificate.
    void openDemo();
    // Connects with a URL that is at hand (the demo, a check before saving). Returns false and
    // says why when the URL breaks a rule.
    bool openUrl(const QString &label, const QString &webhookUrl, const QList<QSslCertificate> &trusted = {},
                 const QString &profileId = {});
    void close();
    // Certificates trusted in addition to the system store when a saved profile is opened
    // (a private CA, the sandbox in tests).
    void setTrustedCertificates(const QList<QSslCertificate> &certificates) { m_profileTrust = certificates; }

    B24Hook *hook() const { return m_hook.get(); }
    QString label() const { return m_label; }
    QString profileId() const { return m_profileId; }
    bool isDemo() const { return m_demoActive; }
    DemoPortal *demo() const { return m_demo; }
    // Client options of the open hook: its trusted certificates (the demo's) and its profile's plan.
    ClientOptions clientOptions() const { return m_options; }

signals:
    void opening(const QString &label);
    void hookChanged();
    void failed(const QString &message);

private:
    ClientOptions optionsFor(const QList<QSslCertificate> &trusted, const QString &profileId) const;

    ProfileStore *m_profiles;
    DemoPortal *m_demo = nullptr;
    std::unique_ptr<B24Hook> m_hook;
    ClientOptions m_options;
    QList<QSslCertificate> m_profileTrust;
    QString m_label;
    QString m_profileId;
    bool m_demoActive = false;
};

} // namespace b24
