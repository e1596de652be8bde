#include "core/sandbox/jsonreader.h"

#include <cstring>

namespace b24 {

PhpValue JsonReader::parse(const QByteArray &text, bool *ok)
{
    JsonReader reader(text);
    PhpValue value;
    bool good = reader.parseValue(value, 0);
    reader.skipSpace();
    good = good && reader.m_pos == text.size();
    if (ok)
        *ok = good;
    return good ? value : PhpValue();
}

void JsonReader::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

bool JsonReader::consume(const char *word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (m_text.mid(m_pos, n) != word)
        return false;
    m_pos += n;
    return true;
}

bool JsonReader::parseValue(PhpValue &out, int depth)
{
    if (depth > 512) // PHP's default json_decode depth
        return false;
    skipSpace();
    if (m_pos >= m_text.size())
        return false;
    const char c = m_text[m_pos];
    if (c == '{' || c == '[') {
        const bool isObject = c == '{';
        const char close = isObject ? '}' : ']';
        ++m_pos;
        out = PhpValue::array();
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == close) {
            ++m_pos;
            return true;
        }
        for (;;) {
            QString key;
            if (isObject) {
                skipSpace();
                if (!parseString(key))
                    return false;
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                    return false;
                ++m_pos;
            }
            PhpValue item;
            if (!parseValue(item, depth + 1))
                return false;
            if (isObject)
                out.insert(key, item);
            else
                out.append(item);
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == close) {
                ++m_pos;
                return true;
            }
            return false;
        }
    }
    if (c == '"') {
        QString s;
        if (!parseString(s))
            return false;
        out = PhpValue(s);
        return true;
    }
    if (consume("true")) {
        out = PhpValue(true);
        return true;
    }
    if (consume("false")) {
        out = PhpValue(false);
        return true;
    }
    if (consume("null")) {
        out = PhpValue();
        return true;
    }
    return parseNumber(out);
}

bool JsonReader::parseString(QString &out)
{
    if (m_pos >= m_text.size() || m_text[m_pos] != '"')
        return false;
    ++m_pos;
    QByteArray utf8;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos++];
        if (c == '"') {
            out += QString::fromUtf8(utf8);
            return true;
        }
        if (uchar(c) < 0x20)
            return false;
        if (c != '\\') {
            utf8 += c;
            continue;
        }
        if (m_pos >= m_text.size())
            return false;
        const char e = m_text[m_pos++];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            utf8 += e;
            break;
        case 'b':
            utf8 += '\b';
            break;
        case 'f':
            utf8 += '\f';
            break;
        case 'n':
            utf8 += '\n';
            break;
        case 'r':
            utf8 += '\r';
            break;
        case 't':
            utf8 += '\t';
            break;
        case 'u': {
            bool ok = false;
            const uint unit = m_text.mid(m_pos, 4).toUInt(&ok, 16);
            if (!ok || m_pos + 4 > m_text.size())
                return false;
            m_pos += 4;
            out += QString::fromUtf8(utf8);
            utf8.clear();
            out += QChar(char16_t(unit)); // surrogate halves pair up in QString
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool JsonReader::parseNumber(PhpValue &out)
{
    const qsizetype start = m_pos;
    bool isFloat = false;
    if (m_pos < m_text.size() && m_text[m_pos] == '-')
        ++m_pos;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c >= '0' && c <= '9') {
            ++m_pos;
        } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
            isFloat = true;
            ++m_pos;
        } else {
            break;
        }
    }
    const QByteArray text = m_text.mid(start, m_pos - start);
    bool ok = false;
    if (!isFloat) {
        const qint64 i = text.toLongLong(&ok);
        if (ok) {
            out = PhpValue(i);
            return true;
        }
    }
    const double d = text.toDouble(&ok);
    if (!ok)
        return false;
    out = PhpValue(d);
    return true;
}

} // namespace b24
