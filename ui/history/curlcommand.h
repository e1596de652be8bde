#pragma once

#include "core/b24/orderedjson.h"
#include "core/profiles/historyentry.h"
#include "core/profiles/profile.h"

#include <QString>

#include <optional>

namespace b24 {

class WebhookUrl;

// "Copy as curl": the call as a shell command. The secret is masked (through redact()) unless the
// user explicitly asks for the real one. The body keeps the parameters' order.
class CurlCommand
{
public:
    static QString build(const WebhookUrl &webhook, const QString &method, const OrderedJson &params,
                         bool revealSecret = false);
    // The command for a history entry. An entry of the open profile uses the open webhook; an
    // entry of another profile uses that profile's portal with the secret masked, since its secret
    // is not in memory (revealing it means opening that profile first). Empty, with *why set, when
    // neither is possible.
    static QString forEntry(const HistoryEntry &entry, const QString &openProfileId,
                            const WebhookUrl *openWebhook, const std::optional<Profile> &entryProfile,
                            bool revealSecret, QString *why);
    // POSIX shell single-quoting.
    static QString shellQuote(const QString &text);
};

} // namespace b24
