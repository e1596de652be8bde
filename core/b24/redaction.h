#pragma once

#include <QString>

namespace b24 {

// The mask that replaces a secret everywhere.
QString redactionMask(); // "••••"

// THE one redaction function. Replaces the secret segment of any "/rest/{digits}/{secret}"
// (also "/rest/api/...", JSON-escaped "\/" and percent-encoded "%2F" separators) and every
// registered secret (raw, percent-encoded and percent-decoded forms) with redactionMask().
// Every log line, error text, history entry, title and curl export goes through it.
QString redact(const QString &text);

// Thread-safe registry of secrets to scrub from any text. Secrets shorter than 6 characters are
// not registered (they would mask ordinary words); the path pattern still catches them in URLs.
void registerSecret(const QString &secret);
void unregisterSecret(const QString &secret);

} // namespace b24
