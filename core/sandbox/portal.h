#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/portaloptions.h"

#include <QString>

#include <functional>
#include <memory>

namespace b24 {

class MethodRegistry;

class DataStore;
class PortalPrivate;

// The logic of a local Bitrix24 portal (reference/b24-rest-protocol.md §10): routing, auth and
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
    const PortalOptions &options() const;

    // Time source in milliseconds since the epoch for the limiters and `time` (tests inject it).
    void setClock(std::function<qint64()> nowMs);
    // When stopped, every call answers PORTAL_DELETED.
    void setPortalStopped(bool stopped);

    DataStore &data();
    // The method table: an embedding program (or a test) may add methods of its own.
    MethodRegistry &methods();

private:
    std::unique_ptr<PortalPrivate> d;
};

} // namespace b24
