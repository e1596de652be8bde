#include "sandbox/phpjsonwriter.h"

#include <charconv>
#include <cmath>

namespace b24 {

QByteArray PhpJsonWriter::write(const PhpValue &value)
{
    QByteArray out;
    out.reserve(256);
    writeValue(out, value);
    return out;
}

void PhpJsonWriter::writeValue(QByteArray &out, const PhpValue &value)
{
    switch (value.type()) {
    case PhpValue::Type::Null:
        out += "null";
        return;
    case PhpValue::Type::Bool:
        out += value.boolValue() ? "true" : "false";
        return;
    case PhpValue::Type::Int:
        out += QByteArray::number(value.toInt());
        return;
    case PhpValue::Type::Double:
        writeDouble(out, value.toDouble());
        return;
    case PhpValue::Type::String:
        writeString(out, value.toString());
        return;
    case PhpValue::Type::Array:
    case PhpValue::Type::Object:
        break;
    }
    const bool asObject = value.type() == PhpValue::Type::Object;
    if (!asObject && value.size() == 0) {
        out += "[]";
        return;
    }
    if (!asObject && value.isList()) {
        out += '[';
        bool first = true;
        for (const auto &e : value.entries()) {
            if (!first)
                out += ',';
            first = false;
            writeValue(out, e.value);
        }
        out += ']';
        return;
    }
    out += '{';
    bool first = true;
    for (const auto &e : value.entries()) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, e.key);
        out += ':';
        writeValue(out, e.value);
    }
    out += '}';
}

void PhpJsonWriter::writeString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\u0022";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'/':
            out += "\\/";
            continue;
        case u'<':
            out += "\\u003C";
            continue;
        case u'>':
            out += "\\u003E";
            continue;
        case u'&':
            out += "\\u0026";
            continue;
        case u'\'':
            out += "\\u0027";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (u >= 0x20 && u < 0x80) {
            out += char(u);
        } else {
            // PHP writes lower-case hex for control and non-ASCII characters (UTF-16 units).
            out += "\\u";
            out += hex[(u >> 12) & 0xF];
            out += hex[(u >> 8) & 0xF];
            out += hex[(u >> 4) & 0xF];
            out += hex[u & 0xF];
        }
    }
    out += '"';
}

void PhpJsonWriter::writeDouble(QByteArray &out, double v)
{
    if (!std::isfinite(v)) {
        out += '0';
        return;
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    QByteArray text(buf, int(res.ptr - buf));
    if (!text.contains('.'))
        text += ".0"; // PHP >= 7.1 keeps a float a float
    out += text;
}

} // namespace b24
