#include "core/sandbox/crmgenerator.h"

#include "core/sandbox/samplevalues.h"

#include <QStringList>

#include <charconv>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
enum Entity : quint64
{
    DealEntity = 2,
    ContactEntity = 3,
    LeadEntity = 1,
    CompanyEntity = 4
};

QString yn(bool b)
{
    return b ? u"Y"_s : u"N"_s;
}

// Numbers are formatted into a local buffer and become one QString: the generator's temporaries
// were much of the sandbox's malloc traffic.
QString latin(const char *begin, const char *end)
{
    return QString::fromLatin1(begin, qsizetype(end - begin));
}

QString money(qint64 cents)
{
    if (cents < 0)
        return QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
    char buf[32];
    char *p = std::to_chars(buf, buf + 24, cents / 100).ptr;
    *p++ = '.';
    *p++ = char('0' + cents % 100 / 10);
    *p++ = char('0' + cents % 10);
    return latin(buf, p);
}

QString budget(qint64 amount)
{
    char buf[32];
    char *p = std::to_chars(buf, buf + 24, amount).ptr;
    for (const char c : {'|', 'R', 'U', 'B'})
        *p++ = c;
    return latin(buf, p);
}

void addStamps(PhpValue &row, const SeededRandom &r, int users)
{
    const qint64 created = SampleValues::moment(r, 90);
    const qint64 modified = created + qint64(r.range(91, 60 * 24 * 30)) * 60000;
    row.insertUnique(u"ASSIGNED_BY_ID"_s, QString::number(1 + r.range(92, users)));
    row.insertUnique(u"CREATED_BY_ID"_s, QString::number(1 + r.range(93, users)));
    row.insertUnique(u"MODIFY_BY_ID"_s, QString::number(1 + r.range(94, users)));
    row.insertUnique(u"DATE_CREATE"_s, SampleValues::dateTime(created));
    row.insertUnique(u"DATE_MODIFY"_s, SampleValues::dateTime(modified));
    row.insertUnique(u"OPENED"_s, yn(r.chance(95, 80)));
}

// QString literals: copying one allocates nothing.
const QString sources[] = {u"CALL"_s,    u"EMAIL"_s,    u"WEB"_s,       u"ADVERTISING"_s,
                           u"PARTNER"_s, u"CALLBACK"_s, u"TRADE_SHOW"_s};
const QString currencies[] = {u"RUB"_s, u"RUB"_s, u"RUB"_s, u"USD"_s, u"EUR"_s};
} // namespace

QStringList CrmGenerator::dealStages(int categoryId)
{
    const QStringList base{u"NEW"_s,       u"PREPARATION"_s,   u"PREPAYMENT_INVOICE"_s,
                           u"EXECUTING"_s, u"FINAL_INVOICE"_s, u"WON"_s,
                           u"LOSE"_s};
    if (categoryId == 0)
        return base;
    QStringList out;
    for (const QString &s : base)
        out << u"C"_s + QString::number(categoryId) + u':' + s;
    return out;
}

QString CrmGenerator::linkId(quint64 r, qint64 count) const
{
    return count > 0 ? QString::number(1 + qint64(r % quint64(count))) : QString();
}

PhpValue CrmGenerator::multiField(qint64 ownerId, int kind, const QString &value, const QString &type) const
{
    PhpValue item = PhpValue::array();
    item.insertUnique(u"ID"_s, QString::number(ownerId * 4 + kind));
    item.insertUnique(u"VALUE_TYPE"_s, u"WORK"_s);
    item.insertUnique(u"VALUE"_s, value);
    item.insertUnique(u"TYPE_ID"_s, type);
    PhpValue list = PhpValue::array();
    list.append(item);
    return list;
}

