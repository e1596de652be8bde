#pragma once

#include "core/sandbox/methodregistry.h"

namespace b24 {

// The `batch` method (§5): up to 50 commands "method?query" run in key order through the same
// checks as top-level calls, with $result/$next/$total/$time/$error references and `halt`.
class BatchRunner
{
public:
    using Executor = std::function<ExecutedCall(const QString &method, const PhpValue &params)>;

    static void registerIn(MethodRegistry &registry, Executor executor);
    static MethodResult run(const CallContext &ctx, const Executor &executor);

    static constexpr int MaxCommands = 50;

    // Exposed for tests: substitutes references in one parameter value.
    static PhpValue resolve(const QString &value, const PhpValue &maps);
};

} // namespace b24
