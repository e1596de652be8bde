#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace b24 {

// The compact form of one result row: per key its number in a per-result key dictionary, a type
// tag and the value (strings as UTF-8, integers as varints, doubles as 8 bytes, nested objects and
// arrays as CBOR). About two thirds of the row's JSON text, a fraction of a QJsonObject, and
// lossless: decode() gives back the object (integers stay integers, key order is the object's).
class RowCodec
{
public:
    // Key numbers of one result, shared by all its rows; grows as new keys appear.
    class Keys
    {
    public:
        const QStringList &names() const { return m_names; }
        int idOf(const QString &key);

    private:
        QStringList m_names;
        QHash<QString, int> m_ids;
    };

    // Appends the record of `row` to `out`, adding new keys to `keys`.
    static void encode(const QJsonObject &row, Keys *keys, QByteArray *out);
    static QJsonObject decode(QByteArrayView record, const QStringList &keys);
    // The value of key number `id` in the record; Undefined when absent.
    static QJsonValue find(QByteArrayView record, int id);
    // The cell text of key number `id` under RowFlattener::cellText's rules, without building a
    // QJsonValue for scalars (the painting path).
    // Calls visit(utf8, value) for each value of the record: a string as its UTF-8 bytes (value
    // Undefined), anything else as a QJsonValue (utf8 null) — strings without a QString.
    static void forEachValue(QByteArrayView record,
                             const std::function<void(QByteArrayView utf8, const QJsonValue &value)> &visit);
    // nullopt when the key is absent.
    static std::optional<QString> findText(QByteArrayView record, int id);
};

} // namespace b24
