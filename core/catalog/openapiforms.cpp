#include "core/catalog/openapiforms.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

void fillItems(FieldDescriptor &d, const QStringList &values)
{
    for (const QString &value : values)
        d.items.append({value, value, false});
}

} // namespace

QString OpenApiForms::formType(const QString &type, const QString &format)
{
    if (type == "integer"_L1)
        return u"integer"_s;
    if (type == "number"_L1)
        return u"double"_s;
    if (type == "string"_L1)
        return format == "date-time"_L1 ? u"datetime"_s : format == "date"_L1 ? u"date"_s : u"string"_s;
    return {}; // boolean, object, array, unknown: the JSON editor
}

FieldDescriptor OpenApiForms::descriptor(const OpenApiField &field)
{
    FieldDescriptor d;
    d.name = field.name;
    d.upperName = field.name;
    d.title = field.title.isEmpty() ? field.name : field.title;
    d.description = field.description;
    d.isRequired = field.required;
    d.isReadOnly = field.readOnly;
    if (!field.enumValues.isEmpty() && field.type != "array"_L1 && field.type != "boolean"_L1) {
        d.type = u"enumeration"_s;
        fillItems(d, field.enumValues);
        return d;
    }
    d.type = formType(field.type, field.format);
    if (d.type.isEmpty()) {
        d.type = field.type.isEmpty() ? u"json"_s : field.type;
        d.hint = field.type == "boolean"_L1 ? u"true"_s : field.type == "array"_L1 ? u"[]"_s : QString();
    }
    return d;
}

FieldDescriptor OpenApiForms::descriptor(const OpenApiParam &param)
{
    OpenApiField field;
    field.name = param.name;
    field.type = param.type;
    field.format = param.format;
    field.description = param.description;
    field.enumValues = param.enumValues;
    field.required = param.required;
    FieldDescriptor d = descriptor(field);
    if (param.type == "array"_L1 && !param.itemType.isEmpty() && param.itemType != "object"_L1) {
        // A list of scalars: the form's multiple editor, one value a line.
        d.type = param.enumValues.isEmpty() ? formType(param.itemType, {}) : u"enumeration"_s;
        if (d.type.isEmpty())
            d.type = u"array"_s;
        else
            d.isMultiple = true;
        if (!param.enumValues.isEmpty())
            fillItems(d, param.enumValues);
    }
    if (param.type == "object"_L1 && !param.fields.isEmpty()) {
        QStringList keys;
        for (const OpenApiField &f : param.fields)
            if (!f.readOnly)
                keys.append(u"\"%1\": …"_s.arg(f.name));
        d.hint = u"{"_s + keys.join(u", "_s) + u'}';
    }
    return d;
}

QList<FieldDescriptor> OpenApiForms::params(const OpenApiMethod &method)
{
    QList<FieldDescriptor> list;
    for (const OpenApiParam &p : method.params)
        list.append(descriptor(p));
    return list;
}

QList<FieldDescriptor> OpenApiForms::fields(const OpenApiMethod &method)
{
    const OpenApiParam *param = method.param(u"fields"_s);
    QList<OpenApiField> source = param ? param->fields : QList<OpenApiField>();
    if (source.isEmpty() && param && method.entity)
        source = method.entity->fields;
    QList<FieldDescriptor> list;
    for (const OpenApiField &f : source)
        list.append(descriptor(f));
    return list;
}

} // namespace b24
