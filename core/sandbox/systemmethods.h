#pragma once

#include "sandbox/datastore.h"
#include "sandbox/methodregistry.h"
#include "sandbox/portaloptions.h"

namespace b24 {

// Introspection and identity (docs/protocol.md §6): methods, scope, method.get, profile, user.current,
// user.get, user.fields, server.time, app.info, events, department.get.
class SystemMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data, const PortalOptions &options);
};

} // namespace b24
