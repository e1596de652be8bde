#include "core/sandbox/crmdictionaries.h"

#include "core/sandbox/crmgenerator.h"
#include "core/sandbox/crmschemas.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
// Field tables of the docs' crm.status.fields, crm.category.fields and crm.multifield.fields
// examples (tests/data/fixtures/SOURCES.md).
const CrmSchemas::Row statusFields[] = {
    {u"ID", u"integer", "O", u"", "", u"ID"},
    {u"ENTITY_ID", u"string", "RI", u"", "", u"Entity ID"},
    {u"STATUS_ID", u"string", "RI", u"", "", u"Status"},
    {u"SORT", u"integer", "", u"", "", u"Sorting"},
    {u"NAME", u"string", "R", u"", "", u"Name"},
    {u"NAME_INIT", u"string", "O", u"", "", u"Default Name"},
    {u"SYSTEM", u"char", "O", u"", "", u"System"},
    {u"CATEGORY_ID", u"integer", "I", u"", "", u"CATEGORY_ID"},
    {u"COLOR", u"string", "", u"", "", u"COLOR"},
    {u"SEMANTICS", u"char", "I", u"", "", u"SEMANTICS"},
    {u"EXTRA", u"crm_status_extra", "", u"", "", u"EXTRA"},
};
const CrmSchemas::Row categoryFields[] = {
    {u"ID", u"integer", "O", u"", "", u"ID"},
    {u"NAME", u"string", "", u"", "", u"NAME"},
    {u"SORT", u"integer", "", u"", "", u"SORT"},
    {u"ENTITY_TYPE_ID", u"integer", "RO", u"", "", u"ENTITY_TYPE_ID"},
    {u"IS_DEFAULT", u"boolean", "O", u"", "", u"IS_DEFAULT"},
    {u"ORIGIN_ID", u"string", "", u"", "", u"ORIGIN_ID"},
    {u"ORIGINATOR_ID", u"string", "", u"", "", u"ORIGINATOR_ID"},
};
const CrmSchemas::Row multiFields[] = {
    {u"ID", u"int", "O", u"", "", u"ID"},
    {u"TYPE_ID", u"string", "O", u"", "", u"Field Type"},
    {u"VALUE", u"string", "", u"", "", u"Value"},
    {u"VALUE_TYPE", u"string", "", u"", "", u"Value Type"},
};

PhpValue object(std::initializer_list<std::pair<QString, PhpValue>> entries)
{
    PhpValue v = PhpValue::array();
    for (const auto &[key, value] : entries)
        v.insert(key, value);
    return v;
}
} // namespace

PhpValue CrmDictionaries::statusRow(const QString &entity, const QString &statusId, const QString &name,
                                    int sort, const QString &semantics, const QString &color,
                                    const PhpValue &category)
{
    const QString extraSemantics = semantics == u"S"   ? u"success"_s
                                   : semantics == u"F" ? u"failure"_s
                                                       : u"process"_s;
    return object({{u"ENTITY_ID"_s, entity},
                   {u"STATUS_ID"_s, statusId},
                   {u"NAME"_s, name},
                   {u"NAME_INIT"_s, name},
                   {u"SORT"_s, QString::number(sort)},
                   {u"SYSTEM"_s, semantics.isEmpty() ? u"N"_s : u"Y"_s},
                   {u"CATEGORY_ID"_s, category},
                   {u"COLOR"_s, color},
                   {u"SEMANTICS"_s, semantics.isEmpty() ? PhpValue() : PhpValue(semantics)},
                   {u"EXTRA"_s, object({{u"SEMANTICS"_s, extraSemantics}, {u"COLOR"_s, color}})}});
}

