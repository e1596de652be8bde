#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// D7 universal CRM methods: crm.item.{list,get,fields,add,update,delete} for entityTypeId 1-4,
// answering camelCase keys with native numbers, wrapped in items/item/fields.
class CrmItemMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data);
};

} // namespace b24
