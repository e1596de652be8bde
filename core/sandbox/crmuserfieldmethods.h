#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// crm.{deal,lead,contact,company}.userfield.{list,get,add,update,delete}: the entity's user fields
// (table "userfields"); each change shows at once in the entity's *.fields, select and filter.
class CrmUserFieldMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data);

    // The userfield.* row of a schema's user field, and the schema field of a row.
    static PhpValue rowOf(const QString &entityId, const EntitySchema::Field &field);
    static EntitySchema::Field fieldOf(const PhpValue &row);
};

} // namespace b24
