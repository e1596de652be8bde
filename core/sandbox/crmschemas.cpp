#include "core/sandbox/crmschemas.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

using F = EntitySchema::Field;
constexpr int RO = EntitySchema::ReadOnly;
constexpr int MULTI = EntitySchema::Multiple;
constexpr int UF = EntitySchema::Dynamic;

F f(const QString &upper, const QString &type, const QString &title, int flags = 0,
    const QString &statusType = {})
{
    F field;
    field.upper = upper;
    field.type = type;
    field.title = title;
    field.flags = flags;
    field.statusType = statusType;
    return field;
}

F multiField(const QString &upper, const QString &title)
{
    return f(upper, u"crm_multifield"_s, title, MULTI);
}

void addCommon(EntitySchema &s)
{
    s.add(f(u"ASSIGNED_BY_ID"_s, u"user"_s, u"Responsible person"_s));
    s.add(f(u"CREATED_BY_ID"_s, u"user"_s, u"Created by"_s, RO));
    s.add(f(u"MODIFY_BY_ID"_s, u"user"_s, u"Modified by"_s, RO));
    s.add(f(u"DATE_CREATE"_s, u"datetime"_s, u"Created on"_s, RO));
    s.add(f(u"DATE_MODIFY"_s, u"datetime"_s, u"Modified on"_s, RO));
    s.add(f(u"OPENED"_s, u"char"_s, u"Available to everyone"_s));
}

F userField(const QString &upper, const QString &type, const QString &label)
{
    F field = f(upper, type, label, UF);
    PhpValue settings = PhpValue::array();
    settings.insert(u"DEFAULT_VALUE"_s, u""_s);
    field.settings = settings;
    return field;
}

F enumField(const QString &upper, const QString &label, int firstId, const QStringList &values)
{
    F field = f(upper, u"enumeration"_s, label, UF);
    PhpValue items = PhpValue::array();
    for (int i = 0; i < values.size(); ++i) {
        PhpValue item = PhpValue::array();
        item.insert(u"ID"_s, QString::number(firstId + i));
        item.insert(u"VALUE"_s, values[i]);
        items.append(item);
    }
    field.items = items;
    PhpValue settings = PhpValue::array();
    settings.insert(u"DISPLAY"_s, u"LIST"_s);
    field.settings = settings;
    return field;
}

} // namespace

EntitySchema CrmSchemas::deal()
{
    EntitySchema s;
    s.add(f(u"ID"_s, u"integer"_s, u"ID"_s, RO));
    s.add(f(u"TITLE"_s, u"string"_s, u"Title"_s));
    s.add(f(u"TYPE_ID"_s, u"crm_status"_s, u"Type"_s, 0, u"DEAL_TYPE"_s));
    s.add(f(u"CATEGORY_ID"_s, u"crm_category"_s, u"Pipeline"_s, EntitySchema::Immutable));
    s.add(f(u"STAGE_ID"_s, u"crm_status"_s, u"Deal Stage"_s, 0, u"DEAL_STAGE"_s));
    s.add(f(u"STAGE_SEMANTIC_ID"_s, u"string"_s, u"Stage group"_s, RO));
    s.add(f(u"IS_NEW"_s, u"char"_s, u"New deal"_s, RO));
    s.add(f(u"PROBABILITY"_s, u"integer"_s, u"Probability"_s));
    s.add(f(u"CURRENCY_ID"_s, u"crm_currency"_s, u"Currency"_s));
    s.add(f(u"OPPORTUNITY"_s, u"double"_s, u"Amount"_s));
    s.add(f(u"IS_MANUAL_OPPORTUNITY"_s, u"char"_s, u"IS_MANUAL_OPPORTUNITY"_s));
    s.add(f(u"TAX_VALUE"_s, u"double"_s, u"Tax rate"_s));
    s.add(f(u"COMPANY_ID"_s, u"crm_company"_s, u"Company"_s));
    s.add(f(u"CONTACT_ID"_s, u"crm_contact"_s, u"Contact"_s, EntitySchema::Deprecated));
    s.add(f(u"LEAD_ID"_s, u"crm_lead"_s, u"Lead"_s, RO));
    s.add(f(u"BEGINDATE"_s, u"date"_s, u"Start date"_s));
    s.add(f(u"CLOSEDATE"_s, u"date"_s, u"Estimated close date"_s));
    s.add(f(u"CLOSED"_s, u"char"_s, u"Closed"_s));
    s.add(f(u"COMMENTS"_s, u"string"_s, u"Comment"_s));
    s.add(f(u"SOURCE_ID"_s, u"crm_status"_s, u"Source"_s, 0, u"SOURCE"_s));
    s.add(f(u"SOURCE_DESCRIPTION"_s, u"string"_s, u"Source information"_s));
    s.add(f(u"UTM_SOURCE"_s, u"string"_s, u"Ad system"_s));
    addCommon(s);
    s.add(userField(u"UF_CRM_DEAL_CITY"_s, u"string"_s, u"Город"_s));
    s.add(enumField(u"UF_CRM_DEAL_PRIORITY"_s, u"Priority"_s, 41, {u"Low"_s, u"Normal"_s, u"High"_s}));
    s.add(userField(u"UF_CRM_DEAL_BUDGET"_s, u"money"_s, u"Бюджет"_s));
    s.add(userField(u"UF_CRM_DEAL_SIGNED"_s, u"boolean"_s, u"Contract signed"_s));
    return s;
}

