#pragma once

#include "core/sandbox/httpmessage.h"
#include "core/sandbox/portaloptions.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace b24 {

class MethodRegistry;

class DataStore;
class PortalPrivate;

// The logic of a local Bitrix24 portal (docs/protocol.md §10): routing, auth and
// scope checks, PHP-style parameters and JSON, envelopes, lists, batch and limiters.
// handle() is synchronous and fast; the class is not thread-safe (call it from one thread).
class Portal
{
public:
    explicit Portal(const PortalOptions &options);
    ~Portal();
    Portal(const Portal &) = delete;
    Portal &operator=(const Portal &) = delete;

    // Answers one HTTP request; any path, method or body is accepted (errors become envelopes).
    HttpResponse handle(const HttpRequest &request);

    QString secret() const;
    int userId() const;
    // "/rest/{userId}/{secret}/" — the server prefixes scheme, host and port.
    QString webhookPath() const;
    // Every webhook the portal accepts: webhookPath() first, then one per extra secret.
    QStringList webhookPaths() const;
    const PortalOptions &options() const;

    // Time source in milliseconds since the epoch for the limiters and `time` (tests inject it;
    // by default the system clock, scaled when PortalOptions::timeScale is set).
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const; // the portal's time now (Unix milliseconds)
    // When stopped, every call answers PORTAL_DELETED.
    void setPortalStopped(bool stopped);

    DataStore &data();
    // The method table: an embedding program (or a test) may add methods of its own.
    MethodRegistry &methods();

private:
    HttpResponse answer(const HttpRequest &request); // the JSON answer

    std::unique_ptr<PortalPrivate> d;
};

} // namespace b24
