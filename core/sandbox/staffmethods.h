#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"
#include "core/sandbox/portaloptions.h"

namespace b24 {

// People and access: user.{current,get,search,fields,add,update}, user.access, access.name,
// feature.get and department.{get,fields,add,update,delete}; writes persist in the tables
// "users" and "departments".
class StaffMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data, const PortalOptions &options);
};

} // namespace b24
