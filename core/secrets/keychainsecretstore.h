#pragma once

#include "core/secrets/secretstore.h"

namespace QKeychain {
class Job;
}

namespace b24 {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux). The plaintext fallback of
// QtKeychain is never enabled: without a keychain, operations fail with Kind::Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr auto DefaultService = "b24-explorer";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, const QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, const QObject *context, Callback done) override;
    void remove(const QString &key, const QObject *context, Callback done) override;

    bool isPersistent() const override { return true; }
    QString displayName() const override;
    QString service() const { return m_service; }

    // A read cannot tell a missing or locked keyring from a missing entry (both say "not found"), so
    // availability is checked by writing and deleting a sentinel entry. ok() means writes will work.
    void probe(const QObject *context, Callback done);

    // QKeychain::Error code + message -> our kinds. Public for the error-table test.
    static SecretError mapError(int keychainError, const QString &message);

private:
    void start(QKeychain::Job *job, const QObject *context, Callback done);

    QString m_service;
};

} // namespace b24
