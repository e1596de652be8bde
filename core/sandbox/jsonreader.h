#pragma once

#include "core/sandbox/phpvalue.h"

#include <QByteArray>

namespace b24 {

// json_decode($body, true): objects become ordered PHP arrays (key order kept, unlike
// QJsonObject, because batch commands run in key order). Invalid input yields ok=false.
class JsonReader
{
public:
    static PhpValue parse(const QByteArray &text, bool *ok = nullptr);

private:
    explicit JsonReader(const QByteArray &text)
        : m_text(text)
    {}
    bool parseValue(PhpValue &out, int depth);
    bool parseString(QString &out);
    bool parseNumber(PhpValue &out);
    void skipSpace();
    bool consume(const char *word);

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace b24
