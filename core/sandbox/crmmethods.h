#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// Legacy CRM methods: crm.{deal,contact,lead,company}.{list,get,fields,add,update,delete}.
class CrmMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data);

    // Shared with crm.item.*: a legacy row built from written fields.
    static PhpValue newRow(const EntitySchema &schema, const PhpValue &fields, qint64 nowMs, int userId);
    static PhpValue param(const PhpValue &params, const QString &name); // case-insensitive
};

} // namespace b24
