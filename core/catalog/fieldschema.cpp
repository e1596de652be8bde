#include "core/catalog/fieldschema.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Flags come as JSON booleans, but older answers use "Y"/"N" or 0/1.
bool flag(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = v.toString().toUpper();
    return s == u"Y"_s || s == u"1"_s || s == u"TRUE"_s;
}

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString();
}

bool looksLikeFieldMap(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (!(v.isString() || (v.isObject() && v.toObject().contains(u"type"_s))))
            return false;
    }
    return true;
}

} // namespace

QString FieldSchema::toUpperName(const QString &name)
{
    QString out;
    out.reserve(name.size() + 8);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const QChar prev = i > 0 ? name.at(i - 1) : QChar();
        // A word starts at an upper-case letter after a lower-case one, or at a digit after a letter.
        const bool boundary =
            i > 0 && prev != u'_' && ((c.isUpper() && prev.isLower()) || (c.isDigit() && prev.isLetter()));
        if (boundary)
            out += u'_';
        out += c.toUpper();
    }
    return out;
}

FieldDescriptor FieldSchema::parseField(const QString &name, const QJsonValue &value)
{
    FieldDescriptor f;
    f.name = name;
    if (value.isString()) { // user.fields: name -> title
        f.title = value.toString();
        f.upperName = name;
        return f;
    }
    const QJsonObject o = value.toObject();
    f.type = o.value(u"type"_s).toString();
    f.isRequired = flag(o, u"isRequired"_s);
    f.isReadOnly = flag(o, u"isReadOnly"_s);
    f.isImmutable = flag(o, u"isImmutable"_s);
    f.isMultiple = flag(o, u"isMultiple"_s);
    f.isDynamic = flag(o, u"isDynamic"_s);
    f.title = o.value(u"title"_s).toString();
    f.listLabel = o.value(u"listLabel"_s).toString();
    f.formLabel = o.value(u"formLabel"_s).toString();
    f.filterLabel = o.value(u"filterLabel"_s).toString();
    f.statusType = o.value(u"statusType"_s).toString();
    f.settings = o.value(u"settings"_s).toObject();
    f.upperName = o.value(u"upperName"_s).toString();
    if (f.upperName.isEmpty())
        f.upperName = toUpperName(name);
    for (const QJsonValue &item : o.value(u"items"_s).toArray()) {
        const QJsonObject io = item.toObject();
        f.items.append({text(io.value(u"ID"_s)), text(io.value(u"VALUE"_s)), flag(io, u"DEF"_s)});
    }
    return f;
}

std::optional<FieldSchema> FieldSchema::parse(const QJsonValue &answer, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!answer.isObject())
        return fail(u"a *.fields answer must be a JSON object"_s);
    QJsonObject map = answer.toObject();
    if (map.contains(u"error"_s))
        return fail(u"the portal answered an error: "_s + map.value(u"error"_s).toVariant().toString());
    if (map.contains(u"result"_s) && !looksLikeFieldMap(map))
        map = map.value(u"result"_s).toObject();
    if (map.size() == 1 && map.value(u"fields"_s).isObject())
        map = map.value(u"fields"_s).toObject(); // crm.item.fields: result.fields
    if (!looksLikeFieldMap(map))
        return fail(u"not a field map: every value must be a field description or a title"_s);

    FieldSchema schema;
    bool anyLower = false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        FieldDescriptor f = parseField(it.key(), it.value());
        anyLower = anyLower || f.name != f.name.toUpper();
        schema.m_fields.append(std::move(f));
    }
    schema.m_camelCase = anyLower;
    return schema;
}

const FieldDescriptor *FieldSchema::field(const QString &name) const
{
    for (const FieldDescriptor &f : m_fields) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0 ||
            f.upperName.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

QList<FieldDescriptor> FieldSchema::requiredFields() const
{
    QList<FieldDescriptor> out;
    std::copy_if(m_fields.begin(), m_fields.end(), std::back_inserter(out),
                 [](const FieldDescriptor &f) { return f.isRequired; });
    return out;
}

QList<FieldDescriptor> FieldSchema::userFields() const
{
    QList<FieldDescriptor> out;
    std::copy_if(m_fields.begin(), m_fields.end(), std::back_inserter(out),
                 [](const FieldDescriptor &f) { return f.isDynamic; });
    return out;
}

} // namespace b24
