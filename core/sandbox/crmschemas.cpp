#include "core/sandbox/crmschemas.h"
#include <QHash>
#include <cstring>
#include <span>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Names, types and flags follow the crm.{lead,deal,contact,company}.fields fixtures
// (tests/data/fixtures/SOURCES.md).
const CrmSchemas::Row catalog[] = {
    {u"ID", u"integer", "O", u"", "LDCM", u"ID"},
    {u"TITLE", u"string", "R", u"", "LM", u"Name"},
    {u"COMPANY_TYPE", u"crm_status", "", u"COMPANY_TYPE", "M", u"Company Type"},
    {u"LOGO", u"file", "", u"", "M", u"Logo"},
    {u"HONORIFIC", u"crm_status", "", u"HONORIFIC", "LC", u"Salutation"},
    {u"NAME", u"string", "", u"", "L", u"First Name"},
    {u"SECOND_NAME", u"string", "", u"", "L", u"Middle Name"},
    {u"LAST_NAME", u"string", "", u"", "L", u"Last Name"},
    {u"NAME", u"string", "R", u"", "C", u"First Name"},
    {u"SECOND_NAME", u"string", "R", u"", "C", u"Middle Name"},
    {u"LAST_NAME", u"string", "R", u"", "C", u"Last Name"},
    {u"PHOTO", u"file", "", u"", "C", u"Photo"},
    {u"BIRTHDATE", u"date", "", u"", "LC", u"Birthdate"},
    {u"COMPANY_TITLE", u"string", "", u"", "L", u"Company Name"},
    {u"TYPE_ID", u"crm_status", "", u"CONTACT_TYPE", "C", u"Contact Type"},
    {u"TITLE", u"string", "", u"", "D", u"Title"},
    {u"TYPE_ID", u"crm_status", "", u"DEAL_TYPE", "D", u"Type"},
    {u"CATEGORY_ID", u"crm_category", "I", u"", "D", u"Sales Funnel"},
    {u"STAGE_ID", u"crm_status", "", u"DEAL_STAGE", "D", u"Deal Stage"},
    {u"STAGE_SEMANTIC_ID", u"string", "O", u"", "D", u"Stage Group"},
    {u"IS_NEW", u"char", "O", u"", "D", u"New Deal"},
    {u"IS_RECURRING", u"char", "", u"", "D", u"Recurring Deal"},
    {u"IS_RETURN_CUSTOMER", u"char", "", u"", "D", u"Repeat Deal"},
    {u"IS_REPEATED_APPROACH", u"char", "", u"", "D", u"Repeated Approach"},
    {u"PROBABILITY", u"integer", "", u"", "D", u"Probability"},
    {u"CURRENCY_ID", u"crm_currency", "", u"", "LDM", u"Currency"},
    {u"REVENUE", u"double", "", u"", "M", u"Annual Revenue"},
    {u"OPPORTUNITY", u"double", "", u"", "LD", u"Amount"},
    {u"IS_MANUAL_OPPORTUNITY", u"char", "", u"", "LD", u"IS_MANUAL_OPPORTUNITY"},
    {u"TAX_VALUE", u"double", "", u"", "D", u"Tax Rate"},
    {u"COMPANY_ID", u"crm_company", "", u"", "LD", u"Company"},
    {u"CONTACT_ID", u"crm_contact", "X", u"", "LD", u"Contact"},
    {u"CONTACT_IDS", u"crm_contact", "M", u"", "LD", u"Contacts"},
    {u"IS_RETURN_CUSTOMER", u"char", "O", u"", "L", u"Repeat Lead"},
    {u"DATE_CLOSED", u"datetime", "O", u"", "L", u"Completion Date"},
    {u"QUOTE_ID", u"crm_quote", "O", u"", "D", u"Estimate"},
    {u"BEGINDATE", u"date", "", u"", "D", u"Start Date"},
    {u"CLOSEDATE", u"date", "", u"", "D", u"Close Date"},
    {u"OPENED", u"char", "", u"", "LDCM", u"Available to All"},
    {u"EXPORT", u"char", "", u"", "C", u"Participates in Contact Export"},
    {u"HAS_PHONE", u"char", "O", u"", "LCM", u"Phone Set"},
    {u"HAS_EMAIL", u"char", "O", u"", "LCM", u"E-mail Set"},
    {u"HAS_IMOL", u"char", "O", u"", "LCM", u"Open Line Set"},
    {u"IS_MY_COMPANY", u"char", "", u"", "M", u"My Company"},
    {u"CLOSED", u"char", "", u"", "D", u"Closed"},
    {u"COMMENTS", u"string", "", u"", "LDCM", u"Comment"},
    {u"ASSIGNED_BY_ID", u"user", "", u"", "LDCM", u"Responsible"},
    {u"CREATED_BY_ID", u"user", "O", u"", "LDCM", u"Created By"},
    {u"MODIFY_BY_ID", u"user", "O", u"", "LDCM", u"Modified By"},
    {u"MOVED_BY_ID", u"user", "O", u"", "LD", u"MOVED_BY_ID"},
    {u"DATE_CREATE", u"datetime", "O", u"", "LDCM", u"Creation Date"},
    {u"DATE_MODIFY", u"datetime", "O", u"", "LDCM", u"Modification Date"},
    {u"CONTACT_ID", u"crm_contact", "M", u"", "M", u"Contact"},
    {u"COMPANY_ID", u"crm_company", "X", u"", "C", u"Company"},
    {u"COMPANY_IDS", u"crm_company", "M", u"", "C", u"COMPANY_IDS"},
    {u"MOVED_TIME", u"datetime", "O", u"", "LD", u"MOVED_TIME"},
    {u"SOURCE_ID", u"crm_status", "", u"SOURCE", "LDC", u"Source"},
    {u"SOURCE_DESCRIPTION", u"string", "", u"", "LDC", u"Additional Info about Source"},
    {u"STATUS_ID", u"crm_status", "", u"STATUS", "L", u"Status"},
    {u"STATUS_DESCRIPTION", u"string", "", u"", "L", u"Additional Info about Status"},
    {u"STATUS_SEMANTIC_ID", u"string", "O", u"", "L", u"Status Group"},
    {u"POST", u"string", "", u"", "LC", u"Position"},
    {u"ADDRESS", u"string", "", u"", "LCM", u"Address"},
    {u"ADDRESS_2", u"string", "", u"", "LCM", u"Address (Line 2)"},
    {u"ADDRESS_CITY", u"string", "", u"", "LCM", u"City"},
    {u"ADDRESS_POSTAL_CODE", u"string", "", u"", "LCM", u"Postal Code"},
    {u"ADDRESS_REGION", u"string", "", u"", "LCM", u"Region"},
    {u"ADDRESS_PROVINCE", u"string", "", u"", "LCM", u"Province"},
    {u"ADDRESS_COUNTRY", u"string", "", u"", "LCM", u"Country"},
    {u"ADDRESS_COUNTRY_CODE", u"string", "", u"", "LCM", u"Country Code"},
    {u"ADDRESS_LOC_ADDR_ID", u"integer", "", u"", "LCM", u"Location Address ID"},
    {u"ADDRESS_LEGAL", u"string", "", u"", "M", u"Legal Address"},
    {u"REG_ADDRESS", u"string", "", u"", "M", u"Legal Address"},
    {u"REG_ADDRESS_2", u"string", "", u"", "M", u"Legal Address (line 2)"},
    {u"REG_ADDRESS_CITY", u"string", "", u"", "M", u"Legal Address City"},
    {u"REG_ADDRESS_POSTAL_CODE", u"string", "", u"", "M", u"Legal Address Postal Code"},
    {u"REG_ADDRESS_REGION", u"string", "", u"", "M", u"Legal Address Region"},
    {u"REG_ADDRESS_PROVINCE", u"string", "", u"", "M", u"Legal Address Province"},
    {u"REG_ADDRESS_COUNTRY", u"string", "", u"", "M", u"Legal Address Country"},
    {u"REG_ADDRESS_COUNTRY_CODE", u"string", "", u"", "M", u"Legal Address Country Code"},
    {u"REG_ADDRESS_LOC_ADDR_ID", u"integer", "", u"", "M", u"Legal Address Location ID"},
    {u"BANKING_DETAILS", u"string", "", u"", "M", u"Banking Details"},
    {u"INDUSTRY", u"crm_status", "", u"INDUSTRY", "M", u"Industry"},
    {u"EMPLOYEES", u"crm_status", "", u"EMPLOYEES", "M", u"Number of Employees"},
    {u"LEAD_ID", u"crm_lead", "O", u"", "DCM", u"Lead"},
    {u"ADDITIONAL_INFO", u"string", "", u"", "D", u"Additional Information"},
    {u"LOCATION_ID", u"location", "", u"", "D", u"Location"},
    {u"ORIGINATOR_ID", u"string", "", u"", "LDCM", u"External Source"},
    {u"ORIGIN_ID", u"string", "", u"", "LDCM", u"Identifier in External Source"},
    {u"ORIGIN_VERSION", u"string", "", u"", "CM", u"Original Version"},
    {u"UTM_SOURCE", u"string", "", u"", "LDCM", u"Advertising System"},
    {u"UTM_MEDIUM", u"string", "", u"", "LDCM", u"Traffic Type"},
    {u"UTM_CAMPAIGN", u"string", "", u"", "LDCM", u"Campaign Identifier"},
    {u"UTM_CONTENT", u"string", "", u"", "LDCM", u"Campaign Content"},
    {u"UTM_TERM", u"string", "", u"", "LDCM", u"Campaign Search Condition"},
    {u"LAST_ACTIVITY_TIME", u"datetime", "", u"", "M", u"Last Activity Time"},
    {u"LAST_ACTIVITY_BY", u"user", "", u"", "M", u"Last Activity Author"},
    {u"LAST_COMMUNICATION_TIME", u"string", "O", u"", "M", u"Last Communication Date"},
    {u"LAST_ACTIVITY_TIME", u"datetime", "O", u"", "DC", u"LAST_ACTIVITY_TIME"},
    {u"LAST_ACTIVITY_BY", u"user", "O", u"", "DC", u"LAST_ACTIVITY_BY"},
    {u"PHONE", u"crm_multifield", "M", u"", "LCM", u"Phone"},
    {u"EMAIL", u"crm_multifield", "M", u"", "LCM", u"E-mail"},
    {u"WEB", u"crm_multifield", "M", u"", "LCM", u"Website"},
    {u"IM", u"crm_multifield", "M", u"", "LCM", u"Messenger"},
    {u"LINK", u"crm_multifield", "M", u"", "LCM", u"LINK"},
};

