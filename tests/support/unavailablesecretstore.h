#pragma once

#include "core/secrets/secretstore.h"

namespace b24::test {

// The OS keychain cannot be switched off from a test, so its refusal is played by this store:
// every call fails the way KeychainSecretStore reports "no Secret Service".
class UnavailableSecretStore final : public SecretStore
{
public:
    void read(const QString &, const QObject *context, Callback done) override { refuse(context, done); }
    void write(const QString &, const QString &, const QObject *context, Callback done) override
    {
        refuse(context, done);
    }
    void remove(const QString &, const QObject *context, Callback done) override { refuse(context, done); }
    bool isPersistent() const override { return true; }
    QString displayName() const override { return QStringLiteral("System keychain"); }

private:
    void refuse(const QObject *context, Callback done)
    {
        SecretResult result;
        result.error.kind = SecretError::Kind::Unavailable;
        result.error.message =
            QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        deliver(context, std::move(done), result);
    }
};

} // namespace b24::test
