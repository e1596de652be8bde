#include "core/sandbox/datastore.h"

#include "core/sandbox/crmdictionaries.h"
#include "core/sandbox/crmgenerator.h"
#include "core/sandbox/crmschemas.h"
#include "core/sandbox/staffgenerator.h"

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

    const PhpValue departments = StaffGenerator::departments();
    for (const auto &e : departments.entries())
        m_tables[u"departments"_s].add(e.value);
    CrmDictionaries::seedStatuses(m_tables[u"statuses"_s]);
    CrmDictionaries::seedCategories(m_tables[u"categories"_s]);
    m_schemas.insert(u"deals"_s, CrmSchemas::demo(CrmSchemas::Deal));
    m_schemas.insert(u"contacts"_s, CrmSchemas::demo(CrmSchemas::Contact));
    m_schemas.insert(u"leads"_s, CrmSchemas::demo(CrmSchemas::Lead));
    m_schemas.insert(u"companies"_s, CrmSchemas::demo(CrmSchemas::Company));
}

EntityTable &DataStore::table(const QString &name)
{
    return m_tables[name];
}

EntitySchema &DataStore::schema(const QString &name)
{
    return m_schemas[name];
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

} // namespace b24
