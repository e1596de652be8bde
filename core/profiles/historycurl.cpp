#include "core/profiles/historycurl.h"

#include "core/b24/batchcommand.h"
#include "core/b24/curlcommand.h"
#include "core/b24/redaction.h"
#include "core/b24/webhookurl.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString HistoryCurl::forEntry(const HistoryEntry &entry, const QString &openProfileId,
                              const WebhookUrl *openWebhook, const std::optional<Profile> &entryProfile,
                              bool revealSecret, QString *why)
{
    if (openWebhook && (entry.profileId.isEmpty() || entry.profileId == openProfileId))
        return CurlCommand::build(*openWebhook, entry.method, entry.params, revealSecret, entry.api);
    // Only the portal and user are known here; the placeholder secret is masked like any other.
    const WebhookUrl other = entryProfile ? WebhookUrl::fromParts(entryProfile->portalOrigin,
                                                                  entryProfile->userId, u"0000000000000000"_s)
                                          : WebhookUrl();
    if (!other.isValid()) {
        *why = QCoreApplication::translate("b24::CurlCommand",
                                           "The webhook this call was made with is no longer saved.");
        return {};
    }
    if (revealSecret) {
        *why = QCoreApplication::translate(
                   "b24::CurlCommand",
                   "This call was made with another webhook (%1): open it first to copy its secret.")
                   .arg(entryProfile->label);
        return {};
    }
    return CurlCommand::build(other, entry.method, entry.params, false, entry.api);
}

} // namespace b24
