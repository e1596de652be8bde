#include "core/sandbox/apiv3endpoint.h"

#include "core/sandbox/apiv3batch.h"
#include "core/sandbox/apiv3catalog.h"
#include "core/sandbox/apiv3errors.h"
#include "core/sandbox/apiv3eventlog.h"
#include "core/sandbox/apiv3taskmethods.h"
#include "core/sandbox/jsonreader.h"
#include "core/sandbox/phpjsonwriter.h"
#include "core/sandbox/phpparamparser.h"
#include "core/sandbox/samplevalues.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

const QString kOpenApi = u"rest.documentation.openapi"_s;

PhpValue timeObject(qint64 startMs, double seconds)
{
    const double start = double(startMs) / 1000.0;
    PhpValue t = PhpValue::array();
    t.insert(u"start"_s, start);
    t.insert(u"finish"_s, start + seconds);
    t.insert(u"duration"_s, seconds);
    t.insert(u"processing"_s, seconds);
    t.insert(u"date_start"_s, SampleValues::utcDateTime(startMs));
    t.insert(u"date_finish"_s, SampleValues::utcDateTime(startMs + qint64(seconds * 1000)));
    return t;
}

} // namespace

ApiV3Endpoint::ApiV3Endpoint(DataStore &data, const PortalOptions &options, Access access)
    : m_access(std::move(access))
{
    ApiV3TaskMethods::registerIn(m_methods, data);
    ApiV3EventLog::registerIn(m_methods, data, options);
    const auto granted = m_access.scopeGranted;
    const ApiV3Methods *table = &m_methods;
    // The system methods: the batch runs through execute(), the catalog describes the table.
    m_methods.add(
        ApiV3Method(u"batch"_s, QString(), u"Run several calls in one request"_s, [](const CallContext &) {
            return MethodResult::success(PhpValue::array());
        }).takes({u"*"_s}));
    m_methods.add(ApiV3Method(kOpenApi, QString(), u"OpenAPI document of the methods this webhook may call"_s,
                              [table, granted](const CallContext &) {
                                  return MethodResult::success(ApiV3Catalog::openApi(*table, granted));
                              }));
    m_methods.add(ApiV3Method(u"rest.scope.list"_s, QString(), u"Every REST 3.0 method and its scope"_s,
                              [table](const CallContext &ctx) {
                                  return MethodResult::success(ApiV3Catalog::scopeList(*table, ctx.params));
                              })
                      .takes({u"filterModule"_s, u"filterController"_s, u"filterMethod"_s}));
}

bool ApiV3Endpoint::claims(const QByteArray &path)
{
    return path.startsWith("/rest/api/");
}

bool ApiV3Endpoint::isWrite(const QString &method, const PhpValue &params) const
{
    const ApiV3Method *m = m_methods.find(method);
    if (m && m->name == u"batch")
        return ApiV3Batch::hasWrite(params, [this](const QString &name) {
            const ApiV3Method *inner = m_methods.find(name);
            return inner && inner->write;
        });
    return m && m->write;
}

HttpResponse ApiV3Endpoint::respond(int status, const PhpValue &body, const QByteArray &logMethod) const
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"content-type", "application/json; charset=utf-8"},
                 {"access-control-allow-origin", "*"},
                 {"access-control-allow-headers", "origin, content-type, accept, idempotency-key"},
                 {"x-content-type-options", "nosniff"}};
    r.body = PhpJsonWriter::write(body);
    r.logMethod = logMethod;
    return r;
}

MethodResult ApiV3Endpoint::execute(const QString &method, const PhpValue &params, qint64 nowMs, bool inBatch)
{
    const ApiV3Method *m = m_methods.find(method);
    if (!m)
        return ApiV3Errors::make(u"METHODNOTFOUNDEXCEPTION"_s, u"Method `%1` not found"_s.arg(method), 404);
    if (!m_access.scopeGranted(m->scope))
        return ApiV3Errors::make(u"INSUFFICIENTSCOPEEXCEPTION"_s,
                                 u"The webhook lacks the scope `%1` this method requires"_s.arg(m->scope),
                                 403);
    if (m->name == u"batch") {
        if (inBatch)
            return ApiV3Errors::make(u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s,
                                     u"A batch cannot run inside a batch"_s);
        return ApiV3Batch::run(params, [this, nowMs](const QString &inner, const PhpValue &query) {
            return execute(inner, query, nowMs, true);
        });
    }
    if (!params.isArray() || (params.isList() && params.size() > 0))
        return ApiV3Errors::make(u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s,
                                 u"The body must be a JSON object"_s);
    CallContext ctx;
    ctx.method = m->name;
    ctx.params = params;
    ctx.nowMs = nowMs;
    ctx.inBatch = inBatch;
    if (!m_access.account)
        return m->handler(ctx);
    return m_access.account(m->name, [&] { return m->handler(ctx); });
}

