#include "core/sandbox/apiv3eventlog.h"

#include "core/sandbox/apiv3errors.h"
#include "core/sandbox/apiv3query.h"
#include "core/sandbox/datastore.h"
#include "core/sandbox/portaloptions.h"
#include "core/sandbox/samplevalues.h"
#include "core/sandbox/seededrandom.h"

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

constexpr quint64 kEventEntity = 301;

const char16_t *const kSeverities[] = {u"SECURITY", u"ERROR", u"WARNING", u"INFO", u"DEBUG"};
const char16_t *const kTypes[] = {u"USER_AUTHORIZE",        u"USER_LOGOUT", u"USER_LOGIN",
                                  u"USER_PASSWORD_CHANGED", u"TASK_ADD",    u"TASK_UPDATE",
                                  u"CRM_DEAL_UPDATE"};
const char16_t *const kModules[] = {u"main", u"tasks", u"crm", u"rest"};

struct EventLog
{
    quint64 seed = 1;
    qint64 count = 0;
    qint64 users = 1;

    PhpValue row(qint64 id, DataStore &data) const
    {
        const SeededRandom r(seed, kEventEntity, id);
        // Three events a minute, give or take two minutes: ties and a few out-of-order stamps.
        const qint64 at = 1767225600000LL + (id / 3) * 60000 + qint64(r.range(1, 5) - 2) * 60000;
        const qint64 user = 1 + r.range(2, int(qMax<qint64>(users, 1)));
        const PhpValue person = data.table(u"users"_s).row(user);
        PhpValue e = PhpValue::array();
        e.insert(u"id"_s, id);
        e.insert(u"timestampX"_s, SampleValues::dateTime(at));
        e.insert(u"severity"_s, QString::fromUtf16(r.pick(3, kSeverities)));
        e.insert(u"auditTypeId"_s, QString::fromUtf16(r.pick(4, kTypes)));
        e.insert(u"moduleId"_s, QString::fromUtf16(r.pick(5, kModules)));
        e.insert(u"itemId"_s, QString::number(1 + r.range(6, 300)));
        e.insert(u"remoteAddr"_s, u"10.0.%1.%2"_s.arg(r.range(7, 255)).arg(1 + r.range(8, 254)));
        e.insert(u"userAgent"_s, u"Mozilla/5.0"_s);
        e.insert(u"requestUri"_s, u"/company/personal/user/%1/"_s.arg(user));
        e.insert(u"siteId"_s, u"s1"_s);
        e.insert(u"userId"_s, user);
        e.insert(u"description"_s, u"Event %1"_s.arg(id));
        PhpValue relation = PhpValue::array();
        relation.insert(u"id"_s, user);
        relation.insert(u"name"_s,
                        person.value(u"NAME"_s).toString() + u' ' + person.value(u"LAST_NAME"_s).toString());
        e.insert(u"user"_s, relation);
        return e;
    }
    std::vector<PhpValue> rows(DataStore &data) const
    {
        std::vector<PhpValue> out;
        out.reserve(size_t(count));
        for (qint64 id = 1; id <= count; ++id)
            out.push_back(row(id, data));
        return out;
    }
};

PhpValue wrap(const QString &key, const PhpValue &value)
{
    PhpValue out = PhpValue::array();
    out.insert(key, value);
    return out;
}

} // namespace

const ApiV3Entity &ApiV3EventLog::entity()
{
    static const ApiV3Entity log = [] {
        ApiV3Entity e;
        e.schemaName = u"EventLogEntry"_s;
        e.pageCap = 1000;
        e.fields = {{u"id"_s, u"integer"_s, u"ID"_s, true, true, true, false},
                    {u"timestampX"_s, u"datetime"_s, u"Time"_s, true, true, true, false},
                    {u"severity"_s, u"string"_s, u"Severity"_s, true, true, true, false},
                    {u"auditTypeId"_s, u"string"_s, u"Event type"_s, true, false, true, false},
                    {u"moduleId"_s, u"string"_s, u"Module"_s, true, false, true, false},
                    {u"itemId"_s, u"string"_s, u"Object"_s, true, false, true, false},
                    {u"remoteAddr"_s, u"string"_s, u"IP address"_s, false, false, true, false},
                    {u"userAgent"_s, u"string"_s, u"User agent"_s, false, false, true, false},
                    {u"requestUri"_s, u"string"_s, u"Page"_s, false, false, true, false},
                    {u"siteId"_s, u"string"_s, u"Site"_s, false, false, true, false},
                    {u"userId"_s, u"integer"_s, u"User"_s, true, true, true, false},
                    {u"description"_s, u"string"_s, u"Description"_s, false, false, true, false}};
        e.relations = {{u"user"_s, {u"id"_s, u"name"_s}}};
        return e;
    }();
    return log;
}

void ApiV3EventLog::registerIn(ApiV3Methods &methods, DataStore &data, const PortalOptions &options)
{
    DataStore *store = &data;
    EventLog log;
    log.seed = options.seed;
    log.count = options.data.value(u"eventlog"_s, 500);
    log.users = qMax<qint64>(1, options.data.value(u"users"_s, 20));
    static const auto shared = std::make_shared<const ApiV3Entity>(entity());

    methods.add(ApiV3Method(u"main.eventlog.list"_s, QString(), u"List events"_s,
                            [store, log](const CallContext &ctx) {
                                ApiV3Query query;
                                if (auto error = ApiV3Query::parse(entity(), ctx.params, &query))
                                    return *error;
                                return MethodResult::success(wrap(u"items"_s, query.run(log.rows(*store))));
                            })
                    .takes({u"select"_s, u"filter"_s, u"order"_s, u"pagination"_s})
                    .answers(shared, u"items"_s));

    methods.add(ApiV3Method(u"main.eventlog.get"_s, QString(), u"Get an event"_s,
                            [store, log](const CallContext &ctx) {
                                const PhpValue *id = ctx.params.find(u"id"_s);
                                if (!id || id->isNull())
                                    return ApiV3Errors::required(u"id"_s);
                                ApiV3Query query;
                                if (auto error = ApiV3Query::parse(entity(), ctx.params, &query))
                                    return *error;
                                if (id->toInt() < 1 || id->toInt() > log.count)
                                    return ApiV3Errors::notFound(u"Event %1"_s.arg(id->toString()));
                                return MethodResult::success(
                                    wrap(u"item"_s, query.project(log.row(id->toInt(), *store))));
                            })
                    .takes({u"id"_s, u"select"_s}, {u"id"_s})
                    .answers(shared, u"item"_s));

    methods.add(ApiV3Method(u"main.eventlog.tail"_s, QString(), u"Events after a cursor"_s,
                            [store, log](const CallContext &ctx) {
                                const PhpValue *cursor = ctx.params.find(u"cursor"_s);
                                if (!cursor)
                                    return ApiV3Errors::required(u"cursor"_s);
                                PhpValue params = ctx.params;
                                params.remove(u"cursor"_s);
                                ApiV3Query query;
                                if (auto error = ApiV3Query::parse(entity(), params, &query))
                                    return *error;
                                if (auto error = query.applyCursor(*cursor))
                                    return *error;
                                return MethodResult::success(wrap(u"items"_s, query.run(log.rows(*store))));
                            })
                    .takes({u"select"_s, u"filter"_s, u"cursor"_s}, {u"cursor"_s})
                    .answers(shared, u"items"_s));

    methods.add(ApiV3Method(u"main.eventlog.field.list"_s, QString(), u"Fields of an event"_s,
                            [](const CallContext &) { return MethodResult::success(entity().fieldList()); })
                    .answers(shared, u"items"_s));
}

} // namespace b24
