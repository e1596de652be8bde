#include "sandbox/datastore.h"

#include "sandbox/crmgenerator.h"
#include "sandbox/crmschemas.h"
#include "sandbox/staffgenerator.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

DataStore::DataStore(const PortalOptions &options)
{
    const auto count = [&](const QString &name) { return qint64(qMax(0, options.data.value(name, 0))); };
    CrmGenerator::Counts counts;
    counts.users = qMax<qint64>(1, count(u"users"_s));
    counts.contacts = count(u"contacts"_s);
    counts.companies = count(u"companies"_s);
    counts.leads = count(u"leads"_s);
    const CrmGenerator crm(options.seed, counts);
    const StaffGenerator staff(options.seed, counts.users, options.userId, options.ownerActive);

    m_tables.insert(u"deals"_s, EntityTable([crm](qint64 id) { return crm.deal(id); }, count(u"deals"_s)));
    m_tables.insert(u"contacts"_s,
                    EntityTable([crm](qint64 id) { return crm.contact(id); }, counts.contacts));
    m_tables.insert(u"leads"_s, EntityTable([crm](qint64 id) { return crm.lead(id); }, counts.leads));
    m_tables.insert(u"companies"_s,
                    EntityTable([crm](qint64 id) { return crm.company(id); }, counts.companies));
    // The webhook owner always exists, even with users=0.
    m_tables.insert(u"users"_s, EntityTable([staff](qint64 id) { return staff.user(id); },
                                            qMax<qint64>(counts.users, options.userId)));
    m_tables.insert(u"tasks"_s,
                    EntityTable([staff](qint64 id) { return staff.task(id); }, count(u"tasks"_s)));

    m_schemas.insert(u"deals"_s, CrmSchemas::demo(CrmSchemas::Deal));
    m_schemas.insert(u"contacts"_s, CrmSchemas::demo(CrmSchemas::Contact));
    m_schemas.insert(u"leads"_s, CrmSchemas::demo(CrmSchemas::Lead));
    m_schemas.insert(u"companies"_s, CrmSchemas::demo(CrmSchemas::Company));
}

EntityTable &DataStore::table(const QString &name)
{
    return m_tables[name];
}

const EntitySchema &DataStore::schema(const QString &name) const
{
    static const EntitySchema empty;
    const auto it = m_schemas.constFind(name);
    return it == m_schemas.constEnd() ? empty : it.value();
}

QString DataStore::entityForTypeId(int entityTypeId)
{
    switch (entityTypeId) {
    case 1:
        return u"leads"_s;
    case 2:
        return u"deals"_s;
    case 3:
        return u"contacts"_s;
    case 4:
        return u"companies"_s;
    default:
        return {};
    }
}

PhpValue DataStore::statuses() const
{
    PhpValue list = PhpValue::array();
    int id = 1;
    const auto add = [&](const QString &entity, const QString &statusId, const QString &name,
                         const QString &semantics, const QString &color, const PhpValue &category) {
        PhpValue s = PhpValue::array();
        s.insert(u"ID"_s, QString::number(id));
        s.insert(u"ENTITY_ID"_s, entity);
        s.insert(u"STATUS_ID"_s, statusId);
        s.insert(u"NAME"_s, name);
        s.insert(u"NAME_INIT"_s, name);
        s.insert(u"SORT"_s, QString::number(id * 10));
        s.insert(u"SYSTEM"_s, semantics.isEmpty() ? u"N"_s : u"Y"_s);
        s.insert(u"CATEGORY_ID"_s, category);
        s.insert(u"COLOR"_s, color);
        s.insert(u"SEMANTICS"_s, semantics.isEmpty() ? PhpValue() : PhpValue(semantics));
        PhpValue extra = PhpValue::array();
        extra.insert(u"SEMANTICS"_s, semantics == u"S"   ? u"success"_s
                                     : semantics == u"F" ? u"failure"_s
                                                         : u"process"_s);
        extra.insert(u"COLOR"_s, color);
        s.insert(u"EXTRA"_s, extra);
        list.append(s);
        ++id;
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
    return list;
}

PhpValue DataStore::dealCategories() const
{
    PhpValue list = PhpValue::array();
    const QString names[] = {u"Основная воронка"_s, u"Закупки"_s};
    for (int i = 0; i < 2; ++i) {
        PhpValue c = PhpValue::array();
        c.insert(u"id"_s, i);
        c.insert(u"name"_s, names[i]);
        c.insert(u"sort"_s, (i + 1) * 100);
        c.insert(u"entityTypeId"_s, 2);
        c.insert(u"isDefault"_s, i == 0 ? u"Y"_s : u"N"_s);
        list.append(c);
    }
    return list;
}

PhpValue DataStore::departments() const
{
    return StaffGenerator::departments();
}

} // namespace b24
