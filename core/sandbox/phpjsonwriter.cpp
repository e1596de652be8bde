#include "sandbox/phpjsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace b24 {

QByteArray PhpJsonWriter::write(const PhpValue &value)
{
    QByteArray out;
    out.reserve(4096);
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
    case PhpValue::Type::Int: {
        char buf[24];
        const auto res = std::to_chars(buf, buf + sizeof buf, value.toInt());
        out.append(buf, qsizetype(res.ptr - buf));
        return;
    }
    case PhpValue::Type::Double:
        writeDouble(out, value.toDouble());
        return;
    case PhpValue::Type::String:
        writeString(out, value.stringValue());
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

namespace {
// Escapes for the ASCII range: nullptr = copied as is; control characters not named here are
// written as \u00XX below.
struct EscapeTable
{
    const char *text[128] = {};
    constexpr EscapeTable()
    {
        text[int('"')] = "\\u0022";
        text[int('\\')] = "\\\\";
        text[int('/')] = "\\/";
        text[int('<')] = "\\u003C";
        text[int('>')] = "\\u003E";
        text[int('&')] = "\\u0026";
        text[int('\'')] = "\\u0027";
        text[int('\b')] = "\\b";
        text[int('\f')] = "\\f";
        text[int('\n')] = "\\n";
        text[int('\r')] = "\\r";
        text[int('\t')] = "\\t";
    }
};
constexpr EscapeTable escapes;
} // namespace

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
    *p++ = '"';
    const auto *c = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = c + s.size();
    while (c < end) {
        const char16_t u = *c++;
        if (u >= 0x20 && u < 0x80) {
            if (const char *e = escapes.text[u]) {
                while (*e)
                    *p++ = *e++;
            } else {
                *p++ = char(u);
            }
        } else if (u < 0x20 && escapes.text[u]) {
            for (const char *e = escapes.text[u]; *e;)
                *p++ = *e++;
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
