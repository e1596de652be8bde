#include "core/b24/apierror.h"

#include "core/b24/redaction.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// REST 3.0 refuses a full request-rate bucket with 429 …RATELIMITEXCEPTION (docs/protocol.md §11.2).
bool isV3RateLimit(const QString &code)
{
    return code.endsWith(u"_RATELIMITEXCEPTION"_s);
}

} // namespace

QString ApiError::toString() const
{
    if (!isError())
        return {};
    QString text;
    if (!code.isEmpty() && !description.isEmpty())
        text = code + u": "_s + description;
    else if (!code.isEmpty())
        text = code;
    else if (!description.isEmpty())
        text = description;
    else
        text = kindName(kind) + u" error"_s;
    for (const FieldError &entry : validation) {
        text += u"; "_s;
        text += entry.field.isEmpty() ? entry.message : entry.field + u": "_s + entry.message;
    }
    return redact(text);
}

bool ApiError::isAuth() const
{
    static const QSet<QString> codes{u"INVALID_CREDENTIALS"_s, u"NO_AUTH_FOUND"_s, u"authorization_error"_s,
                                     u"INVALID_REQUEST"_s,     u"expired_token"_s, u"invalid_token"_s,
                                     u"PAYMENT_REQUIRED"_s};
    return (kind == Kind::Portal && codes.contains(code)) || isAccessRefusal();
}

bool ApiError::isAccessRefusal() const
{
    if (kind != Kind::Portal)
        return false;
    // Compared in upper case: modules spell ACCESS_DENIED / access_denied alike.
    static const QSet<QString> codes{u"ACCESS_DENIED"_s,         u"ACCESS_ERROR"_s,
                                     u"INSUFFICIENT_SCOPE"_s,    u"WRONG_AUTH_TYPE"_s,
                                     u"WRONG_LICENSE"_s,         u"USER_ACCESS_ERROR"_s,
                                     u"METHOD_CONFIRM_DENIED"_s, u"ALLOWED_ONLY_INTRANET_USER"_s};
    if (codes.contains(code.toUpper()))
        return true;
    // A generic code whose text is the refusal: ERROR_CORE "access_denied" (user.update), and
    // legacy CRM's empty code with "Access denied." (crm.contact.list, crm.deal.get).
    QString text = description.trimmed().toLower();
    while (text.endsWith(u'.') || text.endsWith(u'!'))
        text.chop(1);
    text.replace(u'_', u' ');
    return (code.isEmpty() || code == u"ERROR_CORE"_s) && text == u"access denied"_s;
}

bool ApiError::isScope() const
{
    return kind == Kind::Portal && code == u"insufficient_scope"_s;
}

bool ApiError::isRateLimit() const
{
    if (kind != Kind::Portal && kind != Kind::Http)
        return false;
    if (code == u"QUERY_LIMIT_EXCEEDED"_s || isV3RateLimit(code))
        return true;
    // OVERLOAD_LIMIT is a manual block that shares the 503: waiting does not help.
    return httpStatus == 503 && code != u"OVERLOAD_LIMIT"_s;
}

bool ApiError::isOperatingLimit() const
{
    if (kind != Kind::Portal && kind != Kind::Http)
        return false;
    return code == u"OPERATION_TIME_LIMIT"_s || (httpStatus == 429 && !isV3RateLimit(code));
}

bool ApiError::isIdempotencyKeyReused() const
{
    return kind == Kind::Portal && code.endsWith(u"IDEMPOTENCYKEYREUSEDEXCEPTION"_s);
}

bool ApiError::isIdempotencyKeyInvalid() const
{
    return kind == Kind::Portal && code.endsWith(u"INVALIDIDEMPOTENCYKEYEXCEPTION"_s);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Portal:
        return u"portal"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Redirect:
        return u"redirect"_s;
    case Kind::UnexpectedAnswer:
        return u"unexpected-answer"_s;
    case Kind::OutcomeUnknown:
        return u"outcome-unknown"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::InvalidRequest:
        return u"invalid-request"_s;
    }
    return {};
}

ApiError ApiError::make(Kind kind, const QString &code, const QString &description, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.code = code;
    error.description = description;
    error.httpStatus = httpStatus;
    return error;
}

} // namespace b24
