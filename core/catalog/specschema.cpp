#include "core/catalog/specschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// The documentation's type (without "[]") as a type the form has an editor for; empty: a JSON editor.
QString formType(const QString &base)
{
    static const QSet<QString> same{u"string"_s,  u"text"_s, u"integer"_s,        u"double"_s,
                                    u"boolean"_s, u"date"_s, u"datetime"_s,       u"user"_s,
                                    u"char"_s,    u"url"_s,  u"crm_multifield"_s, u"crm_currency"_s};
    if (same.contains(base))
        return base;
    if (base == "int"_L1)
        return u"integer"_s;
    if (base == "number"_L1 || base == "float"_L1)
        return u"double"_s;
    if (base == "time"_L1)
        return u"string"_s;
    if (base == "user.id"_L1 || base == "employee"_L1)
        return u"user"_s;
    // Links to other entities by number: catalog_product.id, sale_paysystem.ID, crm_company ...
    if (base.endsWith(".id"_L1, Qt::CaseInsensitive))
        return u"integer"_s;
    if (base == "crm_company"_L1 || base == "crm_contact"_L1 || base == "crm_lead"_L1 ||
        base == "crm_deal"_L1)
        return base;
    return {};
}

QJsonValue sampleOf(const QString &formTypeName)
{
    if (formTypeName == "integer"_L1 || formTypeName == "user"_L1 || formTypeName == "double"_L1 ||
        formTypeName.startsWith("crm_"_L1))
        return 0;
    return u""_s;
}

} // namespace

QList<FieldDescriptor> SpecSchema::params(const MethodSpec &spec)
{
    return descriptors(spec, spec.params);
}

QList<FieldDescriptor> SpecSchema::fieldsParam(const MethodSpec &spec)
{
    for (const SpecParam &param : spec.params) {
        if (param.name.compare("fields"_L1, Qt::CaseInsensitive) != 0 || param.ref.isEmpty())
            continue;
        if (const QList<SpecParam> *fields = spec.def(param.ref))
            return descriptors(spec, *fields);
    }
    return {};
}

QList<FieldDescriptor> SpecSchema::descriptors(const MethodSpec &spec, const QList<SpecParam> &params)
{
    QList<FieldDescriptor> list;
    QSet<QString> seen;
    for (const SpecParam &param : params) {
        // A page may document one name twice (once per variant): the form has one row per key.
        if (param.name.isEmpty() || seen.contains(param.name))
            continue;
        seen.insert(param.name);
        list.append(descriptor(spec, param));
    }
    return list;
}

FieldDescriptor SpecSchema::descriptor(const MethodSpec &spec, const SpecParam &param)
{
    FieldDescriptor d;
    d.name = param.name;
    d.upperName = param.name;
    d.title = param.name;
    d.description = param.description;
    d.isRequired = param.required;
    d.isMultiple = param.isArray();
    const QString base = d.isMultiple ? param.type.chopped(2) : param.type;
    const QList<SpecParam> *nested = param.ref.isEmpty() ? nullptr : spec.def(param.ref);
    if (!param.values.isEmpty()) {
        d.type = u"enumeration"_s;
        for (const auto &[value, title] : param.values)
            d.items.append({value, title.isEmpty() ? value : u"%1 — %2"_s.arg(value, title), false});
    } else if (nested) {
        d.type = param.type;
        d.hint = shapeOf(spec, *nested, d.isMultiple || base == "array"_L1);
        d.isMultiple = false; // the JSON editor takes the whole array
    } else {
        d.type = formType(base);
        if (d.type.isEmpty()) {
            d.type = param.type; // object, array, file, any ...: the JSON editor
            d.isMultiple = false;
        }
    }
    return d;
}

QString SpecSchema::shapeOf(const MethodSpec &spec, const QList<SpecParam> &fields, bool array)
{
    QJsonObject shape;
    for (const SpecParam &field : fields) {
        const QList<SpecParam> *inner = field.ref.isEmpty() ? nullptr : spec.def(field.ref);
        if (inner && inner != &fields) {
            shape.insert(field.name, field.isArray() || field.type == "array"_L1 ? QJsonValue(QJsonArray())
                                                                                 : QJsonValue(QJsonObject()));
            continue;
        }
        const QString base = field.isArray() ? field.type.chopped(2) : field.type;
        const QJsonValue sample =
            field.values.isEmpty() ? sampleOf(formType(base)) : QJsonValue(field.values.first().first);
        shape.insert(field.name, field.isArray() ? QJsonValue(QJsonArray{sample}) : sample);
    }
    const QJsonDocument doc = array ? QJsonDocument(QJsonArray{shape}) : QJsonDocument(shape);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace b24
