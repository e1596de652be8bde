#include "core/sandbox/portal.h"

#include "core/sandbox/batchrunner.h"
#include "core/sandbox/chatmethods.h"
#include "core/sandbox/crmcardmethods.h"
#include "core/sandbox/crmdictionarymethods.h"
#include "core/sandbox/crmitemmethods.h"
#include "core/sandbox/crmlinkmethods.h"
#include "core/sandbox/crmmethods.h"
#include "core/sandbox/crmproductrowmethods.h"
#include "core/sandbox/crmuserfieldmethods.h"
#include "core/sandbox/docsexamples.h"
#include "core/sandbox/gatewaypage.h"
#include "core/sandbox/jsonreader.h"
#include "core/sandbox/phpxmlwriter.h"
#include "core/sandbox/portalprivate.h"
#include "core/sandbox/requestrouter.h"
#include "core/sandbox/staffmethods.h"
#include "core/sandbox/systemmethods.h"
#include "core/sandbox/taskmethods.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

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
