#pragma once

#include "core/sandbox/methodregistry.h"

#include <optional>

namespace b24 {

// A documented method the sandbox does not emulate answers with the example answer its page
// documents (DocsCatalog, the offline catalog of the official docs): `result`, and `next` and
// `total` when the example has them. Nothing is stored and nothing checked; the portal marks the
// HTTP answer (X-Sandbox-Example: true) so no client takes it for data.
class DocsExamples
{
public:
    // std::nullopt for a method the documentation does not describe or whose page shows no answer.
    static std::optional<MethodResult> answer(const QString &method);
    static bool has(const QString &method);
};

} // namespace b24
