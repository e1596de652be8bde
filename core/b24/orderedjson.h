#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSharedDataPointer>
#include <QString>

#include <cstddef>
#include <optional>

namespace b24 {

class OrderedJsonData;

// A JSON value whose objects keep their keys in the order written. QJsonObject sorts keys, but
// the portal reads `order` keys by priority and runs a batch's commands in the order it receives
// them (docs/lists.md), so parameters travel as OrderedJson from the user to the wire.
// Objects keep duplicate keys as parsed; value() answers the last one, as PHP's json_decode does.
// Implicitly shared: copies are cheap until one of them changes.
class OrderedJson
{
public:
    enum class Type
    {
        Undefined,
        Null,
        Bool,
        Integer,
        Double,
        String,
        Array,
        Object
    };

    OrderedJson();
    OrderedJson(std::nullptr_t);
    OrderedJson(bool value);
    OrderedJson(int value);
    OrderedJson(qint64 value);
    OrderedJson(double value);
    OrderedJson(const QString &value);
    OrderedJson(const char *value);
    // From Qt's JSON types: object keys in QJsonObject's (sorted) order.
    OrderedJson(const QJsonValue &value);
    OrderedJson(const QJsonObject &value);
    OrderedJson(const QJsonArray &value);
    OrderedJson(const OrderedJson &other);
    OrderedJson(OrderedJson &&other) noexcept;
    OrderedJson &operator=(const OrderedJson &other);
    OrderedJson &operator=(OrderedJson &&other) noexcept;
    ~OrderedJson();

    static OrderedJson object();
    static OrderedJson array();
    // Parses JSON text (RFC 8259); on failure returns Undefined and sets *error (with the byte offset).
    static OrderedJson fromJson(QByteArrayView text, QString *error = nullptr);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Integer || m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_type == Type::Bool && m_bool; }
    double toDouble() const;
    QString toString() const; // the string of a String, else empty
    // An integer, or a string or double holding one exactly ("37", 37.0); nullopt otherwise.
    std::optional<qint64> toInteger() const;
    // Number text as PHP prints it (integers exactly, other numbers shortest round-trip).
    QString numberText() const;

    QJsonValue toQJsonValue() const;
    QJsonObject toQJsonObject() const; // {} unless an object
    enum class Format
    {
        Compact,
        Indented // four spaces a level, one entry a line, as QJsonDocument::Indented
    };
    // JSON text, keys in order. Undefined writes as null.
    QByteArray toJson(Format format = Format::Compact) const;

    // Entries of an object or items of an array (0 for anything else).
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    QString keyAt(qsizetype index) const; // objects only
    const OrderedJson &at(qsizetype index) const;
    // Index of the last entry named `key`, or -1.
    qsizetype indexOf(QStringView key, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool contains(QStringView key, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return indexOf(key, cs) >= 0;
    }
    // The last entry named `key`; Undefined when absent or not an object.
    OrderedJson value(QStringView key) const;

    // Objects: replaces the last entry of that name in place, else appends. A non-object becomes one.
    void insert(const QString &key, const OrderedJson &value);
    // Objects: appends even when the key exists (parsed text may repeat a key).
    void appendEntry(const QString &key, const OrderedJson &value);
    void removeAt(qsizetype index);
    // Removes every entry named `key`.
    void remove(QStringView key, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    // Arrays: appends. A non-array becomes one.
    void append(const OrderedJson &item);

    // Same type, same values, same keys in the same order.
    bool operator==(const OrderedJson &other) const;
    bool operator!=(const OrderedJson &other) const { return !(*this == other); }

private:
    explicit OrderedJson(Type containerType);
    void becomeContainer(Type type);

    Type m_type = Type::Undefined;
    bool m_bool = false;
    qint64 m_integer = 0;
    double m_double = 0;
    QString m_string;
    QSharedDataPointer<OrderedJsonData> d; // keys and values of containers
};

} // namespace b24
