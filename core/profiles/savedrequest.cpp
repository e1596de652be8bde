#include "core/profiles/savedrequest.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

OrderedJson SavedRequest::toJson(bool withPortal) const
{
    OrderedJson o = OrderedJson::object();
    if (withPortal) {
        o.insert(u"id"_s, id);
        o.insert(u"portal"_s, portal);
    }
    o.insert(u"name"_s, name);
    o.insert(u"method"_s, method);
    o.insert(u"params"_s, params);
    o.insert(u"runMode"_s, runMode);
    o.insert(u"apiVersion"_s, apiVersion);
    return o;
}

std::optional<SavedRequest> SavedRequest::fromJson(const OrderedJson &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    SavedRequest r;
    r.name = json.value(u"name"_s).toString().trimmed();
    r.method = json.value(u"method"_s).toString().trimmed();
    if (r.name.isEmpty() || r.method.isEmpty())
        return fail(
            QCoreApplication::translate("b24::SavedRequest", "a saved request needs a name and a method"));
    const OrderedJson params = json.value(u"params"_s);
    if (!params.isUndefined() && !params.isNull() && !params.isObject())
        return fail(
            QCoreApplication::translate("b24::SavedRequest", "\"%1\": params must be an object").arg(r.name));
    r.params = params.isObject() ? params : OrderedJson::object();
    const QString mode = json.value(u"runMode"_s).toString();
    if (!mode.isEmpty()) {
        if (mode != u"single"_s && mode != u"all-pages"_s && mode != u"batch"_s)
            return fail(QCoreApplication::translate("b24::SavedRequest", "\"%1\": unknown run mode %2")
                            .arg(r.name, mode));
        r.runMode = mode;
    }
    const QString version = json.value(u"apiVersion"_s).toString();
    if (!version.isEmpty() && version != u"v2"_s && version != u"v3"_s)
        return fail(
            QCoreApplication::translate("b24::SavedRequest", "\"%1\": API version %2 is not supported")
                .arg(r.name, version));
    if (!version.isEmpty())
        r.apiVersion = version;
    r.id = json.value(u"id"_s).toString();
    r.portal = json.value(u"portal"_s).toString();
    return r;
}

} // namespace b24
