#include "ui/history/curlcommand.h"

#include "core/b24/redaction.h"
#include "core/b24/webhookurl.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::build(const WebhookUrl &webhook, const QString &method, const OrderedJson &params,
                           bool revealSecret)
{
    const QString url = webhook.methodUrl(method).toString(QUrl::FullyEncoded);
    const QString body = QString::fromUtf8(params.toJson());
    return u"curl -sS -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' --data "_s +
           shellQuote(body) + u' ' + shellQuote(revealSecret ? url : redact(url));
}

QString CurlCommand::forEntry(const HistoryEntry &entry, const QString &openProfileId,
                              const WebhookUrl *openWebhook, const std::optional<Profile> &entryProfile,
                              bool revealSecret, QString *why)
{
    if (openWebhook && (entry.profileId.isEmpty() || entry.profileId == openProfileId))
        return build(*openWebhook, entry.method, entry.params, revealSecret);
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
    return build(other, entry.method, entry.params, false);
}

} // namespace b24