int flagsOf(const char *letters)
{
    int flags = 0;
    for (const char *c = letters; *c; ++c)
        switch (*c) {
        case 'R':
            flags |= EntitySchema::Required;
            break;
        case 'O':
            flags |= EntitySchema::ReadOnly;
            break;
        case 'I':
            flags |= EntitySchema::Immutable;
            break;
        case 'M':
            flags |= EntitySchema::Multiple;
            break;
        case 'X':
            flags |= EntitySchema::Deprecated;
            break;
        }
    return flags;
}

// Single links to a parent entity name its type in settings (crm.deal.fields: COMPANY_ID, LEAD_ID).
PhpValue parentSettings(const QString &type, int flags)
{
    static const QHash<QString, int> parents{{u"crm_lead"_s, 1}, {u"crm_company"_s, 4}, {u"crm_quote"_s, 7}};
    const auto it = parents.constFind(type);
    if (it == parents.constEnd() || (flags & (EntitySchema::Multiple | EntitySchema::Deprecated)))
        return {};
    PhpValue settings = PhpValue::array();
    settings.insert(u"parentEntityTypeId"_s, it.value());
    return settings;
}

char entityLetter(CrmSchemas::Entity entity)
{
    switch (entity) {
    case CrmSchemas::Lead:
        return 'L';
    case CrmSchemas::Deal:
        return 'D';
    case CrmSchemas::Contact:
        return 'C';
    case CrmSchemas::Company:
        return 'M';
    }
    return 0;
}

} // namespace

