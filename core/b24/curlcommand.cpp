#include "core/b24/curlcommand.h"

#include "core/b24/batchcommand.h"
#include "core/b24/redaction.h"
#include "core/b24/webhookurl.h"

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
    return u"curl -sS -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' --data "_s +
           shellQuote(body) + u' ' + shellQuote(revealSecret ? url : redact(url));
}

} // namespace b24
