#pragma once

#include "core/sandbox/apiv3methods.h"

#include <functional>

namespace b24 {

// What a REST 3.0 portal says about its own methods (docs/protocol.md §11.8):
// rest.documentation.openapi (an OpenAPI 3.0 document, answered bare) and rest.scope.list
// (module → controller → method → {scope, title, description, fields}).
class ApiV3Catalog
{
public:
    using ScopeGranted = std::function<bool(const QString &scope)>;

    static PhpValue openApi(const ApiV3Methods &methods, const ScopeGranted &granted);
    static PhpValue scopeList(const ApiV3Methods &methods, const PhpValue &params);
};

} // namespace b24
