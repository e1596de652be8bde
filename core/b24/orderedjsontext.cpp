// OrderedJson <-> JSON text. A parser of our own because QJsonDocument loses key order.
#include "core/b24/orderedjson.h"

#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

constexpr int kMaxDepth = 512; // deeper input is refused, not a stack overflow

class Parser
{
public:
    explicit Parser(QByteArrayView text)
        : m_text(text)
    {}

    bool parseDocument(OrderedJson *out)
    {
        skipSpace();
        if (!parseValue(out, 0))
            return false;
        skipSpace();
        if (m_pos != m_text.size())
            return fail("unexpected text after the value");
        return true;
    }

    QString error() const { return u"%1 at offset %2"_s.arg(QString::fromLatin1(m_error)).arg(m_pos); }

private:
    bool fail(const char *what)
    {
        if (!m_error)
            m_error = what;
        return false;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool literal(const char *word, const OrderedJson &value, OrderedJson *out)
    {
        const QByteArrayView expected(word);
        if (m_text.sliced(m_pos).startsWith(expected)) {
            m_pos += expected.size();
            *out = value;
            return true;
        }
        return fail("invalid literal");
    }

    bool parseValue(OrderedJson *out, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nesting too deep");
        switch (peek()) {
        case '{':
            return parseObject(out, depth);
        case '[':
            return parseArray(out, depth);
        case '"': {
            QString text;
            if (!parseString(&text))
                return false;
            *out = OrderedJson(text);
            return true;
        }
        case 't':
            return literal("true", OrderedJson(true), out);
        case 'f':
            return literal("false", OrderedJson(false), out);
        case 'n':
            return literal("null", OrderedJson(nullptr), out);
        case '\0':
            if (atEnd())
                return fail("unexpected end of text");
            return fail("unexpected character");
        default:
            return parseNumber(out);
        }
    }

    bool parseObject(OrderedJson *out, int depth)
    {
        ++m_pos; // '{'
        OrderedJson object = OrderedJson::object();
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            *out = object;
            return true;
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                return fail("expected a key in quotes");
            QString key;
            if (!parseString(&key))
                return false;
            skipSpace();
            if (peek() != ':')
                return fail("expected ':' after a key");
            ++m_pos;
            skipSpace();
            OrderedJson value;
            if (!parseValue(&value, depth + 1))
                return false;
            object.appendEntry(key, value); // duplicates kept: value() reads the last, as PHP does
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                *out = object;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    bool parseArray(OrderedJson *out, int depth)
    {
        ++m_pos; // '['
        OrderedJson array = OrderedJson::array();
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            *out = array;
            return true;
        }
        while (true) {
            skipSpace();
            OrderedJson item;
            if (!parseValue(&item, depth + 1))
                return false;
            array.append(item);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                *out = array;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    bool hex4(char16_t *unit)
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        bool ok = false;
        const uint value = QByteArray(m_text.sliced(m_pos, 4).data(), 4).toUInt(&ok, 16);
        if (!ok)
            return fail("invalid \\u escape");
        m_pos += 4;
        *unit = char16_t(value);
        return true;
    }

    bool parseString(QString *out)
    {
        ++m_pos; // '"'
        QByteArray utf8;
        QString text;
        const auto flush = [&] {
            text += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (true) {
            if (atEnd())
                return fail("unterminated string");
            const char c = m_text.at(m_pos++);
            if (c == '"')
                break;
            if (uchar(c) < 0x20)
                return fail("control character in a string");
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (atEnd())
                return fail("unterminated string");
            const char escape = m_text.at(m_pos++);
            static const char kFrom[] = "\"\\/bfnrt";
            static const char kTo[] = "\"\\/\b\f\n\r\t";
            if (const char *hit = escape ? std::strchr(kFrom, escape) : nullptr) {
                utf8 += kTo[hit - kFrom];
                continue;
            }
            if (escape != 'u')
                return fail("invalid escape in a string");
            char16_t unit = 0;
            if (!hex4(&unit))
                return false;
            flush();
            text += QChar(unit); // surrogate pairs arrive as two escapes and join up in QString
        }
        flush();
        *out = text;
        return true;
    }

    bool parseNumber(OrderedJson *out)
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        const auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - from;
        };
        const qsizetype intDigits = digits();
        if (intDigits == 0)
            return fail("unexpected character");
        if (intDigits > 1 && m_text.at(m_pos - intDigits) == '0')
            return fail("leading zero in a number");
        bool integral = true;
        if (peek() == '.') {
            ++m_pos;
            integral = false;
            if (digits() == 0)
                return fail("digits expected after '.'");
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            integral = false;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (digits() == 0)
                return fail("digits expected in the exponent");
        }
        const QByteArray text(m_text.sliced(start, m_pos - start).data(), m_pos - start);
        bool ok = false;
        if (integral) {
            const qint64 value = text.toLongLong(&ok);
            if (ok) {
                *out = OrderedJson(value);
                return true;
            }
        }
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return fail("number out of range");
        *out = OrderedJson(value);
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    const char *m_error = nullptr;
};

void writeString(QByteArray *out, const QString &text)
{
    *out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            *out += "\\\"";
            break;
        case '\\':
            *out += "\\\\";
            break;
        case '\b':
            *out += "\\b";
            break;
        case '\f':
            *out += "\\f";
            break;
        case '\n':
            *out += "\\n";
            break;
        case '\r':
            *out += "\\r";
            break;
        case '\t':
            *out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                *out += "\\u00";
                *out += QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            } else {
                *out += c;
            }
        }
    }
    *out += '"';
}

// indent < 0: compact.
void write(QByteArray *out, const OrderedJson &value, int indent)
{
    const auto newline = [out](int level) {
        if (level >= 0) {
            *out += '\n';
            *out += QByteArray(4 * level, ' ');
        }
    };
    const int inner = indent < 0 ? -1 : indent + 1;
    switch (value.type()) {
    case OrderedJson::Type::Undefined:
    case OrderedJson::Type::Null:
        *out += "null";
        break;
    case OrderedJson::Type::Bool:
        *out += value.toBool() ? "true" : "false";
        break;
    case OrderedJson::Type::Integer:
    case OrderedJson::Type::Double:
        *out += std::isfinite(value.toDouble()) ? value.numberText().toLatin1() : QByteArray("null");
        break;
    case OrderedJson::Type::String:
        writeString(out, value.toString());
        break;
    case OrderedJson::Type::Array:
        *out += '[';
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (i > 0)
                *out += ',';
            newline(inner);
            write(out, value.at(i), inner);
        }
        if (!value.isEmpty())
            newline(indent);
        *out += ']';
        break;
    case OrderedJson::Type::Object:
        *out += '{';
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (i > 0)
                *out += ',';
            newline(inner);
            writeString(out, value.keyAt(i));
            *out += indent < 0 ? ":" : ": ";
            write(out, value.at(i), inner);
        }
        if (!value.isEmpty())
            newline(indent);
        *out += '}';
        break;
    }
}

} // namespace

OrderedJson OrderedJson::fromJson(QByteArrayView text, QString *error)
{
    Parser parser(text);
    OrderedJson out;
    if (!parser.parseDocument(&out)) {
        if (error)
            *error = parser.error();
        return {};
    }
    if (error)
        error->clear();
    return out;
}

QByteArray OrderedJson::toJson(Format format) const
{
    QByteArray out;
    write(&out, *this, format == Format::Indented ? 0 : -1);
    if (format == Format::Indented)
        out += '\n';
    return out;
}

} // namespace b24
