#pragma once

#include <QByteArray>

namespace b24 {

// A multipart/form-data body (RFC 7578) as the portal's PHP sees it: each field part becomes
// "name=value" of a form body (brackets keep their parse_str meaning); file parts go to
// $_FILES, not to the parameters, so they are left out.
class MultipartBody
{
public:
    // The equivalent application/x-www-form-urlencoded body; empty when nothing parses.
    static QByteArray toFormBody(const QByteArray &body, const QByteArray &contentType);
};

} // namespace b24
