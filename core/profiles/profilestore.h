#pragma once

#include "core/profiles/profileerror.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QSettings;

namespace b24 {

class SecretStore;

// Webhook profiles: metadata in QSettings (group "profiles"), the full webhook URL in the keychain.
// When the keychain fails, add() never drops the profile silently: it reports the failure and keeps the
// URL pending until the caller chooses keepForSession(), retryKeychain() or discardPending().
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ProfileResult &)>;
    using UrlCallback = std::function<void(const QString &webhookUrl, const SecretError &error)>;

    // Neither the settings nor the stores are owned; they must outlive this object.
    ProfileStore(QSettings *settings, SecretStore *keychain, SecretStore *session, QObject *parent = nullptr);

    QList<Profile> profiles() const; // saved and session-only, sorted by label
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileByLabel(const QString &label) const; // case-insensitive

    // Parses and validates the URL, then stores the secret. An empty label becomes the portal host.
    void add(const QString &label, const QString &webhookUrl, const QString &plan, const QObject *context,
             Callback done);
    void keepForSession(const QString &pendingId, const QObject *context, Callback done);
    void retryKeychain(const QString &pendingId, const QObject *context, Callback done);
    void discardPending(const QString &pendingId);
    bool hasPending(const QString &pendingId) const { return m_pending.contains(pendingId); }

    bool rename(const QString &id, const QString &label, ProfileError *error = nullptr);
    // Forgets the profile at once, then removes its secret; `done` reports a secret that could not go.
    void remove(const QString &id, const QObject *context, Callback done);
    // The full webhook URL (with the secret), read from where the profile keeps it.
    void webhookUrl(const QString &id, const QObject *context, UrlCallback done);

signals:
    void changed();

private:
    struct Pending
    {
        Profile profile;
        QString url;
    };

    void storeSecret(const QString &pendingId, SecretStore *store, const QObject *context, Callback done);
    void save(const Profile &profile);
    bool labelTaken(const QString &label, const QString &exceptId) const;
    SecretStore *storeFor(const Profile &profile) const;

    QSettings *m_settings;
    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_session;
    QHash<QString, Profile> m_sessionProfiles;
    QHash<QString, Pending> m_pending;
};

} // namespace b24
