#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace b24::fuzz {

// An independent RFC 4180 reader (CRLF records, "" escapes, quoted fields across lines), written
// for the CSV round trip only: it shares no code with the writer it checks.
// Returns false on malformed text (a quote inside an unquoted field, an unterminated quote).
bool readCsv(const QString &text, QChar delimiter, QList<QStringList> *records);

} // namespace b24::fuzz
