#pragma once

#include "core/sandbox/phpvalue.h"

namespace b24 {

// The fields of a portal user, as user.fields names them.
class UserFields
{
public:
    static PhpValue descriptors();
    static bool known(const QString &name);
};

} // namespace b24