HttpResponse ApiV3Endpoint::handle(const HttpRequest &request)
{
    // /rest/api/{user}/{secret}/{method}[/] (a webhook) or /rest/api/{method} (OAuth).
    QList<QByteArray> parts = request.path.mid(int(qstrlen("/rest/api/"))).split('/');
    if (!parts.isEmpty() && parts.back().isEmpty())
        parts.removeLast();
    QString method = parts.isEmpty() ? QString() : PhpParamParser::urlDecode(parts.back());
    if (method.compare(u"documentation"_s, Qt::CaseInsensitive) == 0) // the documented alias
        method = kOpenApi;
    const QByteArray logMethod = "api " + method.toLower().toUtf8();
    if (method.isEmpty() || (parts.size() != 1 && parts.size() != 3) || !m_methods.find(method))
        return respond(404,
                       ApiV3Errors::body(ApiV3Errors::make(u"METHODNOTFOUNDEXCEPTION"_s,
                                                           u"Method `%1` not found"_s.arg(method), 404)),
                       logMethod);
    const bool hook = parts.size() == 3;
    const QString login = hook ? PhpParamParser::urlDecode(parts[0]) : QString();
    const QString password = hook ? PhpParamParser::urlDecode(parts[1]) : QString();
    if (auto refused =
            m_access.authenticate(hook ? &login : nullptr, hook ? &password : nullptr, request.secure))
        return respond(refused->status, m_access.classicError(*refused), logMethod);
    // Parameters come from a JSON body only: a form body is invalid JSON, a query string is not read.
    PhpValue params = PhpValue::array();
    if (!request.body.trimmed().isEmpty()) {
        bool ok = false;
        params = JsonReader::parse(request.body, &ok);
        if (!ok || !params.isArray())
            return respond(400,
                           ApiV3Errors::body(ApiV3Errors::make(u"INVALIDJSONEXCEPTION"_s,
                                                               u"Request body is not valid JSON"_s)),
                           logMethod);
    }
    const qint64 now = m_access.nowMs();
    const bool write = isWrite(method, params);
    const QByteArray key = request.header("idempotency-key");
    const QString webhook = login + u'/' + password;
    const QString name = m_methods.find(method)->name;
    if (write && !key.isEmpty()) {
        if (!ApiV3Idempotency::validKey(key))
            return respond(400,
                           ApiV3Errors::body(ApiV3Errors::make(
                               u"INVALIDIDEMPOTENCYKEYEXCEPTION"_s,
                               u"Idempotency-Key must be 1-255 printable ASCII characters"_s)),
                           logMethod);
        if (const ApiV3Idempotency::Stored *stored = m_idempotency.find(webhook, name, key, now)) {
            if (stored->requestHash != ApiV3Idempotency::hash(request.body))
                return respond(422,
                               ApiV3Errors::body(ApiV3Errors::make(
                                   u"IDEMPOTENCYKEYREUSEDEXCEPTION"_s,
                                   u"The Idempotency-Key was already used with another request body"_s, 422)),
                               logMethod);
            HttpResponse replay = stored->response;
            replay.headers.append(qMakePair(QByteArray("idempotent-replayed"), QByteArray("true")));
            replay.logMethod = logMethod + " (replayed)";
            return replay;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const MethodResult result = execute(method, params, now, false);
    if (!result.ok)
        return respond(result.status, ApiV3Errors::body(result), logMethod); // errors are not stored
    PhpValue body;
    if (name == kOpenApi) {
        body = result.result; // the bare document, no envelope
    } else {
        body = PhpValue::array();
        body.insert(u"result"_s, result.result);
        PhpValue time = timeObject(now, double(timer.nsecsElapsed()) / 1e9);
        if (name != u"batch" && m_access.operatingTime) // the outer batch is not counted (§4.2)
            m_access.operatingTime(name, &time);
        body.insert(u"time"_s, time);
    }
    HttpResponse response = respond(200, body, logMethod);
    if (write && !key.isEmpty())
        m_idempotency.store(webhook, name, key, request.body, response, now);
    return response;
}

} // namespace b24
