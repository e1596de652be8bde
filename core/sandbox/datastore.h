#pragma once

#include "core/sandbox/entityschema.h"
#include "core/sandbox/entitytable.h"
#include "core/sandbox/portaloptions.h"

#include <QHash>
#include <QString>

namespace b24 {

// Seeded entity tables of the sandbox portal, their schemas and CRM dictionaries.
// Table names: "deals", "contacts", "leads", "companies", "users", "tasks".
class DataStore
{
public:
    explicit DataStore(const PortalOptions &options);

    EntityTable &table(const QString &name);
    const EntitySchema &schema(const QString &name) const; // CRM entities only
    bool hasSchema(const QString &name) const { return m_schemas.contains(name); }

    PhpValue statuses() const;                        // crm.status.list rows
    PhpValue dealCategories() const;                  // crm.category.list rows (D7)
    PhpValue departments() const;                     // department.get rows
    static QString entityForTypeId(int entityTypeId); // 2 -> "deals", ...

private:
    QHash<QString, EntityTable> m_tables;
    QHash<QString, EntitySchema> m_schemas;
};

} // namespace b24
