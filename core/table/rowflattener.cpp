#include "core/table/rowflattener.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

const QString kJoin = u", "_s;

QString compactJson(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// Multi-field entries come as {ID, VALUE_TYPE, VALUE, TYPE_ID} (legacy CRM) or camelCase in
// crm.item "fm"; look the key up either way.
QJsonValue field(const QJsonObject &object, QLatin1StringView upper, QLatin1StringView camel)
{
    const auto it = object.constFind(upper);
    return it != object.constEnd() ? *it : object.value(camel);
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return RowFlattener::numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

bool isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject();
}

QString multiFieldText(const QJsonArray &array)
{
    QString text;
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        const QString value = scalarText(field(object, "VALUE"_L1, "value"_L1));
        const QString type = scalarText(field(object, "VALUE_TYPE"_L1, "valueType"_L1));
        if (!text.isEmpty())
            text += kJoin;
        text += type.isEmpty() ? value : value + u" ("_s + type + u')';
    }
    return text;
}

} // namespace

QJsonObject RowFlattener::asObject(const QJsonValue &row)
{
    return row.isObject() ? row.toObject() : QJsonObject{{valueColumn(), row}};
}

QString RowFlattener::numberText(double value)
{
    // JSON numbers are doubles; integral values (IDs, counts) must not grow a ".0" or an exponent.
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool RowFlattener::isMultiField(const QJsonArray &array)
{
    if (array.isEmpty())
        return false;
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            return false;
        const QJsonObject object = entry.toObject();
        const bool hasValue = object.contains("VALUE"_L1) || object.contains("value"_L1);
        const bool hasType = object.contains("VALUE_TYPE"_L1) || object.contains("valueType"_L1) ||
                             object.contains("TYPE_ID"_L1) || object.contains("typeId"_L1);
        if (!hasValue || !hasType)
            return false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isScalar(it.value()))
                return false;
        }
    }
    return true;
}

QString RowFlattener::cellText(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().isEmpty() ? QString() : compactJson(value);
    if (!value.isArray())
        return scalarText(value);
    const QJsonArray array = value.toArray();
    if (isMultiField(array))
        return multiFieldText(array);
    QString text;
    for (const QJsonValue &entry : array) {
        if (!isScalar(entry))
            return compactJson(value);
        if (!text.isEmpty())
            text += kJoin;
        text += scalarText(entry);
    }
    return text;
}

namespace {

// Visits the leaves of `object` depth first: nested non-empty objects become "a.b" columns.
template<typename Visit>
void walk(const QJsonObject &object, const QString &prefix, const QString &skipKey, const Visit &visit)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!skipKey.isNull() && it.key() == skipKey)
            continue;
        const QString column = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().isEmpty())
            walk(value.toObject(), column, QString(), visit);
        else
            visit(column, value);
    }
}

// A row's leaves with "ID"/"id" first: QJsonObject keeps keys sorted, not in wire order, and the
// identifier is the column users look for first.
template<typename Visit>
void walkRow(const QJsonObject &row, const Visit &visit)
{
    for (const QLatin1StringView id : {"ID"_L1, "id"_L1}) {
        const auto it = row.constFind(id);
        if (it != row.constEnd() && !it->isObject()) {
            visit(it.key(), *it);
            walk(row, QString(), it.key(), visit);
            return;
        }
    }
    walk(row, QString(), QString(), visit);
}

} // namespace

void RowFlattener::flattenInto(const QJsonObject &object, const QString &prefix, QList<Cell> *out)
{
    walk(object, prefix, QString(), [out](const QString &column, const QJsonValue &value) {
        out->append({column, cellText(value)});
    });
}

void RowFlattener::flatten(const QJsonObject &row, QList<Cell> *out)
{
    walkRow(row, [out](const QString &column, const QJsonValue &value) {
        out->append({column, cellText(value)});
    });
}

void RowFlattener::columnNames(const QJsonObject &row, QStringList *out)
{
    walkRow(row, [out](const QString &column, const QJsonValue &) { out->append(column); });
}

QJsonValue RowFlattener::valueAt(const QJsonObject &row, const QString &path)
{
    const auto direct = row.constFind(path);
    if (direct != row.constEnd())
        return *direct;
    // Try every split point from the left, so "a.b.c" finds {"a": {"b.c": 1}} and {"a.b": {"c": 1}}.
    qsizetype dot = path.indexOf(u'.');
    while (dot > 0) {
        const auto head = row.constFind(QStringView(path).left(dot));
        if (head != row.constEnd() && head->isObject()) {
            const QJsonValue found = valueAt(head->toObject(), path.mid(dot + 1));
            if (!found.isUndefined())
                return found;
        }
        dot = path.indexOf(u'.', dot + 1);
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace b24
