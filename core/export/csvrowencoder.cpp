#include "core/export/csvrowencoder.h"

#include "core/table/columnset.h"
#include "core/table/rowflattener.h"

#include <QCborMap>

#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// QByteArray::append(QByteArray) costs more than the few bytes of a cell are worth.
inline void appendRaw(QByteArray *out, const QByteArray &bytes)
{
    const qsizetype size = out->size();
    if (out->capacity() < size + bytes.size())
        out->reserve(2 * (size + bytes.size()));
    out->resize(size + bytes.size());
    std::memcpy(out->data() + size, bytes.constData(), bytes.size());
}

} // namespace

CsvRowEncoder::CsvRowEncoder(ColumnSet *columns, const CsvOptions &options)
    : m_columns(columns)
    , m_options(options)
    , m_delimiter(QStringView(&options.delimiter, 1).toUtf8())
{}

bool CsvRowEncoder::needsFormulaGuard(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    // A signed number is data, not a formula: keep it a number for the spreadsheet.
    bool isNumber = false;
    (void)text.toDouble(&isNumber);
    return !isNumber;
}

void CsvRowEncoder::appendUtf8(QByteArray *out, QStringView text)
{
    // Worst case 3 bytes per UTF-16 unit; write in place, then trim (capacity is kept).
    const qsizetype start = out->size();
    out->resize(start + 3 * text.size());
    auto *dst = reinterpret_cast<unsigned char *>(out->data() + start);
    const char16_t *src = text.utf16();
    const char16_t *end = src + text.size();
    while (src < end) {
        const char32_t c = *src++;
        if (c < 0x80) {
            *dst++ = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            *dst++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *dst++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c < 0xDC00 && src < end && *src >= 0xDC00 && *src < 0xE000) {
            const char32_t u = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*src++) - 0xDC00);
            *dst++ = static_cast<unsigned char>(0xF0 | (u >> 18));
            *dst++ = static_cast<unsigned char>(0x80 | ((u >> 12) & 0x3F));
            *dst++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3F));
            *dst++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
        } else {
            // A lone surrogate becomes U+FFFD, as QString::toUtf8 does.
            const char32_t u = (c >= 0xD800 && c < 0xE000) ? 0xFFFD : c;
            *dst++ = static_cast<unsigned char>(0xE0 | (u >> 12));
            *dst++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3F));
            *dst++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
        }
    }
    out->resize(reinterpret_cast<char *>(dst) - out->data());
}

void CsvRowEncoder::appendCell(QByteArray *out, QStringView text, QChar delimiter, bool formulaGuard)
{
    const bool guard = formulaGuard && needsFormulaGuard(text);
    // One pass: the cell is written one byte to the right, leaving room for an opening quote
    // that is only known to be needed at the end; quotes are doubled on the way (harmless,
    // since a quote forces quoting anyway).
    const qsizetype start = out->size();
    out->resize(start + 3 * text.size() + 3);
    auto *dst = reinterpret_cast<unsigned char *>(out->data() + start + 1);
    if (guard)
        *dst++ = '\'';
    bool quote = false;
    const char16_t *src = text.utf16();
    const char16_t *end = src + text.size();
    const char16_t delimiterUnit = delimiter.unicode();
    while (src < end) {
        const char32_t c = *src++;
        if (c < 0x80) {
            if (c == delimiterUnit || c == u'"' || c == u'\n' || c == u'\r') {
                quote = true;
                if (c == u'"')
                    *dst++ = '"';
            }
            *dst++ = static_cast<unsigned char>(c);
            continue;
        }
        if (c == delimiterUnit)
            quote = true;
        if (c < 0x800) {
            *dst++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *dst++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c < 0xDC00 && src < end && *src >= 0xDC00 && *src < 0xE000) {
            const char32_t u = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*src++) - 0xDC00);
            *dst++ = static_cast<unsigned char>(0xF0 | (u >> 18));
            *dst++ = static_cast<unsigned char>(0x80 | ((u >> 12) & 0x3F));
            *dst++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3F));
            *dst++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
        } else {
            // A lone surrogate becomes U+FFFD, as QString::toUtf8 does.
            const char32_t u = (c >= 0xD800 && c < 0xE000) ? 0xFFFD : c;
            *dst++ = static_cast<unsigned char>(0xE0 | (u >> 12));
            *dst++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3F));
            *dst++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
        }
    }
    char *base = out->data() + start;
    qsizetype length = reinterpret_cast<char *>(dst) - (base + 1);
    if (quote) {
        base[0] = '"';
        base[length + 1] = '"';
        length += 2;
    } else {
        std::memmove(base, base + 1, length);
    }
    out->resize(start + length);
}

void CsvRowEncoder::appendNumber(QByteArray *out, double value)
{
    char buffer[32];
    std::to_chars_result result{};
    const double magnitude = std::fabs(value);
    if (std::isfinite(value) && std::floor(value) == value && magnitude < 9007199254740992.0) {
        result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<qint64>(value));
    } else if (magnitude >= 1e-3 && magnitude < 1e15) {
        // In this range Qt's shortest 'g' form is the shortest round-trip fixed form.
        result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    } else {
        appendUtf8(out, RowFlattener::numberText(value));
        return;
    }
    out->append(buffer, result.ptr - buffer);
}

qsizetype CsvRowEncoder::columnAt(qsizetype position, QJsonObject::const_iterator it, const QCborValue &key)
{
    if (position < m_keys.size() && m_keys.at(position) == key)
        return m_keyColumns.at(position);
    const qsizetype index = m_columns->add(it.key());
    if (position >= m_keys.size()) {
        m_keys.resize(position + 1);
        m_keyColumns.resize(position + 1);
    }
    m_keys[position] = key;
    m_keyColumns[position] = index;
    return index;
}

