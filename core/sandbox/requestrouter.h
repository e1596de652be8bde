#pragma once

#include "core/sandbox/httpmessage.h"
#include "core/sandbox/phpvalue.h"

#include <QString>

namespace b24 {

// Splits /rest/{uid}/{secret}/{method}[.json|.xml][/] (or /rest/{method}) and gathers the
// request variables like CRestUtil::getRequestData: query, then form or JSON body over it,
// then the route's aplogin/ap.
class RequestRouter
{
public:
    struct Route
    {
        bool valid = false; // false: not a REST path at all
        QString method;     // as spelled in the URL, suffix stripped
        QString format;     // "json" or "xml"
        PhpValue params;    // merged request variables (still with start/auth keys)
    };

    static Route route(const HttpRequest &request);
    static PhpValue requestParams(const HttpRequest &request);
};

} // namespace b24