EntitySchema CrmSchemas::build(const Row *rows, size_t count, char entity)
{
    EntitySchema s;
    for (const Row &row : std::span(rows, count)) {
        if (entity && *row.entities && !std::strchr(row.entities, entity))
            continue;
        EntitySchema::Field f;
        f.upper = QString::fromUtf16(row.upper);
        f.type = QString::fromUtf16(row.type);
        f.title = QString::fromUtf16(row.title);
        f.flags = flagsOf(row.flags);
        f.statusType = QString::fromUtf16(row.statusType);
        f.settings = parentSettings(f.type, f.flags);
        s.add(std::move(f));
    }
    return s;
}

EntitySchema CrmSchemas::standard(Entity entity)
{
    return build(catalog, entityLetter(entity));
}

EntitySchema::Field CrmSchemas::userField(const QString &upper, const QString &type, const QString &label)
{
    EntitySchema::Field f;
    f.upper = upper;
    f.type = type;
    f.title = label;
    f.flags = EntitySchema::Dynamic;
    PhpValue settings = PhpValue::array();
    if (type == u"enumeration") {
        settings.insert(u"DISPLAY"_s, u"LIST"_s);
        f.items = PhpValue::array();
    } else {
        settings.insert(u"DEFAULT_VALUE"_s, u""_s);
    }
    f.settings = settings;
    return f;
}