QByteArray *CsvRowEncoder::target(qsizetype index)
{
    if (m_direct && index == m_written) {
        if (index > 0)
            appendRaw(m_line, m_delimiter);
        ++m_written;
        return m_line;
    }
    // A column already in the line came again (a later cell wins): redo the row via the slots.
    if (index < m_written)
        m_retry = true;
    m_direct = false;
    if (index >= m_slots.size()) {
        m_slots.resize(m_columns->count());
        m_filled.resize(m_columns->count(), 0);
    }
    m_filled[index] = m_generation;
    QByteArray *bytes = &m_slots[index];
    bytes->resize(0);
    return bytes;
}

void CsvRowEncoder::encodeValue(qsizetype position, QJsonObject::const_iterator it, const QCborValue &key)
{
    const QJsonValueConstRef value = *it;
    const QJsonValue::Type type = value.type();
    if (type == QJsonValue::Object) {
        const QJsonObject object = value.toObject();
        if (!object.isEmpty()) {
            encodeObject(object, it.key());
            return;
        }
    }
    const qsizetype index = columnAt(position, it, key);
    if (index < 0)
        return;
    QByteArray *bytes = target(index);
    switch (type) {
    case QJsonValue::String:
        appendCell(bytes, value.toString(), m_options.delimiter, m_options.formulaGuard);
        return;
    case QJsonValue::Double: {
        const qsizetype start = bytes->size();
        appendNumber(bytes, value.toDouble());
        // Digits, '.', '-' and 'e' only: plain unless the delimiter is one of them.
        if (m_delimiter.size() == 1 && QByteArrayView(*bytes).sliced(start).contains(m_delimiter.front())) {
            const QString text = QString::fromLatin1(QByteArrayView(*bytes).sliced(start));
            bytes->resize(start);
            appendCell(bytes, text, m_options.delimiter, m_options.formulaGuard);
        }
        return;
    }
    case QJsonValue::Bool:
        appendCell(bytes, value.toBool() ? u"true" : u"false", m_options.delimiter, m_options.formulaGuard);
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return;
    default:
        appendCell(bytes, RowFlattener::cellText(QJsonValue(value)), m_options.delimiter,
                   m_options.formulaGuard);
    }
}

void CsvRowEncoder::encodeObject(const QJsonObject &object, const QString &prefix)
{
    // Nested objects are rare in list rows: take the shared flattener for them.
    QList<RowFlattener::Cell> cells;
    RowFlattener::flattenObject(object, prefix, &cells);
    for (const RowFlattener::Cell &cell : cells) {
        const qsizetype index = m_columns->add(cell.column);
        if (index >= 0)
            appendCell(target(index), cell.text, m_options.delimiter, m_options.formulaGuard);
    }
}

qsizetype CsvRowEncoder::encode(const QJsonValue &value, QByteArray *line)
{
    const QJsonObject row = RowFlattener::asObject(value);
    const qsizetype count = encodeRow(row, line, true);
    return m_retry ? encodeRow(row, line, false) : count;
}

qsizetype CsvRowEncoder::encodeRow(const QJsonObject &row, QByteArray *line, bool direct)
{
    ++m_generation;
    line->resize(0);
    m_line = line;
    m_written = 0;
    m_direct = direct;
    m_retry = false;
    // Same column order as RowFlattener::flatten: a scalar ID/id leads, then keys depth first.
    qsizetype position = 0;
    const QCborMap map = QCborMap::fromJsonObject(row); // shares the row's storage, same key order
    auto idIt = row.constEnd();
    for (const QLatin1StringView id : {"ID"_L1, "id"_L1}) {
        const auto it = row.constFind(id);
        if (it != row.constEnd() && !it->isObject()) {
            idIt = it;
            encodeValue(position++, it, (map.constBegin() + (it - row.constBegin())).key());
            break;
        }
    }
    auto cbor = map.constBegin();
    for (auto it = row.constBegin(); it != row.constEnd(); ++it, ++cbor) {
        if (it != idIt)
            encodeValue(position++, it, cbor.key());
    }
    const qsizetype count = m_columns->count();
    if (m_slots.size() < count) {
        m_slots.resize(count);
        m_filled.resize(count, 0);
    }
    // The cells that went to the slots: one copy into the line, sized once.
    qsizetype size = line->size();
    for (qsizetype i = m_written; i < count; ++i)
        size += m_delimiter.size() + (m_filled[i] == m_generation ? m_slots[i].size() : 0);
    line->reserve(size);
    for (qsizetype i = m_written; i < count; ++i) {
        if (i > 0)
            appendRaw(line, m_delimiter);
        if (m_filled[i] == m_generation) {
            appendRaw(line, m_slots[i]);
        } else if (m_columns->isChosen()) {
            // A chosen column that is not a leaf: look the raw value up by path.
            const QString text = RowFlattener::cellText(RowFlattener::valueAt(row, m_columns->names()[i]));
            appendCell(line, text, m_options.delimiter, m_options.formulaGuard);
        }
    }
    m_line = nullptr;
    return count;
}

void CsvRowEncoder::encodeHeader(QByteArray *line) const
{
    line->resize(0);
    const QStringList &names = m_columns->names();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            line->append(m_delimiter);
        appendCell(line, m_options.headerTitles.value(names[i], names[i]), m_options.delimiter,
                   m_options.formulaGuard);
    }
}

} // namespace b24