EntitySchema CrmSchemas::contact()
{
    EntitySchema s;
    s.add(f(u"ID"_s, u"integer"_s, u"ID"_s, RO));
    s.add(f(u"HONORIFIC"_s, u"crm_status"_s, u"Salutation"_s, 0, u"HONORIFIC"_s));
    s.add(f(u"NAME"_s, u"string"_s, u"Name"_s));
    s.add(f(u"SECOND_NAME"_s, u"string"_s, u"Second name"_s));
    s.add(f(u"LAST_NAME"_s, u"string"_s, u"Last name"_s));
    s.add(f(u"BIRTHDATE"_s, u"date"_s, u"Date of birth"_s));
    s.add(f(u"TYPE_ID"_s, u"crm_status"_s, u"Contact type"_s, 0, u"CONTACT_TYPE"_s));
    s.add(f(u"SOURCE_ID"_s, u"crm_status"_s, u"Source"_s, 0, u"SOURCE"_s));
    s.add(f(u"POST"_s, u"string"_s, u"Position"_s));
    s.add(f(u"COMPANY_ID"_s, u"crm_company"_s, u"Company"_s, EntitySchema::Deprecated));
    s.add(f(u"EXPORT"_s, u"char"_s, u"Included in export"_s));
    s.add(f(u"HAS_PHONE"_s, u"char"_s, u"Has phone"_s, RO));
    s.add(f(u"HAS_EMAIL"_s, u"char"_s, u"Has email"_s, RO));
    addCommon(s);
    s.add(multiField(u"PHONE"_s, u"Phone"_s));
    s.add(multiField(u"EMAIL"_s, u"E-mail"_s));
    s.add(userField(u"UF_CRM_CONTACT_HOBBY"_s, u"string"_s, u"Хобби"_s));
    return s;
}

EntitySchema CrmSchemas::lead()
{
    EntitySchema s;
    s.add(f(u"ID"_s, u"integer"_s, u"ID"_s, RO));
    s.add(f(u"TITLE"_s, u"string"_s, u"Lead name"_s));
    s.add(f(u"NAME"_s, u"string"_s, u"Name"_s));
    s.add(f(u"LAST_NAME"_s, u"string"_s, u"Last name"_s));
    s.add(f(u"STATUS_ID"_s, u"crm_status"_s, u"Stage"_s, 0, u"STATUS"_s));
    s.add(f(u"STATUS_SEMANTIC_ID"_s, u"string"_s, u"Status details"_s, RO));
    s.add(f(u"SOURCE_ID"_s, u"crm_status"_s, u"Source"_s, 0, u"SOURCE"_s));
    s.add(f(u"CURRENCY_ID"_s, u"crm_currency"_s, u"Currency"_s));
    s.add(f(u"OPPORTUNITY"_s, u"double"_s, u"Amount"_s));
    s.add(f(u"COMPANY_TITLE"_s, u"string"_s, u"Company name"_s));
    s.add(f(u"HAS_PHONE"_s, u"char"_s, u"Has phone"_s, RO));
    s.add(f(u"HAS_EMAIL"_s, u"char"_s, u"Has email"_s, RO));
    addCommon(s);
    s.add(multiField(u"PHONE"_s, u"Phone"_s));
    s.add(multiField(u"EMAIL"_s, u"E-mail"_s));
    s.add(userField(u"UF_CRM_LEAD_METRO"_s, u"string"_s, u"Метро"_s));
    return s;
}

EntitySchema CrmSchemas::company()
{
    EntitySchema s;
    s.add(f(u"ID"_s, u"integer"_s, u"ID"_s, RO));
    s.add(f(u"TITLE"_s, u"string"_s, u"Company name"_s, EntitySchema::Required));
    s.add(f(u"COMPANY_TYPE"_s, u"crm_status"_s, u"Company type"_s, 0, u"COMPANY_TYPE"_s));
    s.add(f(u"INDUSTRY"_s, u"crm_status"_s, u"Industry"_s, 0, u"INDUSTRY"_s));
    s.add(f(u"EMPLOYEES"_s, u"crm_status"_s, u"Employees"_s, 0, u"EMPLOYEES"_s));
    s.add(f(u"CURRENCY_ID"_s, u"crm_currency"_s, u"Currency"_s));
    s.add(f(u"REVENUE"_s, u"double"_s, u"Annual revenue"_s));
    addCommon(s);
    s.add(multiField(u"PHONE"_s, u"Phone"_s));
    s.add(multiField(u"EMAIL"_s, u"E-mail"_s));
    s.add(userField(u"UF_CRM_COMPANY_INN"_s, u"string"_s, u"ИНН"_s));
    return s;
}

} // namespace b24
