#pragma once

#include <QDateTime>
#include <QString>

namespace b24 {

// A saved webhook: everything but the secret, which lives in a SecretStore under
// SecretStore::webhookKey(id).
struct Profile
{
    enum class SecretLocation
    {
        Keychain, // persisted in the OS keychain
        Session   // kept in memory for this session only (no keychain); the profile is not saved either
    };

    QString id; // a UUID without braces
    QString label;
    QString portalOrigin; // "https://host[:port]"
    qint64 userId = 0;
    QString plan; // "standard", "enterprise", "unlimited" (free text kept as given)
    // A PEM file of CAs trusted for this portal besides the system's (a company CA, a TLS-inspecting
    // proxy): b24-cli's --cacert. Not a secret. Verification itself never turns off.
    QString caFile;
    QDateTime created;
    SecretLocation secretLocation = SecretLocation::Keychain;

    // "https://host/rest/1/••••/": what titles and lists show.
    QString redactedUrl() const;
    bool isSessionOnly() const { return secretLocation == SecretLocation::Session; }
};

} // namespace b24
