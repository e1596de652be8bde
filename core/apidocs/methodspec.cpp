#include "core/apidocs/methodspec.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

const QList<SpecParam> *MethodSpec::def(const QString &name) const
{
    for (const auto &entry : defs) {
        if (entry.first == name)
            return &entry.second;
    }
    return nullptr;
}

QString MethodSpec::pageUrl(bool russian) const
{
    if (page.isEmpty())
        return {};
    return (russian ? u"https://apidocs.bitrix24.ru"_s : u"https://apidocs.bitrix24.com"_s) + page;
}

bool MethodSpec::isWriteMethod(const QString &method)
{
    // Last parts that only read; every documented method ending so answers without changing data.
    static const QSet<QString> reads = {
        u"get"_s,
        u"list"_s,
        u"getlist"_s,
        u"fields"_s,
        u"getfields"_s,
        u"search"_s,
        u"tail"_s,
        u"count"_s,
        u"current"_s,
        u"info"_s,
        u"version"_s,
        u"name"_s,
        u"instances"_s,
        u"items"_s,
        u"access"_s,
        u"admin"_s,
        u"scope"_s,
        u"methods"_s,
        u"time"_s,
        u"status"_s,
        u"types"_s,
        u"gettypes"_s,
        u"getmanifest"_s,
        u"getfieldsbyfilter"_s,
        u"isactionallowed"_s,
        u"getpublicurl"_s,
        u"download"_s,
        u"openapi"_s,
        u"configuration"_s,
    };
    const QString last = method.section(u'.', -1).toLower();
    if (reads.contains(last))
        return false;
    // `crm.deal.details.configuration.get` ends in get; `crm.status.entity.types` in types; a
    // `*.fields` suffix in `*.field.list` — all caught above. Everything else may write.
    return true;
}

} // namespace b24
