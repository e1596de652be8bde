#include "core/b24/methodkind.h"

#include "core/b24/listoptions.h"
#include "core/b24/redaction.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

bool endsWithAny(const QString &method, std::initializer_list<QLatin1String> suffixes)
{
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&method](QLatin1String s) { return method.endsWith(s, Qt::CaseInsensitive); });
}

} // namespace

bool MethodKind::isList(const QString &method)
{
    const QString name = method.trimmed();
    return findKnownListMethod(name) || endsWithAny(name, {".list"_L1, ".getlist"_L1});
}

bool MethodKind::isList(const QString &method, ApiVersion api)
{
    if (api == ApiVersion::V2)
        return isList(method);
    return endsWithAny(method.trimmed(), {".list"_L1, ".tail"_L1});
}

bool MethodKind::isWrite(const QString &method)
{
    return endsWithAny(method.trimmed(), {".add"_L1, ".update"_L1, ".delete"_L1, ".set"_L1, ".bind"_L1,
                                          ".unbind"_L1, ".complete"_L1, ".start"_L1, ".send"_L1});
}

bool MethodKind::isRead(const QString &method)
{
    static const QSet<QString> basic{u"methods"_s,      u"scope"_s,       u"method.get"_s, u"profile"_s,
                                     u"user.current"_s, u"server.time"_s, u"app.info"_s,   u"user.admin"_s,
                                     u"user.access"_s,  u"access.name"_s, u"feature.get"_s};
    // Last parts that only read; every documented method ending so answers without changing data.
    static const QSet<QString> verbs{u"get"_s,
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
                                     u"configuration"_s};
    const QString m = method.trimmed().toLower();
    return basic.contains(m) || verbs.contains(m.section(u'.', -1));
}

QString MethodKind::nameProblem(const QString &method)
{
    // The portal's names: dot-separated words of letters, digits and underscores.
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"_s);
    const QString name = method.trimmed();
    if (name.isEmpty())
        return tr("No method");
    if (pattern.match(name).hasMatch())
        return {};
    // A pasted webhook URL must not show its secret here.
    const QString redacted = redact(name);
    const QString shown = redacted.size() > 40 ? redacted.left(39) + u'…' : redacted;
    return tr("\"%1\" is not a method name: use letters, digits, dots and underscores, e.g. crm.deal.list")
        .arg(shown);
}

QStringList MethodKind::keysNotTaken(const QString &method, const QStringList &keys)
{
    static const QStringList listKeys{u"select"_s, u"filter"_s, u"order"_s, u"start"_s};
    QStringList ignored;
    const bool list = isList(method);
    const bool write = !list && isWrite(method);
    for (const QString &key : keys) {
        const QString lower = key.toLower();
        if ((write && listKeys.contains(lower)) || (list && lower == u"fields"_s))
            ignored.append(key);
    }
    return ignored;
}

} // namespace b24