PhpValue CrmGenerator::deal(qint64 id) const
{
    const SeededRandom r(m_seed, DealEntity, id);
    PhpValue row = PhpValue::array();
    row.reserve(32);
    const int category = r.chance(1, 70) ? 0 : 1;
    // Built once: the stage names were rebuilt for every generated row.
    static const QStringList stageLists[] = {dealStages(0), dealStages(1)};
    const QStringList &stages = stageLists[category];
    const int stage = r.range(2, int(stages.size()));
    const bool won = stage == 5, lost = stage == 6;
    row.insertUnique(u"ID"_s, QString::number(id));
    row.insertUnique(u"TITLE"_s, SampleValues::dealTitle(r, 3, id));
    row.insertUnique(u"TYPE_ID"_s, r.chance(4, 50) ? u"SALE"_s : u"COMPLEX"_s);
    row.insertUnique(u"CATEGORY_ID"_s, QString::number(category));
    row.insertUnique(u"STAGE_ID"_s, stages[stage]);
    row.insertUnique(u"STAGE_SEMANTIC_ID"_s, won ? u"S"_s : lost ? u"F"_s : u"P"_s);
    row.insertUnique(u"IS_NEW"_s, yn(stage == 0));
    row.insertUnique(u"PROBABILITY"_s,
                     r.chance(5, 30) ? PhpValue() : PhpValue(QString::number(r.range(6, 11) * 10)));
    row.insertUnique(u"CURRENCY_ID"_s, r.pick(7, currencies));
    row.insertUnique(u"OPPORTUNITY"_s, money(qint64(r.range(8, 5000000)) * 100 + r.range(9, 2) * 99));
    row.insertUnique(u"IS_MANUAL_OPPORTUNITY"_s, yn(r.chance(10, 40)));
    row.insertUnique(u"TAX_VALUE"_s, u"0.00"_s);
    row.insertUnique(u"COMPANY_ID"_s, r.chance(11, 70) ? linkId(r.next(12), m_counts.companies) : u"0"_s);
    row.insertUnique(u"CONTACT_ID"_s,
                     r.chance(13, 80) ? PhpValue(linkId(r.next(14), m_counts.contacts)) : PhpValue());
    row.insertUnique(u"LEAD_ID"_s,
                     r.chance(15, 30) ? PhpValue(linkId(r.next(16), m_counts.leads)) : PhpValue());
    const qint64 begin = SampleValues::moment(r, 17);
    row.insertUnique(u"BEGINDATE"_s, SampleValues::date(begin));
    row.insertUnique(u"CLOSEDATE"_s, SampleValues::date(begin + qint64(7 + r.range(18, 90)) * 86400000));
    row.insertUnique(u"CLOSED"_s, yn(won || lost));
    row.insertUnique(u"COMMENTS"_s,
                     r.chance(19, 50) ? PhpValue(u"[B]Важно[/B]: позвонить клиенту"_s) : PhpValue());
    row.insertUnique(u"SOURCE_ID"_s, r.pick(20, sources));
    row.insertUnique(u"SOURCE_DESCRIPTION"_s, PhpValue());
    row.insertUnique(u"UTM_SOURCE"_s, r.chance(21, 20) ? PhpValue(u"google"_s) : PhpValue());
    addStamps(row, r, int(m_counts.users));
    row.insertUnique(u"UF_CRM_DEAL_CITY"_s, SampleValues::city(r, 22));
    row.insertUnique(u"UF_CRM_DEAL_PRIORITY"_s, QString::number(41 + r.range(23, 3)));
    row.insertUnique(u"UF_CRM_DEAL_BUDGET"_s, budget(r.range(24, 1000) * 1000));
    row.insertUnique(u"UF_CRM_DEAL_SIGNED"_s, r.chance(25, 50) ? u"1"_s : u"0"_s);
    return row;
}

PhpValue CrmGenerator::contact(qint64 id) const
{
    const SeededRandom r(m_seed, ContactEntity, id);
    bool female = false;
    const QString first = SampleValues::firstName(r, 1, &female);
    const QString last = SampleValues::lastName(r, 3, female);
    PhpValue row = PhpValue::array();
    row.insertUnique(u"ID"_s, QString::number(id));
    row.insertUnique(u"HONORIFIC"_s, female ? u"HNR_RU_2"_s : u"HNR_RU_1"_s);
    row.insertUnique(u"NAME"_s, first);
    row.insertUnique(u"SECOND_NAME"_s, PhpValue());
    row.insertUnique(u"LAST_NAME"_s, last);
    row.insertUnique(u"BIRTHDATE"_s, r.chance(4, 50)
                                         ? PhpValue(SampleValues::date(SampleValues::moment(r, 5) -
                                                                       qint64(30) * 365 * 86400000))
                                         : PhpValue(u""_s));
    row.insertUnique(u"TYPE_ID"_s, r.chance(6, 70) ? u"CLIENT"_s : u"SUPPLIER"_s);
    row.insertUnique(u"SOURCE_ID"_s, r.pick(7, sources));
    row.insertUnique(u"POST"_s, SampleValues::position(r, 8));
    row.insertUnique(u"COMPANY_ID"_s,
                     r.chance(9, 60) ? PhpValue(linkId(r.next(10), m_counts.companies)) : PhpValue());
    row.insertUnique(u"EXPORT"_s, u"Y"_s);
    row.insertUnique(u"HAS_PHONE"_s, u"Y"_s);
    row.insertUnique(u"HAS_EMAIL"_s, u"Y"_s);
    addStamps(row, r, int(m_counts.users));
    row.insertUnique(u"PHONE"_s, multiField(id, 0, SampleValues::phone(r, 11), u"PHONE"_s));
    row.insertUnique(u"EMAIL"_s, multiField(id, 1, SampleValues::email(first, last, id), u"EMAIL"_s));
    row.insertUnique(u"UF_CRM_CONTACT_HOBBY"_s, r.chance(12, 50) ? u"Рыбалка"_s : u"Chess"_s);
    return row;
}

