#include "core/sandbox/portalprivate.h"

#include "core/sandbox/apiv3errors.h"
#include "core/sandbox/docsexamples.h"
#include "core/sandbox/gatewaypage.h"
#include "core/sandbox/pagecost.h"
#include "core/sandbox/phpjsonwriter.h"
#include "core/sandbox/samplevalues.h"
#include "core/sandbox/seededrandom.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
const QString kOperatingRefusal = u"Method is blocked due to operation time limit."_s;

QString generatedSecret(quint64 seed)
{
    // Deterministic per seed, shaped like a real webhook code (16 lower-case letters/digits).
    const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString secret;
    for (int i = 0; i < 16; ++i)
        secret += QLatin1Char(alphabet[SeededRandom::mix(seed * 31 + quint64(i)) % 36]);
    return secret;
}

LeakyBucket bucketFor(PortalOptions::Plan plan)
{
    return plan == PortalOptions::Plan::Enterprise ? LeakyBucket(250, 5) : LeakyBucket(50, 2);
}
} // namespace

PortalPrivate::PortalPrivate(const PortalOptions &o)
    : options(o)
    , data(o)
    , bucket(bucketFor(o.plan))
    , operating(o.operatingLimitSeconds)
{
    if (options.secret.isEmpty())
        options.secret = generatedSecret(options.seed);
    if (options.timeScale > 0 && options.timeScale != 1)
        clock = ScaledClock(options.timeScale);
}

PhpValue PortalPrivate::timeObject(const QString &method, qint64 startMs, double ran, double processing,
                                   bool withOperating)
{
    const double start = double(startMs) / 1000.0;
    const double finish = start + ran;
    PhpValue t = PhpValue::array();
    t.insert(u"start"_s, start);
    t.insert(u"finish"_s, finish);
    t.insert(u"duration"_s, finish - start);
    t.insert(u"processing"_s, processing);
    t.insert(u"date_start"_s, SampleValues::utcDateTime(startMs));
    t.insert(u"date_finish"_s, SampleValues::utcDateTime(qint64(finish * 1000)));
    if (withOperating)
        addOperating(method, &t);
    return t;
}

void PortalPrivate::addOperating(const QString &method, PhpValue *time)
{
    if (!operating.enabled())
        return;
    const qint64 now = request.nowMs(); // --operating-cost moves no clock
    // Absent while no bucket holds anything (real answers often lack it even then).
    if (const auto reset = operating.resetAt(webhook, method, now))
        time->insert(u"operating_reset_at"_s, *reset);
    time->insert(u"operating"_s, operating.operating(webhook, method, now) + charges.running(method));
}

bool PortalPrivate::overBudget(const QString &method, qint64 startMs)
{
    return operating.enabled() &&
           operating.operating(webhook, method, startMs) + charges.running(method) > operating.limit();
}

MethodResult PortalPrivate::accountV3(const QString &method, const std::function<MethodResult()> &run)
{
    // The budget is the classic one (docs/protocol.md §11.9): per webhook and method name, whichever
    // protocol called it; the refusal keeps the documented code and status in REST 3.0's envelope.
    const qint64 startMs = request.nowMs();
    if (overBudget(method, startMs))
        return MethodResult::failure(u"OPERATION_TIME_LIMIT"_s, kOperatingRefusal, 429);
    QElapsedTimer timer;
    timer.start();
    MethodResult result = run();
    const double ran = request.spend(double(timer.nsecsElapsed()) / 1e9, 0);
    charges.add(method, startMs, ran + options.operatingCostSeconds);
    return result;
}

HttpResponse PortalPrivate::answerV3(const HttpRequest &http)
{
    // Logged as the endpoint logs its answers ("api tasks.task.list"), refusals included.
    QByteArray path = http.path;
    if (path.endsWith('/'))
        path.chop(1);
    const QByteArray logMethod = "api " + path.mid(path.lastIndexOf('/') + 1).toLower();
    if (options.plan != PortalOptions::Plan::Unlimited && !bucket.tryAcquire(clock())) {
        // One bucket for both protocols (docs/protocol.md §11.9); REST 3.0 refuses with its own code.
        return respond(
            429, ApiV3Errors::body(ApiV3Errors::make(u"RATELIMITEXCEPTION"_s, u"Too many requests"_s, 429)),
            logMethod);
    }
    if (stopped)
        return errorResponse(MethodResult::failure(u"PORTAL_DELETED"_s, u"Portal was deleted"_s, 500),
                             logMethod);
    webhook.clear(); // set once the endpoint has authenticated the request
    request = RequestClock(clock(), options.requestCapSeconds);
    charges = RequestCharges();
    HttpResponse response = v3->handle(http);
    charges.chargeTo(operating, webhook, request.startMs(), request.nowMs());
    return response;
}

