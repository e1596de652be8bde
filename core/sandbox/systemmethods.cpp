#include "core/sandbox/systemmethods.h"

#include "core/sandbox/listquery.h"
#include "core/sandbox/rowselector.h"
#include "core/sandbox/samplevalues.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
bool granted(const PortalOptions &o, const QString &scope)
{
    return scope.isEmpty() || o.scopes.contains(scope) ||
           (scope == u"user" && (o.scopes.contains(u"user_brief"_s) || o.scopes.contains(u"user_basic"_s)));
}

// Every scope of a portal with all modules installed (api-reference/scopes/permissions.md in the
// official docs); the sandbox's own method scopes are among them.
QStringList portalScopes(const MethodRegistry &registry)
{
    QStringList all{u"ai_admin"_s,
                    u"biconnector"_s,
                    u"bizproc"_s,
                    u"booking"_s,
                    u"calendar"_s,
                    u"call"_s,
                    u"cashbox"_s,
                    u"catalog"_s,
                    u"contact_center"_s,
                    u"crm"_s,
                    u"delivery"_s,
                    u"department"_s,
                    u"disk"_s,
                    u"documentgenerator"_s,
                    u"entity"_s,
                    u"humanresources"_s,
                    u"humanresources.hcmlink"_s,
                    u"im"_s,
                    u"imbot"_s,
                    u"imconnector"_s,
                    u"imopenlines"_s,
                    u"intranet"_s,
                    u"landing"_s,
                    u"lists"_s,
                    u"log"_s,
                    u"mailservice"_s,
                    u"main"_s,
                    u"messageservice"_s,
                    u"mobile"_s,
                    u"pay_system"_s,
                    u"placement"_s,
                    u"pull"_s,
                    u"rpa"_s,
                    u"sale"_s,
                    u"salescenter"_s,
                    u"sign.b2e"_s,
                    u"socialnetwork"_s,
                    u"sonet_group"_s,
                    u"task"_s,
                    u"telephony"_s,
                    u"timeman"_s,
                    u"user"_s,
                    u"user.userfield"_s,
                    u"user_basic"_s,
                    u"user_brief"_s,
                    u"userconsent"_s,
                    u"userfieldconfig"_s,
                    u"vote"_s};
    for (const QString &scope : registry.scopes())
        if (!scope.isEmpty() && !all.contains(scope))
            all << scope;
    return all;
}

PhpValue strings(const QStringList &list)
{
    PhpValue v = PhpValue::array();
    for (const QString &s : list)
        v.append(s);
    return v;
}
} // namespace

void SystemMethods::registerIn(MethodRegistry &registry, DataStore &data, const PortalOptions &options)
{
    const MethodRegistry *reg = &registry;
    DataStore *store = &data;
    const PortalOptions *o = &options;

    registry.add(u"methods"_s, {}, [reg, o](const CallContext &ctx) {
        const PhpValue *scope = ctx.params.findCaseInsensitive(u"scope"_s);
        const bool full = ctx.params.findCaseInsensitive(u"full"_s) &&
                          ctx.params.findCaseInsensitive(u"full"_s)->isTruthy();
        QStringList names;
        for (const QString &name : reg->names()) {
            const MethodInfo *m = reg->find(name);
            if (!m->webhookAllowed)
                continue;
            const bool keep = full ? true : scope ? m->scope == scope->toString() : granted(*o, m->scope);
            if (keep)
                names << name;
        }
        return MethodResult::success(strings(names));
    });
    registry.add(u"scope"_s, {}, [reg, o](const CallContext &ctx) {
        const PhpValue *full = ctx.params.findCaseInsensitive(u"full"_s);
        return MethodResult::success(strings(full && full->isTruthy() ? portalScopes(*reg) : o->scopes));
    });
    registry.add(u"method.get"_s, {}, [reg, o](const CallContext &ctx) {
        const QString name = ctx.params.value(u"name"_s).toString();
        const MethodInfo *m = name.isEmpty() ? nullptr : reg->find(name);
        PhpValue r = PhpValue::array();
        r.insert(u"isExisting"_s, m != nullptr);
        r.insert(u"isAvailable"_s, m != nullptr && m->webhookAllowed && granted(*o, m->scope));
        return MethodResult::success(r);
    });
    registry.add(u"server.time"_s, {}, [](const CallContext &ctx) {
        return MethodResult::success(SampleValues::utcDateTime(ctx.nowMs));
    });
    registry.add(u"app.info"_s, {}, [o](const CallContext &) {
        PhpValue r = PhpValue::array();
        r.insert(u"SCOPE"_s, strings(o->scopes));
        r.insert(u"LICENSE"_s, o->plan == PortalOptions::Plan::Standard ? u"ru_pro100"_s : u"ru_ent250"_s);
        return MethodResult::success(r);
    });
    registry.add(u"profile"_s, {}, [store, o](const CallContext &) {
        const PhpValue user = store->table(u"users"_s).row(o->userId);
        PhpValue r = PhpValue::array();
        if (user.isNull() || !user.value(u"ACTIVE"_s).isTruthy())
            return MethodResult::success(r);
        r.insert(u"ID"_s, user.value(u"ID"_s));
        r.insert(u"ADMIN"_s, o->userId == 1);
        r.insert(u"NAME"_s, user.value(u"NAME"_s));
        r.insert(u"LAST_NAME"_s, user.value(u"LAST_NAME"_s));
        r.insert(u"PERSONAL_GENDER"_s, user.value(u"PERSONAL_GENDER"_s));
        r.insert(u"TIME_ZONE"_s, u""_s);
        return MethodResult::success(r);
    });
    // The webhook's owner (user 1 in the seeded data) is the portal's administrator, as in profile.
    registry.add(u"user.admin"_s, {},
                 [o](const CallContext &) { return MethodResult::success(o->userId == 1); });
    // Application-context methods: known, but a webhook gets WRONG_AUTH_TYPE.
    for (const QString &name : {u"events"_s, u"event.bind"_s, u"event.get"_s, u"placement.bind"_s})
        registry.add(
            name, {}, [](const CallContext &) { return MethodResult::success(PhpValue::array()); }, false);
}

} // namespace b24
