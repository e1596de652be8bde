#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// CRM dictionaries: crm.status.{fields,list,get,add,update,delete,entity.types,entity.items},
// crm.category.{fields,list,get,add,update,delete}, crm.currency.{list,get}, crm.type.list,
// crm.multifield.fields, crm.userfield.types, crm.stagehistory.list.
class CrmDictionaryMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data);
};

} // namespace b24
