#include "core/sandbox/phpjsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace b24 {

// The answer under construction, written through a raw pointer: QByteArray's append and resize
// per token were a tenth of a page's cost. reserve(n) guarantees n more bytes.
class PhpJsonWriter::Output
{
public:
    Output() { grow(4096); }
    void reserve(qsizetype n)
    {
        if (m_end - m_at < n)
            grow(n);
    }
    char *&at() { return m_at; }
    void put(char c)
    {
        reserve(1);
        *m_at++ = c;
    }
    void put(const char *text, qsizetype size)
    {
        reserve(size);
        std::memcpy(m_at, text, size_t(size));
        m_at += size;
    }
    template<qsizetype N>
    void put(const char (&text)[N])
    {
        put(text, N - 1);
    }
    QByteArray take()
    {
        m_bytes.resize(m_at - m_bytes.constData());
        return std::move(m_bytes);
    }

private:
    void grow(qsizetype n)
    {
        const qsizetype used = m_at ? m_at - m_bytes.constData() : 0;
        m_bytes.resize(std::max(used + n, 2 * m_bytes.size()));
        m_at = m_bytes.data() + used;
        m_end = m_bytes.data() + m_bytes.size();
    }

    QByteArray m_bytes;
    char *m_at = nullptr;
    char *m_end = nullptr;
};

QByteArray PhpJsonWriter::write(const PhpValue &value)
{
    Output out;
    writeValue(out, value);
    return out.take();
}

void PhpJsonWriter::writeValue(Output &out, const PhpValue &value)
{
    switch (value.type()) {
    case PhpValue::Type::Null:
        out.put("null");
        return;
    case PhpValue::Type::Bool:
        if (value.boolValue())
            out.put("true");
        else
            out.put("false");
        return;
    case PhpValue::Type::Int: {
        out.reserve(24);
        char *&p = out.at();
        p = std::to_chars(p, p + 24, value.toInt()).ptr;
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
        out.put("[]");
        return;
    }
    if (!asObject && value.isList()) {
        out.put('[');
        bool first = true;
        for (const auto &e : value.entries()) {
            if (!first)
                out.put(',');
            first = false;
            writeValue(out, e.value);
        }
        out.put(']');
        return;
    }
    out.put('{');
    bool first = true;
    for (const auto &e : value.entries()) {
        if (!first)
            out.put(',');
        first = false;
        writeString(out, e.key);
        out.put(':');
        writeValue(out, e.value);
    }
    out.put('}');
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

void PhpJsonWriter::writeString(Output &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out.reserve(6 * s.size() + 2); // at most 6 bytes per UTF-16 unit
    char *p = out.at();
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
    out.at() = p;
}

void PhpJsonWriter::writeDouble(Output &out, double v)
{
    if (!std::isfinite(v)) {
        out.put('0');
        return;
    }
    char buf[400]; // fixed notation of the largest double has 309 digits
    const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    out.put(buf, qsizetype(res.ptr - buf));
    if (std::find(buf, res.ptr, '.') == res.ptr)
        out.put(".0"); // PHP >= 7.1 keeps a float a float
}

} // namespace b24
