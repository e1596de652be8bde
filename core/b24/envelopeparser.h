#pragma once

#include "core/b24/apiversion.h"
#include "core/b24/callresult.h"

namespace b24 {

// Pure: turns a status + body into a CallResult (rawBody and httpStatus set too). Never crashes.
// - an "error" key (any value, even "" or "0"; also the v3 {code,message} form) => Kind::Portal,
//   whatever the status;
// - 3xx => Kind::Redirect (the caller fills redirectTarget);
// - a non-envelope body with status >= 400 => Kind::Http with that status;
// - a 2xx that is not a JSON object with "result" => Kind::UnexpectedAnswer "ERROR_UNEXPECTED_ANSWER";
//   under V3 a JSON object without "result" is the result itself (a bare OpenAPI document).
// A V3 error keeps its `validation` entries (ApiError::validation).
CallResult parseEnvelope(int httpStatus, const QByteArray &body, const QString &method,
                         ApiVersion api = ApiVersion::V2);

// Lenient integer from a JSON number or numeric string; nullopt when absent/invalid/out of range.
std::optional<qint64> jsonToInt64(const QJsonValue &value);

} // namespace b24
