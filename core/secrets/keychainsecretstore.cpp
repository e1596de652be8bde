#include "core/secrets/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
const QString probeKey = u"probe/availability"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(DefaultService), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::displayName() const
{
    return u"System keychain"_s;
}

SecretError KeychainSecretStore::mapError(int keychainError, const QString &message)
{
    using Kind = SecretError::Kind;
    Kind kind = Kind::Other;
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        kind = Kind::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        kind = Kind::Denied;
        break;
    // On Linux libsecret reports a missing bus or Secret Service as OtherError, never NoBackendAvailable.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        kind = Kind::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        kind = Kind::Other;
        break;
    }
    return {kind, message, keychainError};
}

void KeychainSecretStore::start(QKeychain::Job *job, const QObject *context, Callback done)
{
    job->setInsecureFallback(false); // never plaintext on disk
    job->setAutoDelete(true);
    const QPointer<const QObject> guard(context);
    const bool guarded = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, guarded, done = std::move(done)](QKeychain::Job *j) {
                if (!done || (guarded && !guard))
                    return;
                SecretResult result;
                result.error =
                    mapError(j->error(), j->error() == QKeychain::NoError ? QString() : j->errorString());
                if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(j); reader && result.ok())
                    result.value = reader->textData();
                done(result);
            });
    job->start();
}

void KeychainSecretStore::read(const QString &key, const QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    start(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &value, const QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(value);
    start(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    start(job, context, std::move(done));
}

void KeychainSecretStore::probe(const QObject *context, Callback done)
{
    const QPointer<const QObject> guard(context);
    const bool guarded = context != nullptr;
    write(probeKey, u"b24-explorer keychain probe"_s, this,
          [this, guard, guarded, done = std::move(done)](const SecretResult &written) {
              if (guarded && !guard)
                  return;
              if (!written.ok()) {
                  if (done)
                      done(written);
                  return;
              }
              remove(probeKey, this, [guard, guarded, done](const SecretResult &removed) {
                  if (done && (!guarded || guard))
                      done(removed);
              });
          });
}

} // namespace b24
