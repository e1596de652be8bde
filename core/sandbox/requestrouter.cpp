#include "core/sandbox/requestrouter.h"

#include "core/sandbox/jsonreader.h"
#include "core/sandbox/multipartbody.h"
#include "core/sandbox/phpparamparser.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

PhpValue RequestRouter::requestParams(const HttpRequest &request)
{
    PhpValue params = PhpParamParser::parse(request.query);
    if (request.method != "POST" || request.body.isEmpty())
        return params;
    const QByteArray contentType = request.header("content-type").toLower();
    const QByteArray mime = contentType.split(';').value(0).trimmed();
    PhpValue body;
    if (mime == "application/json") {
        bool ok = false;
        body = JsonReader::parse(request.body, &ok); // invalid JSON: silently no parameters
        if (!ok || !body.isArray())
            body = PhpValue::array();
    } else if (mime == "multipart/form-data") {
        body = PhpParamParser::parse(MultipartBody::toFormBody(request.body, request.header("content-type")));
    } else {
        body = PhpParamParser::parse(request.body);
    }
    for (const auto &e : body.entries())
        params.insert(e.key, e.value); // array_replace: the body wins per top-level key
    return params;
}

RequestRouter::Route RequestRouter::route(const HttpRequest &request)
{
    Route r;
    QList<QByteArray> parts = request.path.split('/');
    // "/rest/a/b/" -> ["", "rest", "a", "b", ""]
    if (parts.size() < 3 || !parts[0].isEmpty() || parts[1] != "rest")
        return r;
    parts = parts.mid(2);
    if (!parts.isEmpty() && parts.back().isEmpty())
        parts.removeLast();
    if (parts.size() != 1 && parts.size() != 3)
        return r;
    QString method = PhpParamParser::urlDecode(parts.back());
    r.format = u"json"_s;
    const qsizetype dot = method.lastIndexOf(u'.');
    if (dot > 0) {
        const QString suffix = method.mid(dot + 1).toLower();
        if (suffix == u"json" || suffix == u"xml") {
            r.format = suffix;
            method.truncate(dot);
        }
    }
    r.valid = !method.isEmpty();
    r.method = method;
    r.params = requestParams(request);
    if (parts.size() == 3) {
        r.params.insert(u"aplogin"_s, PhpParamParser::urlDecode(parts[0]));
        r.params.insert(u"ap"_s, PhpParamParser::urlDecode(parts[1]));
    }
    r.params.remove(u"method"_s);
    return r;
}

} // namespace b24