ExecutedCall PortalPrivate::execute(const QString &name, PhpValue params, bool inBatch)
{
    const MethodInfo *info = registry.find(name);
    if (!info && options.docsExamples) {
        if (std::optional<MethodResult> example = DocsExamples::answer(name)) {
            answeredByExample = true;
            return {*example, timeObject(name, request.nowMs(), 0, 0, false)};
        }
    }
    if (!info)
        return {MethodResult::failure(u"ERROR_METHOD_NOT_FOUND"_s, u"Method not found!"_s, 404), {}};
    if (inBatch && (info->name == u"batch" || info->name == u"upload" || info->name == u"download"))
        return {MethodResult::failure(u"ERROR_BATCH_METHOD_NOT_ALLOWED"_s,
                                      u"Method is not allowed for batch usage"_s, 405),
                {}};
    if (!scopeGranted(info->scope)) {
        const QString text =
            inBatch ? QString()
                    : u"The request requires higher privileges than provided by the webhook token"_s;
        return {MethodResult::failure(u"insufficient_scope"_s, text, 401), {}};
    }
    if (options.deniedMethods.contains(info->name))
        return {MethodResult::failure(u"ACCESS_DENIED"_s, u"Access denied."_s, 403), {}};
    if (!info->webhookAllowed)
        return {MethodResult::failure(
                    u"WRONG_AUTH_TYPE"_s,
                    u"Current authorization type is denied for this method: Application context required"_s,
                    403),
                {}};
    const bool accounted = info->name != u"batch"; // the outer batch is exempt
    const qint64 startMs = request.nowMs();        // a batch command starts where the last ended
    if (request.cutOff()) // the batch is past the request's cap: its answer is the timeout page
        return {MethodResult::failure(u"ERROR_TIMEOUT"_s, u"Request time limit exceeded"_s, 504), {}};
    if (accounted && overBudget(info->name, startMs)) {
        batchRefusals += inBatch;
        return {MethodResult::failure(u"OPERATION_TIME_LIMIT"_s, kOperatingRefusal, 429), {}};
    }

    CallContext ctx;
    ctx.method = info->name;
    ctx.inBatch = inBatch;
    ctx.nowMs = startMs;
    if (const PhpValue *start = params.find(u"start"_s))
        ctx.start = start->toInt();
    for (const QString &key : {u"start"_s, u"state"_s, u"auth"_s, u"aplogin"_s, u"ap"_s})
        params.remove(key);
    ctx.params = params;

    QElapsedTimer timer;
    timer.start();
    MethodResult result = info->handler(ctx);
    const double real = double(timer.nsecsElapsed()) / 1e9;
    if (!accounted) // the outer batch took what its commands spent
    {
        const double took = std::max(real, double(request.nowMs() - startMs) / 1000.0);
        return {result, timeObject(info->name, startMs, took, took, false)};
    }
    const double pageCost =
        result.ok && PageCost::isPage(info->name) ? PageCost::seconds(options.pageCostMs, result.result) : 0;
    // Only what ran before the cap is charged; --operating-cost is reported and charged as handler
    // time, but takes none (clients learn a call's cost from `processing`): `finish` never lies
    // ahead of the portal's clock, which clients read from it.
    const double ran = request.spend(real, pageCost);
    const double processing = ran + options.operatingCostSeconds;
    charges.add(info->name, startMs, processing);
    return {result, timeObject(info->name, startMs, ran, processing, true)};
}

PhpValue PortalPrivate::errorBody(const MethodResult &error)
{
    PhpValue body = PhpValue::array();
    body.insert(u"error"_s, error.error);
    body.insert(u"error_description"_s, error.description);
    for (const auto &e : error.extra.entries())
        body.insert(e.key, e.value);
    return body;
}

PhpValue PortalPrivate::envelope(const ExecutedCall &done)
{
    PhpValue body = PhpValue::array();
    body.insert(u"result"_s, done.call.result);
    if (done.call.next)
        body.insert(u"next"_s, *done.call.next);
    if (done.call.total)
        body.insert(u"total"_s, *done.call.total);
    body.insert(u"time"_s, done.time);
    return body;
}

HttpResponse PortalPrivate::respond(int status, const PhpValue &body, const QByteArray &logMethod) const
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"content-type", "application/json; charset=utf-8"},
                 {"access-control-allow-origin", "*"},
                 {"access-control-allow-headers", "origin, content-type, accept"},
                 {"x-content-type-options", "nosniff"}};
    r.body = PhpJsonWriter::write(body);
    r.logMethod = logMethod;
    return r;
}

HttpResponse PortalPrivate::errorResponse(const MethodResult &error, const QByteArray &logMethod) const
{
    return respond(error.status, errorBody(error), logMethod);
}

} // namespace b24