void CrmSchemas::setItems(EntitySchema::Field &field, int firstId, const QStringList &values)
{
    PhpValue items = PhpValue::array();
    for (int i = 0; i < values.size(); ++i) {
        PhpValue item = PhpValue::array();
        item.insert(u"ID"_s, QString::number(firstId + i));
        item.insert(u"VALUE"_s, values[i]);
        items.append(item);
    }
    field.items = items;
}

EntitySchema CrmSchemas::demo(Entity entity)
{
    EntitySchema s = standard(entity);
    switch (entity) {
    case Deal: {
        s.add(userField(u"UF_CRM_DEAL_CITY"_s, u"string"_s, u"Город"_s));
        EntitySchema::Field priority = userField(u"UF_CRM_DEAL_PRIORITY"_s, u"enumeration"_s, u"Priority"_s);
        setItems(priority, 41, {u"Low"_s, u"Normal"_s, u"High"_s});
        s.add(priority);
        s.add(userField(u"UF_CRM_DEAL_BUDGET"_s, u"money"_s, u"Бюджет"_s));
        s.add(userField(u"UF_CRM_DEAL_SIGNED"_s, u"boolean"_s, u"Contract signed"_s));
        s.add(userField(u"UF_CRM_DEAL_DUE"_s, u"date"_s, u"Due date"_s));
        break;
    }
    case Contact:
        s.add(userField(u"UF_CRM_CONTACT_HOBBY"_s, u"string"_s, u"Хобби"_s));
        break;
    case Lead:
        s.add(userField(u"UF_CRM_LEAD_METRO"_s, u"string"_s, u"Метро"_s));
        break;
    case Company:
        s.add(userField(u"UF_CRM_COMPANY_INN"_s, u"string"_s, u"ИНН"_s));
        break;
    }
    return s;
}

} // namespace b24
