#include "core/b24/curlcommand.h"

#include "core/b24/batchcommand.h"
#include "core/b24/redaction.h"
#include "core/b24/retrypolicy.h"
#include "core/b24/webhookurl.h"

#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::build(const WebhookUrl &webhook, const QString &method, const OrderedJson &params,
                           bool revealSecret, ApiVersion api)
{
    const QString url = webhook.methodUrl(method, api).toString(QUrl::FullyEncoded);
    // A batch kept whole (history, saved requests) goes out as the portal receives it.
    QList<BatchCommand> commands;
    bool halt = false;
    const bool batch = method.compare(u"batch"_s, Qt::CaseInsensitive) == 0 &&
                       BatchCommand::fromStoredJson(params, &commands, &halt);
    const QByteArray batchBody = api == ApiVersion::V3 ? BatchCommand::requestBodyV3(commands)
                                                       : BatchCommand::requestBody(commands, halt);
    const QString body = QString::fromUtf8(batch ? batchBody : params.toJson());
    // A REST 3.0 write carries a fresh Idempotency-Key, as the client's own call does: running the
    // copied command again (after a lost answer) then changes the portal at most once
    // (docs/protocol.md §11.6). Each copy gets its own key, so it never replays another call's answer.
    QString key;
    if (api == ApiVersion::V3 && !isReadMethod(method, commands))
        key = u"-H "_s +
              shellQuote(u"Idempotency-Key: "_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) + u' ';
    return u"curl -sS -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' "_s + key +
           u"--data "_s + shellQuote(body) + u' ' + shellQuote(revealSecret ? url : redact(url));
}

} // namespace b24