void CrmDictionaries::seedStatuses(EntityTable &statuses)
{
    int sort = 10;
    const auto add = [&](const QString &entity, const QString &statusId, const QString &name,
                         const QString &semantics, const QString &color, const PhpValue &category) {
        statuses.add(statusRow(entity, statusId, name, sort, semantics, color, category));
        sort += 10;
    };
    const QStringList stageNames{u"Новая"_s,           u"Подготовка документов"_s, u"Счёт на предоплату"_s,
                                 u"В работе"_s,        u"Final invoice"_s,         u"Сделка успешна"_s,
                                 u"Сделка провалена"_s};
    const QStringList colors{u"#39A8EF"_s, u"#2FC6F6"_s, u"#55D0E0"_s, u"#47E4C2"_s,
                             u"#FFA900"_s, u"#7BD500"_s, u"#FF5752"_s};
    for (int category : {0, 1}) {
        const QStringList stages = CrmGenerator::dealStages(category);
        const QString entity = category == 0 ? u"DEAL_STAGE"_s : u"DEAL_STAGE_1"_s;
        for (int i = 0; i < stages.size(); ++i)
            add(entity, stages[i], stageNames[i],
                i == 5   ? u"S"_s
                : i == 6 ? u"F"_s
                         : QString(),
                colors[i], category == 0 ? PhpValue() : PhpValue(u"1"_s));
    }
    const QStringList sources{u"CALL"_s,    u"EMAIL"_s,    u"WEB"_s,       u"ADVERTISING"_s,
                              u"PARTNER"_s, u"CALLBACK"_s, u"TRADE_SHOW"_s};
    for (const QString &s : sources)
        add(u"SOURCE"_s, s, s.left(1) + s.mid(1).toLower(), {}, {}, PhpValue());
    const QStringList leadStatuses{u"NEW"_s, u"IN_PROCESS"_s, u"PROCESSED"_s, u"CONVERTED"_s, u"JUNK"_s};
    for (const QString &s : leadStatuses)
        add(u"STATUS"_s, s, s.left(1) + s.mid(1).toLower(),
            s == u"CONVERTED" ? u"S"_s
            : s == u"JUNK"    ? u"F"_s
                              : QString(),
            u"#39A8EF"_s, PhpValue());
    add(u"DEAL_TYPE"_s, u"SALE"_s, u"Продажа"_s, {}, {}, PhpValue());
    add(u"DEAL_TYPE"_s, u"COMPLEX"_s, u"Комплексная продажа"_s, {}, {}, PhpValue());
    // The values the generated rows use (CrmGenerator) exist in their dictionaries.
    const QList<std::pair<QString, QStringList>> plain{{u"CONTACT_TYPE"_s, {u"CLIENT"_s, u"SUPPLIER"_s}},
                                                       {u"COMPANY_TYPE"_s, {u"CUSTOMER"_s, u"PARTNER"_s}},
                                                       {u"INDUSTRY"_s, {u"IT"_s, u"MANUFACTURING"_s}},
                                                       {u"EMPLOYEES"_s, {u"EMPLOYEES_1"_s, u"EMPLOYEES_2"_s}},
                                                       {u"HONORIFIC"_s, {u"HNR_RU_1"_s, u"HNR_RU_2"_s}}};
    for (const auto &[entity, ids] : plain)
        for (const QString &id : ids)
            add(entity, id, id.left(1) + id.mid(1).toLower(), {}, {}, PhpValue());
}

void CrmDictionaries::seedCategories(EntityTable &categories)
{
    const QString names[] = {u"Основная воронка"_s, u"Закупки"_s};
    for (int i = 0; i < 2; ++i)
        categories.add(object({{u"NAME"_s, names[i]},
                               {u"SORT"_s, QString::number((i + 1) * 100)},
                               {u"ENTITY_TYPE_ID"_s, u"2"_s},
                               {u"IS_DEFAULT"_s, i == 0 ? u"Y"_s : u"N"_s},
                               {u"ORIGIN_ID"_s, u""_s},
                               {u"ORIGINATOR_ID"_s, u""_s}}));
}

