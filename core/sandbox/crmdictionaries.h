#pragma once

#include "core/sandbox/entityschema.h"
#include "core/sandbox/entitytable.h"

namespace b24 {

// The CRM's dictionaries as a fresh portal has them: statuses and stages (crm.status.*), pipelines
// (crm.category.*), currencies, and the descriptions of their fields.
class CrmDictionaries
{
public:
    static void seedStatuses(EntityTable &statuses);
    static void seedCategories(EntityTable &categories);
    static PhpValue statusRow(const QString &entity, const QString &statusId, const QString &name, int sort,
                              const QString &semantics, const QString &color, const PhpValue &category);
    static PhpValue entityTypes(); // crm.status.entity.types
    static PhpValue currencies();  // crm.currency.list rows
    static PhpValue userFieldTypes();
    static EntitySchema statusSchema();
    static EntitySchema categorySchema();
    static EntitySchema multiFieldSchema();
};

} // namespace b24
