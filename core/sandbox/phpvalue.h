#pragma once

#include <QString>
#include <QStringBuilder>

#include <memory>
#include <vector>

namespace b24 {

struct PhpEntry;

// A PHP value as the portal sees it: scalars, null, or an ordered array (map) whose keys keep
// their insertion order. Parameters, data rows and responses are all built from it so that the
// JSON writer can reproduce PHP's json_encode (lists for keys 0..n-1, [] when empty).
class PhpValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Int,
        Double,
        String,
        Array,
        Object // serialised as an object even when empty or sequential ({} artefacts)
    };

    PhpValue() = default;
    PhpValue(bool b);
    PhpValue(int i);
    PhpValue(qint64 i);
    PhpValue(double v);
    PhpValue(const QString &s);
    PhpValue(QString &&s);
    PhpValue(const char16_t *s);
    template<typename A, typename B>
    PhpValue(const QStringBuilder<A, B> &s)
        : PhpValue(QString(s))
    {}
    static PhpValue array();
    static PhpValue object();
    static PhpValue list(const std::vector<PhpValue> &items);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isArray() const { return m_type == Type::Array || m_type == Type::Object; }
    bool isString() const { return m_type == Type::String; }
    bool isScalar() const { return !isNull() && !isArray(); }

    // PHP conversions: strval, intval, floatval and truthiness.
    QString toString() const;
    const QString &stringValue() const { return m_string; } // the text of a String, no copy
    qint64 toInt() const;
    double toDouble() const;
    bool isTruthy() const;
    bool boolValue() const { return m_bool; }

    // Array access; keys are strings ("0", "ID"); integer keys are their decimal form.
    int size() const;
    const std::vector<PhpEntry> &entries() const;
    const PhpValue *find(const QString &key) const;
    const PhpValue *findCaseInsensitive(const QString &key) const;
    PhpValue value(const QString &key) const;
    PhpValue &operator[](const QString &key);    // inserts null when missing
    void insert(const QString &key, PhpValue v); // by value: v may live inside *this
    // insert() for a key the caller knows is absent (generated rows, copied subsets): skips the
    // linear key search, which made building a 28-field row quadratic.
    void insertUnique(const QString &key, PhpValue v);
    void reserve(int size);
    void append(PhpValue v); // key = next integer index, like $a[] = v
    bool remove(const QString &key);
    // Keeps entry i when keep[i] is set (keep has size() flags), in one pass, like unset() of the
    // others: the next index stays.
    void keepEntries(const std::vector<char> &keep);
    // True when the keys are exactly "0".."n-1" in order (json_encode writes a list).
    bool isList() const;

    bool operator==(const PhpValue &other) const;

private:
    using Entries = std::vector<PhpEntry>;
    Entries &mutableEntries(); // detaches a shared array before it is written
    void noteKey(const QString &key);

    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    // Shared until written: a 2,500-row batch answer passes through several copies on its way
    // from the table to the JSON writer, and deep copies were most of the sandbox's time.
    std::shared_ptr<Entries> m_entries;
    qint64 m_nextIndex = 0;
};

struct PhpEntry
{
    QString key;
    PhpValue value;
};

} // namespace b24
