#include "core/catalog/methodscopes.h"

#include <QStringList>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Longest matching prefix wins, so "user.userfield." is checked before "user.".
struct PrefixScope
{
    QLatin1StringView prefix;
    QLatin1StringView scope;
};

constexpr std::array prefixTable{
    PrefixScope{"user.userfield."_L1, "user.userfield"_L1},
    PrefixScope{"crm."_L1, "crm"_L1},
    PrefixScope{"tasks."_L1, "task"_L1},
    PrefixScope{"task."_L1, "task"_L1},
    PrefixScope{"user."_L1, "user"_L1},
    PrefixScope{"department."_L1, "department"_L1},
    PrefixScope{"im."_L1, "im"_L1},
    PrefixScope{"imbot."_L1, "imbot"_L1},
    PrefixScope{"imopenlines."_L1, "imopenlines"_L1},
    PrefixScope{"imconnector."_L1, "imopenlines"_L1},
    PrefixScope{"disk."_L1, "disk"_L1},
    PrefixScope{"calendar."_L1, "calendar"_L1},
    PrefixScope{"sonet_group."_L1, "sonet_group"_L1},
    PrefixScope{"log."_L1, "log"_L1},
    PrefixScope{"entity."_L1, "entity"_L1},
    PrefixScope{"lists."_L1, "lists"_L1},
    PrefixScope{"telephony."_L1, "telephony"_L1},
    PrefixScope{"voximplant."_L1, "telephony"_L1},
    PrefixScope{"catalog."_L1, "catalog"_L1},
    PrefixScope{"sale."_L1, "sale"_L1},
    PrefixScope{"bizproc."_L1, "bizproc"_L1},
    PrefixScope{"landing."_L1, "landing"_L1},
    PrefixScope{"timeman."_L1, "timeman"_L1},
    PrefixScope{"messageservice."_L1, "messageservice"_L1},
    PrefixScope{"mailservice."_L1, "mailservice"_L1},
    PrefixScope{"placement."_L1, "placement"_L1},
    PrefixScope{"userconsent."_L1, "userconsent"_L1},
    PrefixScope{"biconnector."_L1, "biconnector"_L1},
    PrefixScope{"booking."_L1, "booking"_L1},
    PrefixScope{"sign."_L1, "sign.b2e"_L1},
};

// Callable by any webhook. App-only methods (events, event.bind, app.option.*) are deliberately absent:
// a webhook gets WRONG_AUTH_TYPE or ACCESS_DENIED for them.
constexpr std::array basicMethods{
    "methods"_L1,  "scope"_L1,       "method.get"_L1, "profile"_L1,     "batch"_L1,       "server.time"_L1,
    "app.info"_L1, "user.access"_L1, "user.admin"_L1, "access.name"_L1, "feature.get"_L1,
};

} // namespace

bool MethodScopes::isBasicMethod(const QString &method)
{
    const QString m = method.toLower();
    for (const auto name : basicMethods) {
        if (m == name)
            return true;
    }
    return false;
}

QString MethodScopes::scopeFor(const QString &method, bool *isKnown)
{
    const QString m = method.trimmed().toLower();
    if (isBasicMethod(m)) {
        if (isKnown)
            *isKnown = true;
        return {};
    }
    qsizetype best = -1;
    QString scope;
    for (const auto &entry : prefixTable) {
        if (m.startsWith(entry.prefix) && entry.prefix.size() > best) {
            best = entry.prefix.size();
            scope = entry.scope;
        }
    }
    if (isKnown)
        *isKnown = best >= 0;
    return scope;
}

} // namespace b24
