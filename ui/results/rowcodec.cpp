#include "ui/results/rowcodec.h"

#include "core/table/rowflattener.h"

#include <QCborValue>
#include <QJsonArray>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

enum Tag : char
{
    Null,
    False,
    True,
    Integer, // zigzag varint
    Double,  // 8 bytes, host order (the record never leaves the process)
    String,  // varint length, UTF-8
    Cbor,    // varint length, CBOR of a nested object or array
    Undefined,
};

void putVarint(QByteArray *out, quint64 value)
{
    while (value >= 0x80) {
        out->append(char(value | 0x80));
        value >>= 7;
    }
    out->append(char(value));
}

quint64 getVarint(const char *&p)
{
    quint64 value = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = quint8(*p++);
        value |= quint64(byte & 0x7f) << shift;
        if (byte < 0x80)
            return value;
    }
}

// UTF-8 of a QString in one pass over a buffer sized for the worst case (3 bytes per UTF-16 unit).
void putString(QByteArray *out, QStringView text)
{
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            length += 1;
        else if (c < 0x800)
            length += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                 QChar::isLowSurrogate(text[i + 1].unicode()))
            length += 4, ++i;
        else
            length += 3;
    }
    putVarint(out, quint64(length));
    const qsizetype start = out->size();
    out->resize(start + length);
    auto *p = reinterpret_cast<uchar *>(out->data() + start);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            *p++ = uchar(c);
        } else if (c < 0x800) {
            *p++ = uchar(0xc0 | (c >> 6));
            *p++ = uchar(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
            *p++ = uchar(0xf0 | (c >> 18));
            *p++ = uchar(0x80 | ((c >> 12) & 0x3f));
            *p++ = uchar(0x80 | ((c >> 6) & 0x3f));
            *p++ = uchar(0x80 | (c & 0x3f));
        } else {
            *p++ = uchar(0xe0 | (c >> 12));
            *p++ = uchar(0x80 | ((c >> 6) & 0x3f));
            *p++ = uchar(0x80 | (c & 0x3f));
        }
    }
}

void putValue(QByteArray *out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out->append(char(Null));
        return;
    case QJsonValue::Bool:
        out->append(char(value.toBool() ? True : False));
        return;
    case QJsonValue::Double: {
        // Integers parsed from JSON stay integers (IDs beyond 2^53 keep every digit).
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            const qint64 n = number.toInteger();
            out->append(char(Integer));
            putVarint(out, (quint64(n) << 1) ^ quint64(n >> 63));
        } else {
            const double d = value.toDouble();
            out->append(char(Double));
            out->append(reinterpret_cast<const char *>(&d), sizeof d);
        }
        return;
    }
    case QJsonValue::String:
        out->append(char(String));
        putString(out, value.toString());
        return;
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QByteArray cbor = QCborValue::fromJsonValue(value).toCbor();
        out->append(char(Cbor));
        putVarint(out, quint64(cbor.size()));
        out->append(cbor);
        return;
    }
    case QJsonValue::Undefined:
        out->append(char(Undefined));
        return;
    }
}

// Reads the value at p (its tag first) and moves p past it.
QJsonValue getValue(const char *&p)
{
    switch (Tag(*p++)) {
    case Null:
        return QJsonValue(QJsonValue::Null);
    case False:
        return false;
    case True:
        return true;
    case Integer: {
        const quint64 z = getVarint(p);
        return qint64((z >> 1) ^ (~(z & 1) + 1));
    }
    case Double: {
        double d;
        std::memcpy(&d, p, sizeof d);
        p += sizeof d;
        return d;
    }
    case String: {
        const auto length = qsizetype(getVarint(p));
        p += length;
        return QString::fromUtf8(p - length, length);
    }
    case Cbor: {
        const auto length = qsizetype(getVarint(p));
        p += length;
        return QCborValue::fromCbor(QByteArray::fromRawData(p - length, length)).toJsonValue();
    }
    case Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void skipValue(const char *&p)
{
    switch (Tag(*p++)) {
    case Integer:
        getVarint(p);
        return;
    case Double:
        p += sizeof(double);
        return;
    case String:
    case Cbor: {
        const auto length = qsizetype(getVarint(p));
        p += length;
        return;
    }
    default:
        return;
    }
}

// The start of key `id`'s value (its tag) in the record, or nullptr.
const char *seek(QByteArrayView record, int id)
{
    const char *p = record.data();
    const char *end = p + record.size();
    while (p < end) {
        if (int(getVarint(p)) == id)
            return p;
        skipValue(p);
    }
    return nullptr;
}

} // namespace

int RowCodec::Keys::idOf(const QString &key)
{
    const auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_names.size());
    m_names.append(key);
    m_ids.insert(key, id);
    return id;
}

void RowCodec::encode(const QJsonObject &row, Keys *keys, QByteArray *out)
{
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        putVarint(out, quint64(keys->idOf(it.key())));
        putValue(out, it.value());
    }
}

QJsonObject RowCodec::decode(QByteArrayView record, const QStringList &keys)
{
    QJsonObject row;
    const char *p = record.data();
    const char *end = p + record.size();
    while (p < end) {
        const QString &key = keys.at(qsizetype(getVarint(p)));
        row.insert(key, getValue(p));
    }
    return row;
}

QJsonValue RowCodec::find(QByteArrayView record, int id)
{
    const char *p = seek(record, id);
    return p ? getValue(p) : QJsonValue(QJsonValue::Undefined);
}

void RowCodec::forEachValue(QByteArrayView record,
                            const std::function<void(QByteArrayView, const QJsonValue &)> &visit)
{
    const char *p = record.data();
    const char *end = p + record.size();
    while (p < end) {
        getVarint(p); // the key
        if (Tag(*p) == String) {
            ++p;
            const auto length = qsizetype(getVarint(p));
            visit(QByteArrayView(p, length), QJsonValue(QJsonValue::Undefined));
            p += length;
        } else {
            visit(QByteArrayView(), getValue(p));
        }
    }
}

std::optional<QString> RowCodec::findText(QByteArrayView record, int id)
{
    const char *p = seek(record, id);
    if (!p)
        return std::nullopt;
    switch (Tag(*p)) {
    case Null:
    case Undefined:
        return QString();
    case String: {
        ++p;
        const auto length = qsizetype(getVarint(p));
        return QString::fromUtf8(p, length);
    }
    default:
        return RowFlattener::cellText(getValue(p));
    }
}

} // namespace b24
