#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"
#include "core/sandbox/portaloptions.h"

namespace b24 {

// Introspection and identity (§6): methods, scope, method.get, profile, user.current, user.get,
// user.fields, server.time, app.info, events, department.get.
class SystemMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data, const PortalOptions &options);
};

} // namespace b24
