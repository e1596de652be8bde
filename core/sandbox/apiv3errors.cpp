#include "core/sandbox/apiv3errors.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString ApiV3Errors::code(const QString &name)
{
    return u"BITRIX_REST_V3_EXCEPTION_"_s + name;
}

MethodResult ApiV3Errors::make(const QString &name, const QString &message, int status,
                               const Validation &validation)
{
    MethodResult r = MethodResult::failure(code(name), message, status);
    if (!validation.isEmpty()) {
        PhpValue list = PhpValue::array();
        for (const auto &[field, text] : validation) {
            PhpValue entry = PhpValue::array();
            entry.insert(u"message"_s, text);
            entry.insert(u"field"_s, field);
            list.append(entry);
        }
        r.extra = PhpValue::array();
        r.extra.insert(u"validation"_s, list);
    }
    return r;
}

MethodResult ApiV3Errors::required(const QString &field)
{
    return make(u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s, u"Error validating request object"_s, 400,
                {{field, u"Required field `%1` is not specified"_s.arg(field)}});
}

MethodResult ApiV3Errors::notFound(const QString &what)
{
    return make(u"ENTITYNOTFOUNDEXCEPTION"_s, u"%1 not found"_s.arg(what), 400);
}

PhpValue ApiV3Errors::body(const MethodResult &error)
{
    PhpValue inner = PhpValue::array();
    inner.insert(u"code"_s, error.error);
    inner.insert(u"message"_s, error.description);
    if (const PhpValue *validation = error.extra.find(u"validation"_s))
        inner.insert(u"validation"_s, *validation);
    PhpValue body = PhpValue::array();
    body.insert(u"error"_s, inner);
    return body;
}

} // namespace b24
