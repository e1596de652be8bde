#include "core/secrets/memorysecretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

void MemorySecretStore::read(const QString &key, const QObject *context, Callback done)
{
    SecretResult result;
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        result.error = {SecretError::Kind::NotFound, u"Entry not found"_s, 0};
    else
        result.value = *it;
    deliver(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &value, const QObject *context, Callback done)
{
    m_values.insert(key, value);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, const QObject *context, Callback done)
{
    m_values.remove(key); // removing a missing key succeeds, as in the OS keychain
    deliver(context, std::move(done), {});
}

QString MemorySecretStore::displayName() const
{
    return u"This session only"_s;
}

} // namespace b24