PhpValue CrmGenerator::lead(qint64 id) const
{
    const SeededRandom r(m_seed, LeadEntity, id);
    bool female = false;
    const QString first = SampleValues::firstName(r, 1, &female);
    const QString last = SampleValues::lastName(r, 3, female);
    static const QStringList statuses{u"NEW"_s, u"IN_PROCESS"_s, u"PROCESSED"_s, u"CONVERTED"_s, u"JUNK"_s};
    const int status = r.range(4, int(statuses.size()));
    PhpValue row = PhpValue::array();
    row.insertUnique(u"ID"_s, QString::number(id));
    row.insertUnique(u"TITLE"_s, u"Заявка с сайта: "_s + first + u' ' + last);
    row.insertUnique(u"NAME"_s, first);
    row.insertUnique(u"LAST_NAME"_s, last);
    row.insertUnique(u"STATUS_ID"_s, statuses[status]);
    row.insertUnique(u"STATUS_SEMANTIC_ID"_s, status == 3 ? u"S"_s : status == 4 ? u"F"_s : u"P"_s);
    row.insertUnique(u"SOURCE_ID"_s, r.pick(5, sources));
    row.insertUnique(u"CURRENCY_ID"_s, r.pick(6, currencies));
    row.insertUnique(u"OPPORTUNITY"_s, money(qint64(r.range(7, 300000)) * 100));
    row.insertUnique(u"COMPANY_TITLE"_s, SampleValues::companyName(r, 8));
    row.insertUnique(u"HAS_PHONE"_s, u"Y"_s);
    row.insertUnique(u"HAS_EMAIL"_s, u"Y"_s);
    addStamps(row, r, int(m_counts.users));
    row.insertUnique(u"PHONE"_s, multiField(id, 0, SampleValues::phone(r, 9), u"PHONE"_s));
    row.insertUnique(u"EMAIL"_s, multiField(id, 1, SampleValues::email(first, last, id), u"EMAIL"_s));
    row.insertUnique(u"UF_CRM_LEAD_METRO"_s, SampleValues::city(r, 10));
    return row;
}

PhpValue CrmGenerator::company(qint64 id) const
{
    const SeededRandom r(m_seed, CompanyEntity, id);
    PhpValue row = PhpValue::array();
    row.insertUnique(u"ID"_s, QString::number(id));
    row.insertUnique(u"TITLE"_s, SampleValues::companyName(r, 1) + u" ("_s + SampleValues::city(r, 2) + u')');
    row.insertUnique(u"COMPANY_TYPE"_s, r.chance(3, 60) ? u"CUSTOMER"_s : u"PARTNER"_s);
    row.insertUnique(u"INDUSTRY"_s, r.chance(4, 50) ? u"IT"_s : u"MANUFACTURING"_s);
    row.insertUnique(u"EMPLOYEES"_s, r.chance(5, 50) ? u"EMPLOYEES_1"_s : u"EMPLOYEES_2"_s);
    row.insertUnique(u"CURRENCY_ID"_s, u"RUB"_s);
    row.insertUnique(u"REVENUE"_s, money(qint64(r.range(6, 100000000)) * 100));
    addStamps(row, r, int(m_counts.users));
    row.insertUnique(u"PHONE"_s, multiField(id, 0, SampleValues::phone(r, 7), u"PHONE"_s));
    row.insertUnique(u"EMAIL"_s,
                     multiField(id, 1, u"info"_s + QString::number(id) + u"@example.org"_s, u"EMAIL"_s));
    row.insertUnique(u"UF_CRM_COMPANY_INN"_s, QString::number(7700000000LL + r.range(11, 99999999)));
    return row;
}

} // namespace b24
