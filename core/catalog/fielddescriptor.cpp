#include "core/catalog/fielddescriptor.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

FieldDescriptor::ValueKind FieldDescriptor::valueKindOf(const QString &type)
{
    static const QHash<QString, ValueKind> table = {
        {u"string"_s, ValueKind::String},
        {u"char"_s, ValueKind::String},
        {u"text"_s, ValueKind::String},
        {u"url"_s, ValueKind::String},
        {u"address"_s, ValueKind::String},
        {u"location"_s, ValueKind::String},
        {u"integer"_s, ValueKind::Integer},
        {u"int"_s, ValueKind::Integer},
        {u"double"_s, ValueKind::Double},
        {u"float"_s, ValueKind::Double},
        {u"boolean"_s, ValueKind::Boolean},
        {u"bool"_s, ValueKind::Boolean},
        {u"date"_s, ValueKind::Date},
        {u"datetime"_s, ValueKind::DateTime},
        {u"enumeration"_s, ValueKind::Enumeration},
        {u"crm_status"_s, ValueKind::Status},
        {u"crm_multifield"_s, ValueKind::MultiField},
        {u"money"_s, ValueKind::Money},
        {u"file"_s, ValueKind::File},
        {u"diskfile"_s, ValueKind::File},
        {u"user"_s, ValueKind::Reference},
        {u"employee"_s, ValueKind::Reference},
        {u"crm"_s, ValueKind::Reference},
        {u"crm_entity"_s, ValueKind::Reference},
        {u"crm_contact"_s, ValueKind::Reference},
        {u"crm_company"_s, ValueKind::Reference},
        {u"crm_lead"_s, ValueKind::Reference},
        {u"crm_deal"_s, ValueKind::Reference},
        {u"crm_quote"_s, ValueKind::Reference},
        {u"crm_category"_s, ValueKind::Reference},
        {u"crm_currency"_s, ValueKind::Reference},
        {u"iblock_element"_s, ValueKind::Reference},
        {u"iblock_section"_s, ValueKind::Reference},
    };
    return table.value(type.toLower(), ValueKind::Other);
}

FieldDescriptor::ValueKind FieldDescriptor::valueKind() const
{
    // An answer may give items for a type we do not know: the items make it an enumeration.
    const ValueKind kind = valueKindOf(type);
    return kind == ValueKind::Other && !items.isEmpty() ? ValueKind::Enumeration : kind;
}

QString FieldDescriptor::displayTitle() const
{
    const bool titleIsCode = title.isEmpty() || title == name || title == upperName;
    if (titleIsCode && !listLabel.isEmpty())
        return listLabel;
    if (titleIsCode && !formLabel.isEmpty())
        return formLabel;
    return title.isEmpty() ? name : title;
}

} // namespace b24
