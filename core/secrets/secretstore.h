#pragma once

#include "core/secrets/secreterror.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace b24 {

// Asynchronous key -> secret storage. Every callback runs later on the store's thread (never inside the
// call), and only while `context` is alive; pass the object that owns the callback's captures.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, const QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, const QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, const QObject *context, Callback done) = 0;

    // True when secrets survive the end of the process (the OS keychain), false for "this session only".
    virtual bool isPersistent() const = 0;
    // A short name for the UI: "System keychain", "This session only".
    virtual QString displayName() const = 0;

    // "profile/<id>/webhook": the key under which a profile's webhook URL is stored.
    static QString webhookKey(const QString &profileId);

protected:
    // Queues `done(result)` for the next event-loop turn, dropped if `context` died meanwhile.
    void deliver(const QObject *context, Callback done, const SecretResult &result);
};

} // namespace b24
