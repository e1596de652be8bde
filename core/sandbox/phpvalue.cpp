#include "core/sandbox/phpvalue.h"

namespace b24 {

PhpValue::PhpValue(bool b)
    : m_type(Type::Bool)
    , m_bool(b)
{}
PhpValue::PhpValue(int i)
    : m_type(Type::Int)
    , m_int(i)
{}
PhpValue::PhpValue(qint64 i)
    : m_type(Type::Int)
    , m_int(i)
{}
PhpValue::PhpValue(double v)
    : m_type(Type::Double)
    , m_double(v)
{}
PhpValue::PhpValue(const QString &s)
    : m_type(Type::String)
    , m_string(s)
{}
PhpValue::PhpValue(QString &&s)
    : m_type(Type::String)
    , m_string(std::move(s))
{}
PhpValue::PhpValue(const char16_t *s)
    : m_type(Type::String)
    , m_string(QString::fromUtf16(s))
{}

PhpValue PhpValue::array()
{
    PhpValue v;
    v.m_type = Type::Array;
    return v;
}

PhpValue PhpValue::object()
{
    PhpValue v;
    v.m_type = Type::Object;
    return v;
}

PhpValue PhpValue::list(const std::vector<PhpValue> &items)
{
    PhpValue v = array();
    for (const auto &item : items)
        v.append(item);
    return v;
}

QString PhpValue::toString() const
{
    switch (m_type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return m_bool ? QStringLiteral("1") : QString();
    case Type::Int:
        return QString::number(m_int);
    case Type::Double:
        return QString::number(m_double, 'g', 17);
    case Type::String:
        return m_string;
    case Type::Array:
    case Type::Object:
        return QStringLiteral("Array");
    }
    return {};
}

qint64 PhpValue::toInt() const
{
    switch (m_type) {
    case Type::Bool:
        return m_bool ? 1 : 0;
    case Type::Int:
        return m_int;
    case Type::Double:
        return qint64(m_double);
    case Type::String: {
        // intval: leading whitespace, optional sign, digits; the rest is ignored.
        const QString s = m_string.trimmed();
        int i = 0;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
            ++i;
        while (i < s.size() && s[i].isDigit())
            ++i;
        return s.left(i).toLongLong();
    }
    case Type::Array:
    case Type::Object:
        return entries().empty() ? 0 : 1;
    case Type::Null:
        break;
    }
    return 0;
}

double PhpValue::toDouble() const
{
    if (m_type == Type::Double)
        return m_double;
    if (m_type == Type::String) {
        bool ok = false;
        const double v = m_string.trimmed().toDouble(&ok);
        return ok ? v : double(toInt());
    }
    return double(toInt());
}

bool PhpValue::isTruthy() const
{
    switch (m_type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int != 0;
    case Type::Double:
        return m_double != 0;
    case Type::String:
        return !m_string.isEmpty() && m_string != u"0";
    case Type::Array:
    case Type::Object:
        return !entries().empty();
    }
    return false;
}

int PhpValue::size() const
{
    return int(entries().size());
}

const std::vector<PhpEntry> &PhpValue::entries() const
{
    static const Entries empty;
    return m_entries ? *m_entries : empty;
}

PhpValue::Entries &PhpValue::mutableEntries()
{
    if (!m_entries)
        m_entries = std::make_shared<Entries>();
    else if (m_entries.use_count() > 1)
        m_entries = std::make_shared<Entries>(*m_entries);
    return *m_entries;
}

const PhpValue *PhpValue::find(const QString &key) const
{
    for (const auto &e : entries())
        if (e.key == key)
            return &e.value;
    return nullptr;
}

const PhpValue *PhpValue::findCaseInsensitive(const QString &key) const
{
    if (const PhpValue *exact = find(key))
        return exact;
    for (const auto &e : entries())
        if (e.key.compare(key, Qt::CaseInsensitive) == 0)
            return &e.value;
    return nullptr;
}

PhpValue PhpValue::value(const QString &key) const
{
    const PhpValue *v = find(key);
    return v ? *v : PhpValue();
}

PhpValue &PhpValue::operator[](const QString &key)
{
    if (!isArray())
        *this = array();
    for (auto &e : mutableEntries())
        if (e.key == key)
            return e.value;
    insert(key, PhpValue());
    return m_entries->back().value;
}

void PhpValue::insert(const QString &key, PhpValue v)
{
    if (!isArray())
        *this = array();
    for (auto &e : mutableEntries()) {
        if (e.key == key) {
            e.value = std::move(v);
            return;
        }
    }
    insertUnique(key, std::move(v));
}

void PhpValue::insertUnique(const QString &key, PhpValue v)
{
    Q_ASSERT(!find(key));
    if (!isArray())
        *this = array();
    Entries &entries = mutableEntries();
    noteKey(key);
    entries.push_back({key, std::move(v)});
}

void PhpValue::noteKey(const QString &key)
{
    // Only a canonical decimal key moves the next index; most keys are names ("ID", "TITLE").
    if (key.isEmpty() || key.front() < u'0' || key.front() > u'9')
        return;
    bool numeric = false;
    const qint64 n = key.toLongLong(&numeric);
    if (numeric && n >= m_nextIndex && QString::number(n) == key)
        m_nextIndex = n + 1;
}

void PhpValue::reserve(int size)
{
    if (!isArray())
        *this = array();
    mutableEntries().reserve(size_t(size));
}

void PhpValue::append(PhpValue v)
{
    // The next index is above every integer key, so the key is new.
    insertUnique(QString::number(m_nextIndex), std::move(v));
}

bool PhpValue::remove(const QString &key)
{
    if (!find(key))
        return false;
    Entries &entries = mutableEntries();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->key == key) {
            entries.erase(it);
            return true;
        }
    }
    return false;
}

namespace {
// key == QString::number(n), without building the number (isList runs on every written array).
bool isDecimalKey(const QString &key, size_t n)
{
    char digits[24];
    int len = 0;
    do {
        digits[len++] = char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    if (key.size() != len)
        return false;
    for (int i = 0; i < len; ++i)
        if (key[i] != QLatin1Char(digits[len - 1 - i]))
            return false;
    return true;
}
} // namespace

void PhpValue::keepEntries(const std::vector<char> &keep)
{
    if (!isArray() || entries().empty())
        return;
    Entries &list = mutableEntries();
    Q_ASSERT(keep.size() == list.size());
    size_t kept = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        if (!keep[i])
            continue;
        if (kept != i)
            list[kept] = std::move(list[i]);
        ++kept;
    }
    list.erase(list.begin() + qsizetype(kept), list.end());
}

bool PhpValue::isList() const
{
    if (m_type != Type::Array)
        return false;
    const Entries &list = entries();
    for (size_t i = 0; i < list.size(); ++i)
        if (!isDecimalKey(list[i].key, i))
            return false;
    return true;
}

bool PhpValue::operator==(const PhpValue &o) const
{
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == o.m_bool;
    case Type::Int:
        return m_int == o.m_int;
    case Type::Double:
        return m_double == o.m_double;
    case Type::String:
        return m_string == o.m_string;
    case Type::Array:
    case Type::Object:
        break;
    }
    const Entries &a = entries(), &b = o.entries();
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].key != b[i].key || !(a[i].value == b[i].value))
            return false;
    return true;
}

} // namespace b24
