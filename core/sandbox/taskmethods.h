#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// tasks.task.list / tasks.task.get: camelCase keys with numeric strings, wrapped in
// tasks/task; filter and order take UPPER names (ID) while rows answer "id".
class TaskMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data);
};

} // namespace b24
