#include "core/sandbox/portal.h"

#include "core/sandbox/apiv3endpoint.h"
#include "core/sandbox/apiv3errors.h"
#include "core/sandbox/batchrunner.h"
#include "core/sandbox/chatmethods.h"
#include "core/sandbox/crmcardmethods.h"
#include "core/sandbox/crmdictionarymethods.h"
#include "core/sandbox/crmitemmethods.h"
#include "core/sandbox/crmlinkmethods.h"
#include "core/sandbox/crmmethods.h"
#include "core/sandbox/crmproductrowmethods.h"
#include "core/sandbox/crmuserfieldmethods.h"
#include "core/sandbox/datastore.h"
#include "core/sandbox/docsexamples.h"
#include "core/sandbox/gatewaypage.h"
#include "core/sandbox/jsonreader.h"
#include "core/sandbox/leakybucket.h"
#include "core/sandbox/methodregistry.h"
#include "core/sandbox/operatinglimiter.h"
#include "core/sandbox/pagecost.h"
#include "core/sandbox/phpjsonwriter.h"
#include "core/sandbox/phpxmlwriter.h"
#include "core/sandbox/requestcharges.h"
#include "core/sandbox/requestclock.h"
#include "core/sandbox/requestrouter.h"
#include "core/sandbox/samplevalues.h"
#include "core/sandbox/scaledclock.h"
#include "core/sandbox/staffmethods.h"
#include "core/sandbox/systemmethods.h"
#include "core/sandbox/taskmethods.h"
#include "core/sandbox/webhookaccess.h"

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

class PortalPrivate
{
public:
    explicit PortalPrivate(const PortalOptions &o)
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

    ExecutedCall execute(const QString &name, PhpValue params, bool inBatch);
    // ran: the seconds that passed (finish - start); processing may hold more (--operating-cost).
    PhpValue timeObject(const QString &method, qint64 startMs, double ran, double processing,
                        bool withOperating);
    bool scopeGranted(const QString &scope) const { return access.scopeGranted(scope); }
    HttpResponse respond(int status, const PhpValue &body, const QByteArray &logMethod) const;
    HttpResponse errorResponse(const MethodResult &error, const QByteArray &logMethod) const;
    static PhpValue errorBody(const MethodResult &error);
    static PhpValue envelope(const ExecutedCall &done);
    void addOperating(const QString &method, PhpValue *time);
    bool overBudget(const QString &method, qint64 startMs);
    // REST 3.0 (docs/protocol.md §11): the same rate bucket and operating budget as the classic calls.
    HttpResponse answerV3(const HttpRequest &http);
    MethodResult accountV3(const QString &method, const std::function<MethodResult()> &run);

    PortalOptions options;
    WebhookAccess access{options};
    DataStore data;
    MethodRegistry registry;
    LeakyBucket bucket;
    OperatingLimiter operating;
    std::function<qint64()> clock = ScaledClock::systemMs;
    bool stopped = false;
    // The request being handled (handle() is synchronous): whose budget it spends, and its time.
    QString webhook;
    RequestClock request;
    RequestCharges charges;
    int batchRefusals = 0;
    bool answeredByExample = false; // this request answered a method from the docs' example
    std::unique_ptr<ApiV3Endpoint> v3;
};

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

Portal::Portal(const PortalOptions &options)
    : d(std::make_unique<PortalPrivate>(options))
{
    SystemMethods::registerIn(d->registry, d->data, d->options);
    CrmMethods::registerIn(d->registry, d->data);
    CrmItemMethods::registerIn(d->registry, d->data);
    CrmDictionaryMethods::registerIn(d->registry, d->data);
    CrmUserFieldMethods::registerIn(d->registry, d->data);
    CrmLinkMethods::registerIn(d->registry, d->data);
    StaffMethods::registerIn(d->registry, d->data, d->options);
    CrmProductRowMethods::registerIn(d->registry, d->data, d->options.seed);
    CrmCardMethods::registerIn(d->registry, d->data);
    TaskMethods::registerIn(d->registry, d->data);
    ChatMethods::registerIn(d->registry, d->data);
    BatchRunner::registerIn(d->registry, [this](const QString &method, const PhpValue &params) {
        return d->execute(method, params, true);
    });
    ApiV3Endpoint::Access access;
    access.authenticate = [this](const QString *login, const QString *password, bool secure) {
        std::optional<MethodResult> refused = d->access.check(login, password, secure);
        if (!refused && password)
            d->webhook = *password; // whose operating budget the request spends
        return refused;
    };
    access.classicError = &PortalPrivate::errorBody;
    access.scopeGranted = [this](const QString &scope) { return d->scopeGranted(scope); };
    access.nowMs = [this] { return d->clock(); };
    access.account = [this](const QString &method, const std::function<MethodResult()> &run) {
        return d->accountV3(method, run);
    };
    access.operatingTime = [this](const QString &method, PhpValue *time) { d->addOperating(method, time); };
    d->v3 = std::make_unique<ApiV3Endpoint>(d->data, d->options, std::move(access));
}

Portal::~Portal() = default;

