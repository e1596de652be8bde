#include "core/b24/orderedjson.h"

#include "core/b24/orderedjsondata.h"

#include <QLocale>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

OrderedJson::OrderedJson() = default;
OrderedJson::OrderedJson(std::nullptr_t)
    : m_type(Type::Null)
{}
OrderedJson::OrderedJson(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
{}
OrderedJson::OrderedJson(int value)
    : m_type(Type::Integer)
    , m_integer(value)
{}
OrderedJson::OrderedJson(qint64 value)
    : m_type(Type::Integer)
    , m_integer(value)
{}
OrderedJson::OrderedJson(double value)
    : m_type(Type::Double)
    , m_double(value)
{}
OrderedJson::OrderedJson(const QString &value)
    : m_type(Type::String)
    , m_string(value)
{}
OrderedJson::OrderedJson(const char *value)
    : m_type(Type::String)
    , m_string(QString::fromUtf8(value))
{}

OrderedJson::OrderedJson(Type containerType)
    : m_type(containerType)
    , d(new OrderedJsonData)
{}

OrderedJson::OrderedJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        m_type = Type::Null;
        break;
    case QJsonValue::Bool:
        *this = OrderedJson(value.toBool());
        break;
    case QJsonValue::Double: {
        // QJsonValue keeps integers as qint64 internally; toInteger() gets them back exactly.
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        const bool integral =
            whole != std::numeric_limits<qint64>::min() || value.toDouble() == double(whole);
        *this = integral ? OrderedJson(whole) : OrderedJson(value.toDouble());
        break;
    }
    case QJsonValue::String:
        *this = OrderedJson(value.toString());
        break;
    case QJsonValue::Array:
        *this = OrderedJson(value.toArray());
        break;
    case QJsonValue::Object:
        *this = OrderedJson(value.toObject());
        break;
    case QJsonValue::Undefined:
        break;
    }
}

OrderedJson::OrderedJson(const QJsonObject &value)
    : OrderedJson(Type::Object)
{
    d->keys.reserve(value.size());
    d->values.reserve(value.size());
    for (auto it = value.begin(); it != value.end(); ++it) {
        d->keys.append(it.key());
        d->values.append(OrderedJson(it.value()));
    }
}

OrderedJson::OrderedJson(const QJsonArray &value)
    : OrderedJson(Type::Array)
{
    d->values.reserve(value.size());
    for (const QJsonValue &item : value)
        d->values.append(OrderedJson(item));
}

OrderedJson::OrderedJson(const OrderedJson &other) = default;
OrderedJson::OrderedJson(OrderedJson &&other) noexcept = default;
OrderedJson &OrderedJson::operator=(const OrderedJson &other) = default;
OrderedJson &OrderedJson::operator=(OrderedJson &&other) noexcept = default;
OrderedJson::~OrderedJson() = default;

OrderedJson OrderedJson::object()
{
    return OrderedJson(Type::Object);
}

OrderedJson OrderedJson::array()
{
    return OrderedJson(Type::Array);
}

double OrderedJson::toDouble() const
{
    if (m_type == Type::Integer)
        return double(m_integer);
    return m_type == Type::Double ? m_double : 0.0;
}

QString OrderedJson::toString() const
{
    return m_type == Type::String ? m_string : QString();
}

std::optional<qint64> OrderedJson::toInteger() const
{
    switch (m_type) {
    case Type::Integer:
        return m_integer;
    case Type::Double:
        if (std::isfinite(m_double) && std::floor(m_double) == m_double && std::fabs(m_double) < 9.2e18)
            return qint64(m_double);
        return std::nullopt;
    case Type::String: {
        bool ok = false;
        const qint64 value = m_string.trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(value) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString OrderedJson::numberText() const
{
    if (m_type == Type::Integer)
        return QString::number(m_integer);
    if (const std::optional<qint64> whole = toInteger(); whole && std::fabs(m_double) < 9007199254740992.0)
        return QString::number(*whole);
    return QString::number(m_double, 'g', QLocale::FloatingPointShortest);
}

QJsonValue OrderedJson::toQJsonValue() const
{
    switch (m_type) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return m_bool;
    case Type::Integer:
        return m_integer;
    case Type::Double:
        return m_double;
    case Type::String:
        return m_string;
    case Type::Array: {
        QJsonArray out;
        for (const OrderedJson &item : d->values)
            out.append(item.toQJsonValue());
        return out;
    }
    case Type::Object:
        return toQJsonObject();
    }
    return {};
}

QJsonObject OrderedJson::toQJsonObject() const
{
    QJsonObject out;
    if (m_type != Type::Object)
        return out;
    for (qsizetype i = 0; i < d->keys.size(); ++i)
        out.insert(d->keys.at(i), d->values.at(i).toQJsonValue()); // later duplicates win, as in PHP
    return out;
}

qsizetype OrderedJson::size() const
{
    return (m_type == Type::Array || m_type == Type::Object) ? d->values.size() : 0;
}

QString OrderedJson::keyAt(qsizetype index) const
{
    return m_type == Type::Object ? d->keys.value(index) : QString();
}

const OrderedJson &OrderedJson::at(qsizetype index) const
{
    static const OrderedJson undefined;
    if ((m_type != Type::Array && m_type != Type::Object) || index < 0 || index >= d->values.size())
        return undefined;
    return d->values.at(index);
}

qsizetype OrderedJson::indexOf(QStringView key, Qt::CaseSensitivity cs) const
{
    if (m_type != Type::Object)
        return -1;
    for (qsizetype i = d->keys.size() - 1; i >= 0; --i) {
        if (QStringView(d->keys.at(i)).compare(key, cs) == 0)
            return i;
    }
    return -1;
}

OrderedJson OrderedJson::value(QStringView key) const
{
    const qsizetype index = indexOf(key);
    return index < 0 ? OrderedJson() : d->values.at(index);
}

void OrderedJson::becomeContainer(Type type)
{
    if (m_type == type)
        return;
    *this = OrderedJson(type);
}

void OrderedJson::insert(const QString &key, const OrderedJson &value)
{
    becomeContainer(Type::Object);
    const qsizetype index = indexOf(key);
    if (index >= 0) {
        d->values[index] = value;
        return;
    }
    d->keys.append(key);
    d->values.append(value);
}

void OrderedJson::appendEntry(const QString &key, const OrderedJson &value)
{
    becomeContainer(Type::Object);
    d->keys.append(key);
    d->values.append(value);
}

void OrderedJson::removeAt(qsizetype index)
{
    if ((m_type != Type::Array && m_type != Type::Object) || index < 0 || index >= d->values.size())
        return;
    d->values.removeAt(index);
    if (m_type == Type::Object)
        d->keys.removeAt(index);
}

void OrderedJson::remove(QStringView key, Qt::CaseSensitivity cs)
{
    for (qsizetype index = indexOf(key, cs); index >= 0; index = indexOf(key, cs))
        removeAt(index);
}

void OrderedJson::append(const OrderedJson &item)
{
    becomeContainer(Type::Array);
    d->values.append(item);
}

bool OrderedJson::operator==(const OrderedJson &other) const
{
    if (isNumber() && other.isNumber()) {
        if (m_type == Type::Integer && other.m_type == Type::Integer)
            return m_integer == other.m_integer;
        return toDouble() == other.toDouble();
    }
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Undefined:
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
    case Type::Object:
        return d == other.d || (d->keys == other.d->keys && d->values == other.d->values);
    case Type::Integer:
    case Type::Double:
        break;
    }
    return false;
}

} // namespace b24
