#pragma once

#include <QChar>
#include <QHash>
#include <QString>

namespace b24 {

// How CSV is written. The defaults suit a spreadsheet: RFC 4180, comma, CRLF, a header row,
// and the formula-injection guard on.
struct CsvOptions
{
    QChar delimiter = u',';
    bool byteOrderMark = false; // UTF-8 BOM, so Excel reads Cyrillic right
    bool header = true;
    // A cell starting with = + - @ TAB or CR is prefixed with ' so a spreadsheet shows it as text
    // instead of running it (plain numbers such as -12.5 are left alone).
    bool formulaGuard = true;
    // Header cells: a column named here is headed by this title instead of its code.
    QHash<QString, QString> headerTitles;
};

} // namespace b24
