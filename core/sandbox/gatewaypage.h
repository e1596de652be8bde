#pragma once

#include "core/sandbox/httpmessage.h"

namespace b24 {

// The HTML error page the cloud's nginx front answers when the PHP side fails (502) or runs out
// of time (504): no JSON envelope, so a client must cope with HTML on an error status.
class GatewayPage
{
public:
    static HttpResponse response(int status, const QByteArray &reason);
    // A renamed portal's answer at its old address: 302 to the same path on the new host.
    static HttpResponse moved(const QByteArray &target);
};

} // namespace b24
