#pragma once

#include "core/b24/batchcommand.h"
#include "core/b24/orderedjson.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace b24 {

// PHP bracket encoding (RFC 3986 percent-encoding of keys and values), keys in the order written:
// {"filter":{">ID":5}} -> "filter%5B%3EID%5D=5"; arrays indexed ("select%5B0%5D=ID"); booleans
// 1/0 as PHP's http_build_query sends them (boolean filters take 1/0; "true"/"false" would be
// strings); null -> "key="; empty arrays/objects dropped; "$result[a][ID]" stays a plain value
// ("%24result%5Ba%5D%5BID%5D") that the portal decodes back. A form cannot carry null or an empty
// container: callers that need them must send JSON (formSafe() tells).
QByteArray encodePhpQuery(const OrderedJson &params);

// True when encodePhpQuery keeps the meaning of every value: no null, no empty array or object.
bool formSafe(const OrderedJson &params);

// "method?query" as one entry of a batch "cmd".
QString batchCommandString(const BatchCommand &command);

// Inverse for tests and fuzzing: PHP parse_str semantics for bracketed keys (values stay strings,
// "[]" appends). Top-level "." / " " are not rewritten.
QJsonObject decodePhpQuery(const QByteArray &query);

} // namespace b24
