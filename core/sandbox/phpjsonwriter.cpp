#include "sandbox/phpjsonwriter.h"

#include <algorithm>
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
    // Written in place: at most 6 bytes per UTF-16 unit, capacity grown geometrically so that
    // resizing within it never reallocates (per-character appends were a hot spot).
    const qsizetype begin = out.size();
    const qsizetype needed = begin + 6 * s.size() + 2;
    if (out.capacity() < needed)
        out.reserve(std::max(needed, 2 * out.capacity()));
    out.resize(needed);
    char *p = out.data() + begin;
    const auto put = [&p](const char *text) {
        while (*text)
            *p++ = *text++;
    };
    *p++ = '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            put("\\u0022");
            continue;
        case u'\\':
            put("\\\\");
            continue;
        case u'/':
            put("\\/");
            continue;
        case u'<':
            put("\\u003C");
            continue;
        case u'>':
            put("\\u003E");
            continue;
        case u'&':
            put("\\u0026");
            continue;
        case u'\'':
            put("\\u0027");
            continue;
        case u'\b':
            put("\\b");
            continue;
        case u'\f':
            put("\\f");
            continue;
        case u'\n':
            put("\\n");
            continue;
        case u'\r':
            put("\\r");
            continue;
        case u'\t':
            put("\\t");
            continue;
        default:
            break;
        }
        if (u >= 0x20 && u < 0x80) {
            *p++ = char(u);
        } else {
            // PHP writes lower-case hex for control and non-ASCII characters (UTF-16 units).
            *p++ = '\\';
            *p++ = 'u';
            *p++ = hex[(u >> 12) & 0xF];
            *p++ = hex[(u >> 8) & 0xF];
            *p++ = hex[(u >> 4) & 0xF];
            *p++ = hex[u & 0xF];
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
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
