#pragma once

#include "core/sandbox/phpvalue.h"

#include <QByteArray>

namespace b24 {

// The portal's `.xml` output (reference/b24-rest-protocol.md §2.2): the same tree as the JSON
// envelope under a <response> root, numeric keys as <item>, scalars as PHP prints them.
class PhpXmlWriter
{
public:
    static QByteArray write(const PhpValue &envelope);

private:
    static void writeValue(QByteArray &out, const PhpValue &value);
};

} // namespace b24
