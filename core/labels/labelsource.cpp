#include "core/labels/labelsource.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

std::optional<LabelSource> LabelSource::of(const FieldDescriptor &field)
{
    static const QHash<QString, Kind> byType = {
        {u"crm_status"_s, Kind::Status},
        {u"crm_category"_s, Kind::Category},
        {u"crm_currency"_s, Kind::Currency},
        {u"enumeration"_s, Kind::Enumeration},
        {u"user"_s, Kind::User},
        {u"employee"_s, Kind::User},
        {u"crm_company"_s, Kind::Company},
        {u"crm_contact"_s, Kind::Contact},
        {u"crm_lead"_s, Kind::Lead},
        {u"crm_deal"_s, Kind::Deal},
    };
    const auto found = byType.constFind(field.type.toLower());
    // An answer may give items for a type we do not know: the items make it an enumeration.
    if (found == byType.cend() && field.valueKind() != FieldDescriptor::ValueKind::Enumeration)
        return std::nullopt;
    LabelSource source;
    source.kind = found == byType.cend() ? Kind::Enumeration : *found;
    source.multiple = field.isMultiple;
    if (source.kind == Kind::Status) {
        if (field.statusType.isEmpty())
            return std::nullopt;
        source.statusType = field.statusType;
    }
    if (source.kind == Kind::Enumeration) {
        if (field.items.isEmpty())
            return std::nullopt;
        for (const FieldItem &item : field.items)
            source.items.insert(item.id, item.value);
    }
    return source;
}

bool LabelSource::isReference(Kind kind)
{
    switch (kind) {
    case Kind::User:
    case Kind::Company:
    case Kind::Contact:
    case Kind::Lead:
    case Kind::Deal:
        return true;
    default:
        return false;
    }
}

QString LabelSource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return u"status"_s;
    case Kind::Category:
        return u"category"_s;
    case Kind::Currency:
        return u"currency"_s;
    case Kind::Enumeration:
        return u"enumeration"_s;
    case Kind::User:
        return u"user"_s;
    case Kind::Company:
        return u"company"_s;
    case Kind::Contact:
        return u"contact"_s;
    case Kind::Lead:
        return u"lead"_s;
    case Kind::Deal:
        return u"deal"_s;
    }
    return {};
}

QString LabelSource::bookKey() const
{
    return kind == Kind::Status ? u"status:"_s + statusType : kindName(kind);
}

} // namespace b24
