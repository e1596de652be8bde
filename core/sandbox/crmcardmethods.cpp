#include "core/sandbox/crmcardmethods.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
struct Section
{
    const char16_t *name;
    const char16_t *title;
    QStringList elements;
};

struct Card
{
    QString entity;
    QString table;
    QList<Section> sections;
};

// The deal's default card as documented (crm.deal.details.configuration.get.response.json); the
// others follow its pattern with their own fields.
QList<Card> cards()
{
    return {
        {u"deal"_s,
         u"deals"_s,
         {{u"main",
           u"About the Deal",
           {u"TITLE"_s, u"OPPORTUNITY_WITH_CURRENCY"_s, u"STAGE_ID"_s, u"CLOSEDATE"_s, u"CLIENT"_s}},
          {u"additional",
           u"Additional",
           {u"TYPE_ID"_s, u"SOURCE_ID"_s, u"SOURCE_DESCRIPTION"_s, u"BEGINDATE"_s, u"OPENED"_s,
            u"ASSIGNED_BY_ID"_s, u"OBSERVER"_s, u"COMMENTS"_s, u"UTM"_s}},
          {u"products", u"Products", {u"PRODUCT_ROW_SUMMARY"_s}},
          {u"recurring", u"Recurring Deal", {u"RECURRING"_s}}}},
        {u"lead"_s,
         u"leads"_s,
         {{u"main",
           u"About the Lead",
           {u"TITLE"_s, u"STATUS_ID"_s, u"NAME"_s, u"COMPANY_TITLE"_s, u"PHONE"_s, u"EMAIL"_s}},
          {u"additional",
           u"Additional",
           {u"SOURCE_ID"_s, u"SOURCE_DESCRIPTION"_s, u"OPENED"_s, u"ASSIGNED_BY_ID"_s, u"COMMENTS"_s,
            u"UTM"_s}},
          {u"products", u"Products", {u"PRODUCT_ROW_SUMMARY"_s}}}},
        {u"contact"_s,
         u"contacts"_s,
         {{u"main",
           u"About the Contact",
           {u"HONORIFIC"_s, u"NAME"_s, u"LAST_NAME"_s, u"POST"_s, u"PHONE"_s, u"EMAIL"_s, u"COMPANY"_s}},
          {u"additional",
           u"Additional",
           {u"TYPE_ID"_s, u"SOURCE_ID"_s, u"OPENED"_s, u"EXPORT"_s, u"ASSIGNED_BY_ID"_s, u"COMMENTS"_s}}}},
        {u"company"_s,
         u"companies"_s,
         {{u"main",
           u"About the Company",
           {u"TITLE"_s, u"COMPANY_TYPE"_s, u"INDUSTRY"_s, u"REVENUE"_s, u"PHONE"_s, u"EMAIL"_s,
            u"CONTACT"_s}},
          {u"additional", u"Additional", {u"EMPLOYEES"_s, u"OPENED"_s, u"ASSIGNED_BY_ID"_s, u"COMMENTS"_s}}}},
    };
}
} // namespace

void CrmCardMethods::registerIn(MethodRegistry &registry, DataStore &data)
{
    DataStore *store = &data;
    for (const Card &card : cards()) {
        registry.add(u"crm."_s + card.entity + u".details.configuration.get"_s, u"crm"_s,
                     [store, card](const CallContext &) {
                         PhpValue sections = PhpValue::array();
                         for (const Section &s : card.sections) {
                             QStringList names = s.elements;
                             if (QStringView(s.name) == u"main")
                                 for (const auto &f : store->schema(card.table).fields())
                                     if (f.flags & EntitySchema::Dynamic)
                                         names << f.upper;
                             PhpValue elements = PhpValue::array();
                             for (const QString &name : names) {
                                 PhpValue element = PhpValue::array();
                                 element.insert(u"name"_s, name);
                                 elements.append(element);
                             }
                             PhpValue section = PhpValue::array();
                             section.insert(u"name"_s, QString::fromUtf16(s.name));
                             section.insert(u"title"_s, QString::fromUtf16(s.title));
                             section.insert(u"type"_s, u"section"_s);
                             section.insert(u"elements"_s, elements);
                             sections.append(section);
                         }
                         return MethodResult::success(sections);
                     });
    }
}

} // namespace b24
