#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>

namespace b24 {

// Secrets kept in process memory only: "this session only", the demo, and tests.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, const QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, const QObject *context, Callback done) override;
    void remove(const QString &key, const QObject *context, Callback done) override;

    bool isPersistent() const override { return false; }
    QString displayName() const override;

    bool contains(const QString &key) const { return m_values.contains(key); }
    qsizetype size() const { return m_values.size(); }

private:
    QHash<QString, QString> m_values;
};

} // namespace b24
