#pragma once

#include "core/profiles/historyentry.h"
#include "core/profiles/profile.h"

#include <QString>

#include <optional>

namespace b24 {

class WebhookUrl;

// "Copy as curl" for a history entry (the command itself: CurlCommand).
class HistoryCurl
{
public:
    // An entry of the open profile uses the open webhook; an entry of another profile uses that
    // profile's portal with the secret masked, since its secret is not in memory (revealing it means
    // opening that profile first). Empty, with *why set, when neither is possible.
    static QString forEntry(const HistoryEntry &entry, const QString &openProfileId,
                            const WebhookUrl *openWebhook, const std::optional<Profile> &entryProfile,
                            bool revealSecret, QString *why);
};

} // namespace b24
