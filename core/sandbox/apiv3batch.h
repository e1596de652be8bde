#pragma once

#include "core/sandbox/methodregistry.h"

#include <functional>

namespace b24 {

// The REST 3.0 batch (docs/protocol.md §11.7): a bare JSON array of {method, query, as?,
// parallel?}, run in order; `{"$ref": "alias.item.field"}` and `{"$refArray": "alias.field"}` take
// values from earlier `item`/`items` results; the first error is the answer of the whole batch.
class ApiV3Batch
{
public:
    using Execute = std::function<MethodResult(const QString &method, const PhpValue &query)>;

    static MethodResult run(const PhpValue &body, const Execute &execute);
    // True when an item names a method `isWrite` calls a write.
    static bool hasWrite(const PhpValue &body, const std::function<bool(const QString &)> &isWrite);
};

} // namespace b24
