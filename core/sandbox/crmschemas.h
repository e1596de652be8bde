#pragma once

#include "core/sandbox/entityschema.h"

namespace b24 {

// Field tables of the legacy CRM entities (shapes follow the crm.*.fields fixtures).
class CrmSchemas
{
public:
    static EntitySchema deal();
    static EntitySchema contact();
    static EntitySchema lead();
    static EntitySchema company();
};

} // namespace b24
