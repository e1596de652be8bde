#pragma once

#include "core/b24/apiversion.h"
#include "core/b24/orderedjson.h"

#include <QString>

namespace b24 {

class WebhookUrl;

// "Copy as curl": a call as a shell command, for the explorer's history and `b24-cli --curl`. The
// secret is masked (through redact()) unless the user explicitly asks for the real one. The body
// keeps the parameters' order. A REST 3.0 write gets a fresh Idempotency-Key header.
class CurlCommand
{
public:
    static QString build(const WebhookUrl &webhook, const QString &method, const OrderedJson &params,
                         bool revealSecret = false, ApiVersion api = ApiVersion::V2);
    // POSIX shell single-quoting.
    static QString shellQuote(const QString &text);
};

} // namespace b24
