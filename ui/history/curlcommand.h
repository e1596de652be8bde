#pragma once

#include <QJsonObject>
#include <QString>

namespace b24 {

class WebhookUrl;

// "Copy as curl": the call as a shell command. The secret is masked (through redact()) unless the
// user explicitly asks for the real one.
class CurlCommand
{
public:
    static QString build(const WebhookUrl &webhook, const QString &method, const QJsonObject &params,
                         bool revealSecret = false);
    // POSIX shell single-quoting.
    static QString shellQuote(const QString &text);
};

} // namespace b24
