#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// crm.{deal,lead,contact,company}.details.configuration.get: the card layout a portal shows by
// default (sections and their fields), read only; the entity's user fields close the main section.
class CrmCardMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data);
};

} // namespace b24