PhpValue CrmDictionaries::entityTypes()
{
    PhpValue list = PhpValue::array();
    const auto semantic = [](const QString &prefix, const QString &start, const QString &won,
                             const QString &lost) {
        return object({{u"START_FIELD"_s, prefix + start},
                       {u"FINAL_SUCCESS_FIELD"_s, prefix + won},
                       {u"FINAL_UNSUCCESS_FIELD"_s, prefix + lost},
                       {u"FINAL_SORT"_s, 0}});
    };
    list.append(object({{u"ID"_s, u"STATUS"_s},
                        {u"NAME"_s, u"Lead stages"_s},
                        {u"SEMANTIC_INFO"_s, semantic({}, u"NEW"_s, u"CONVERTED"_s, u"JUNK"_s)},
                        {u"ENTITY_TYPE_ID"_s, 1}}));
    const QList<std::pair<QString, QString>> plain{{u"SOURCE"_s, u"Sources"_s},
                                                   {u"CONTACT_TYPE"_s, u"Contact type"_s},
                                                   {u"COMPANY_TYPE"_s, u"Company type"_s},
                                                   {u"EMPLOYEES"_s, u"Number of employees"_s},
                                                   {u"INDUSTRY"_s, u"Industry"_s},
                                                   {u"DEAL_TYPE"_s, u"Deal type"_s},
                                                   {u"HONORIFIC"_s, u"Salutations"_s}};
    for (const auto &[id, name] : plain)
        list.append(object({{u"ID"_s, id}, {u"NAME"_s, name}}));
    list.append(object({{u"ID"_s, u"DEAL_STAGE"_s},
                        {u"NAME"_s, u"General deal stages"_s},
                        {u"SEMANTIC_INFO"_s, semantic({}, u"NEW"_s, u"WON"_s, u"LOSE"_s)},
                        {u"FIELD_ATTRIBUTE_SCOPE"_s, u""_s},
                        {u"ENTITY_TYPE_ID"_s, 2},
                        {u"CATEGORY_ID"_s, 0}}));
    list.append(object({{u"ID"_s, u"DEAL_STAGE_1"_s},
                        {u"NAME"_s, u"Закупки deal stages"_s},
                        {u"PARENT_ID"_s, u"DEAL_STAGE"_s},
                        {u"SEMANTIC_INFO"_s, semantic(u"C1:"_s, u"NEW"_s, u"WON"_s, u"LOSE"_s)},
                        {u"PREFIX"_s, u"C1"_s},
                        {u"FIELD_ATTRIBUTE_SCOPE"_s, u"category_1"_s},
                        {u"ENTITY_TYPE_ID"_s, 2},
                        {u"CATEGORY_ID"_s, u"1"_s}}));
    return list;
}

PhpValue CrmDictionaries::currencies()
{
    PhpValue list = PhpValue::array();
    const QList<QStringList> rows{
        {u"RUB"_s, u"1.0000"_s, u"100"_s, u"Y"_s, u"Российский рубль"_s, u"# ₽"_s},
        {u"USD"_s, u"92.5000"_s, u"200"_s, u"N"_s, u"Доллар США"_s, u"$#"_s},
        {u"EUR"_s, u"99.8000"_s, u"300"_s, u"N"_s, u"Евро"_s, u"# €"_s}};
    for (const QStringList &r : rows)
        list.append(object({{u"CURRENCY"_s, r[0]},
                            {u"AMOUNT_CNT"_s, u"1"_s},
                            {u"AMOUNT"_s, r[1]},
                            {u"SORT"_s, r[2]},
                            {u"BASE"_s, r[3]},
                            {u"FULL_NAME"_s, r[4]},
                            {u"LID"_s, u"ru"_s},
                            {u"FORMAT_STRING"_s, r[5]},
                            {u"DEC_POINT"_s, u"."_s},
                            {u"THOUSANDS_SEP"_s, u"&nbsp;"_s},
                            {u"DECIMALS"_s, u"2"_s},
                            {u"DATE_UPDATE"_s, u"2024-01-29T12:28:40+03:00"_s}}));
    return list;
}

PhpValue CrmDictionaries::userFieldTypes()
{
    // crm.userfield.types as documented (api-reference/crm/universal/user-defined-fields).
    const QList<std::pair<QString, QString>> types{
        {u"string"_s, u"String"_s},
        {u"integer"_s, u"Integer"_s},
        {u"double"_s, u"Number"_s},
        {u"boolean"_s, u"Yes/No"_s},
        {u"enumeration"_s, u"List"_s},
        {u"datetime"_s, u"Date/Time"_s},
        {u"date"_s, u"Date"_s},
        {u"money"_s, u"Money"_s},
        {u"url"_s, u"Link"_s},
        {u"address"_s, u"Google Maps Address"_s},
        {u"file"_s, u"File"_s},
        {u"employee"_s, u"Binding to User"_s},
        {u"crm_status"_s, u"Binding to CRM Directories"_s},
        {u"iblock_section"_s, u"Binding to Information Block Sections"_s},
        {u"iblock_element"_s, u"Binding to Information Block Elements"_s},
        {u"crm"_s, u"Binding to CRM Elements"_s}};
    PhpValue list = PhpValue::array();
    for (const auto &[id, title] : types)
        list.append(object({{u"ID"_s, id}, {u"title"_s, title}}));
    return list;
}

EntitySchema CrmDictionaries::statusSchema()
{
    return CrmSchemas::build(statusFields);
}

EntitySchema CrmDictionaries::categorySchema()
{
    return CrmSchemas::build(categoryFields);
}

EntitySchema CrmDictionaries::multiFieldSchema()
{
    return CrmSchemas::build(multiFields);
}

} // namespace b24
