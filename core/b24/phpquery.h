#pragma once

#include "b24/batchcommand.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace b24 {

// PHP bracket encoding as the JS SDK's qs sends it (RFC 3986 percent-encoding of keys and values):
// {"filter":{">ID":5}} -> "filter%5B%3EID%5D=5"; arrays indexed ("select%5B0%5D=ID"); booleans
// "true"/"false"; null -> "key="; empty arrays/objects dropped; "$result[a][ID]" stays a plain value
// ("%24result%5Ba%5D%5BID%5D") that the portal decodes back. Keys come in QJsonObject order.
QByteArray encodePhpQuery(const QJsonObject &params);

// "method?query" as one entry of a batch "cmd".
QString batchCommandString(const BatchCommand &command);

// Inverse for tests and fuzzing: PHP parse_str semantics for bracketed keys (values stay strings,
// "[]" appends). Top-level "." / " " are not rewritten.
QJsonObject decodePhpQuery(const QByteArray &query);

} // namespace b24
