#include "core/b24/envelopeparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const auto n = jsonToInt64(value))
            return QString::number(*n);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

// {"error": code, "error_description": text, ...extra} or the v3 {"error": {code, message}}.
ApiError portalError(const QJsonObject &object, int httpStatus)
{
    ApiError error;
    error.kind = ApiError::Kind::Portal;
    error.httpStatus = httpStatus;
    const QJsonValue raw = object.value(u"error"_s);
    if (raw.isObject()) {
        const QJsonObject v3 = raw.toObject();
        error.code = scalarText(v3.value(u"code"_s));
        error.description = scalarText(v3.value(u"message"_s));
        const QJsonArray validation = v3.value(u"validation"_s).toArray();
        for (const QJsonValue &entry : validation) {
            const QJsonObject item = entry.toObject();
            error.validation.append(
                {scalarText(item.value(u"field"_s)),
                 entry.isObject() ? scalarText(item.value(u"message"_s)) : scalarText(entry)});
        }
    } else {
        error.code = scalarText(raw);
        error.description = scalarText(object.value(u"error_description"_s));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"error"_s && it.key() != u"error_description"_s)
            error.details.insert(it.key(), it.value());
    }
    return error;
}

ApiError httpError(int httpStatus)
{
    return ApiError::make(ApiError::Kind::Http,
                          httpStatus >= 500 ? u"ERR_BAD_RESPONSE"_s : u"ERR_BAD_REQUEST"_s,
                          u"Request failed with status code "_s + QString::number(httpStatus), httpStatus);
}

ApiError unexpectedAnswer(int httpStatus, const QString &why)
{
    return ApiError::make(ApiError::Kind::UnexpectedAnswer, u"ERROR_UNEXPECTED_ANSWER"_s,
                          u"Server returned an unexpected response: "_s + why, httpStatus);
}

} // namespace

std::optional<qint64> jsonToInt64(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        // 2^63 is exactly representable; anything at or above it does not fit.
        if (!std::isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

CallResult parseEnvelope(int httpStatus, const QByteArray &body, const QString &method, ApiVersion api)
{
    CallResult out;
    out.httpStatus = httpStatus;
    out.rawBody = body;

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject object = isObject ? doc.object() : QJsonObject{};

    if (isObject && object.contains(u"error"_s)) {
        out.error = portalError(object, httpStatus);
    } else if (httpStatus >= 300 && httpStatus < 400) {
        out.error = ApiError::make(ApiError::Kind::Redirect, u"REDIRECT"_s,
                                   u"The portal answered with a redirect (HTTP "_s +
                                       QString::number(httpStatus) + u"); it was not followed"_s,
                                   httpStatus);
    } else if (httpStatus >= 400 || httpStatus < 100) {
        out.error = httpError(httpStatus);
    } else if (!isObject) {
        out.error =
            unexpectedAnswer(httpStatus, body.trimmed().isEmpty() ? u"empty body"_s : u"not a JSON object"_s);
    } else if (!object.contains(u"result"_s) && api == ApiVersion::V3) {
        // rest.documentation.openapi answers the bare document (docs/protocol.md §11.2).
        out.result = object;
    } else if (!object.contains(u"result"_s)) {
        out.error = unexpectedAnswer(httpStatus, u"no \"result\""_s);
    } else {
        out.result = object.value(u"result"_s);
        if (object.contains(u"next"_s))
            out.next = jsonToInt64(object.value(u"next"_s));
        if (object.contains(u"total"_s))
            out.total = jsonToInt64(object.value(u"total"_s));
        out.time = ResponseTime::fromJsonValue(object.value(u"time"_s));
    }
    // Error envelopes carry no time, but keep it when a portal sends one (operating stats).
    if (out.error.isError() && isObject)
        out.time = ResponseTime::fromJsonValue(object.value(u"time"_s));
    if (out.error.isError())
        out.error.method = method;
    return out;
}

} // namespace b24
