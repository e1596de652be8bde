#include "tests/fuzz/csvreader.h"

namespace b24::fuzz {

bool readCsv(const QString &text, QChar delimiter, QList<QStringList> *records)
{
    records->clear();
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'"' && field.isEmpty()) {
            ++i;
            for (;;) {
                if (i >= n)
                    return false; // unterminated quote
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < n && text.at(i) != delimiter && text.at(i) != u'\r')
                return false; // text after a closing quote
            continue;
        }
        const QChar c = text.at(i);
        if (c == delimiter) {
            record << field;
            field.clear();
            ++i;
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            record << field;
            field.clear();
            records->append(record);
            record.clear();
            i += 2;
        } else if (c == u'"' || c == u'\r' || c == u'\n') {
            return false; // must have been quoted
        } else {
            field += c;
            ++i;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        return false; // the last record lacks its CRLF
    return true;
}

} // namespace b24::fuzz
