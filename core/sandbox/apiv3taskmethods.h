#pragma once

#include "core/sandbox/apiv3methods.h"

namespace b24 {

class DataStore;

// tasks.task.get/list/add/update/delete and tasks.task.field.list under REST 3.0, over the same
// task table as the classic tasks.task.* (docs/protocol.md §11.5): the classic rows keep their
// names and numeric strings; REST 3.0 answers native numbers, a status word and `creatorId` for the
// classic `createdBy`.
class ApiV3TaskMethods
{
public:
    static void registerIn(ApiV3Methods &methods, DataStore &data);
    static const ApiV3Entity &entity();
    // A classic task row as a REST 3.0 item (relations filled from the user table).
    static PhpValue item(const PhpValue &row, DataStore &data);
};

} // namespace b24