HttpResponse Portal::handle(const HttpRequest &request)
{
    HttpResponse response = answer(request);
    // "method.xml": the same answer as XML (§1.1); a redirect or an HTML page stays as it is.
    QByteArray path = request.path.toLower();
    if (path.endsWith('/'))
        path.chop(1);
    if (!path.endsWith(".xml") || !response.headers.value(0).second.startsWith("application/json"))
        return response;
    bool ok = false;
    const PhpValue envelope = JsonReader::parse(response.body, &ok);
    if (ok) {
        response.body = PhpXmlWriter::write(envelope);
        response.headers[0].second = "text/xml; charset=utf-8";
    }
    return response;
}

HttpResponse Portal::answer(const HttpRequest &request)
{
    const RequestRouter::Route route = RequestRouter::route(request);
    const QByteArray logMethod = route.method.toLower().toUtf8();
    if (!d->options.renamedTo.isEmpty()) {
        // The old address keeps nothing but the way to the new one (the secret rides along in it).
        const QByteArray target = "https://" + d->options.renamedTo.toUtf8() + request.target;
        HttpResponse moved = GatewayPage::moved(target);
        moved.logMethod = logMethod;
        return moved;
    }
    if (request.method == "OPTIONS")
        return d->respond(200, PhpValue::array(), logMethod);
    if (ApiV3Endpoint::claims(request.path))
        return d->answerV3(request);
    // (a) the rate limit counts every HTTP request, batch included once.
    if (d->options.plan != PortalOptions::Plan::Unlimited && !d->bucket.tryAcquire(d->clock()))
        return d->errorResponse(MethodResult::failure(u"QUERY_LIMIT_EXCEEDED"_s, u"Too many requests"_s, 503),
                                logMethod);
    if (d->stopped)
        return d->errorResponse(MethodResult::failure(u"PORTAL_DELETED"_s, u"Portal was deleted"_s, 500),
                                logMethod);
    // (c) the method lookup comes before authentication.
    const bool known =
        d->registry.find(route.method) || (d->options.docsExamples && DocsExamples::has(route.method));
    if (!route.valid || !known)
        return d->errorResponse(
            MethodResult::failure(u"ERROR_METHOD_NOT_FOUND"_s, u"Method not found!"_s, 404), logMethod);
    // (d) webhook authentication.
    const PhpValue *login = route.params.find(u"aplogin"_s);
    const PhpValue *password = route.params.find(u"ap"_s);
    // OAuth tokens are not issued by this portal.
    if ((!login || !password) && route.params.find(u"auth"_s))
        return d->errorResponse(
            MethodResult::failure(u"INVALID_CREDENTIALS"_s, u"Invalid request credentials"_s, 401),
            logMethod);
    const QString user = login ? login->toString() : QString();
    const QString secret = password ? password->toString() : QString();
    if (auto refused = d->access.check(login ? &user : nullptr, password ? &secret : nullptr, request.secure))
        return d->errorResponse(*refused, logMethod);
    d->webhook = password->toString();
    d->request = RequestClock(d->clock(), d->options.requestCapSeconds);
    d->charges = RequestCharges();
    d->batchRefusals = 0;
    d->answeredByExample = false;
    const ExecutedCall done = d->execute(route.method, route.params, false);
    // Charged once the request has finished: other requests see it from then on.
    d->charges.chargeTo(d->operating, d->webhook, d->request.startMs(), d->request.nowMs());
    QByteArray served = logMethod;
    if (done.call.logSuffix.size() > 0)
        served += ' ' + done.call.logSuffix;
    HttpResponse response;
    if (d->request.cutOff()) {
        // The cloud stops a request at 60 s; the docs name no error, its front answers a gateway timeout.
        response = GatewayPage::response(504, "Gateway Time-out");
        response.logMethod = served;
    } else if (!done.call.ok) {
        response = d->errorResponse(done.call, served);
    } else {
        response = d->respond(200, d->envelope(done), served);
    }
    if (d->answeredByExample) // never inside the envelope: the answer stays the documented one
        response.headers.append(qMakePair(QByteArray("x-sandbox-example"), QByteArray("true")));
    response.handlerMs = d->request.modeledSeconds() * 1000.0;
    response.batchRefusals = d->batchRefusals;
    return response;
}

QString Portal::secret() const
{
    return d->options.secret;
}

int Portal::userId() const
{
    return d->options.userId;
}

QString Portal::webhookPath() const
{
    return webhookPaths().constFirst();
}

QStringList Portal::webhookPaths() const
{
    QStringList paths;
    for (const QString &secret : QStringList{d->options.secret} + d->options.extraSecrets)
        paths << u"/rest/"_s + QString::number(userId()) + u'/' + secret + u'/';
    return paths;
}

const PortalOptions &Portal::options() const
{
    return d->options;
}

void Portal::setClock(std::function<qint64()> nowMs)
{
    d->clock = std::move(nowMs);
}

qint64 Portal::nowMs() const
{
    return d->clock();
}

void Portal::setPortalStopped(bool stopped)
{
    d->stopped = stopped;
}

MethodRegistry &Portal::methods()
{
    return d->registry;
}

DataStore &Portal::data()
{
    return d->data;
}

} // namespace b24
