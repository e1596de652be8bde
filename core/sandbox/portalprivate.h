#pragma once

#include "core/sandbox/apiv3endpoint.h"
#include "core/sandbox/datastore.h"
#include "core/sandbox/httpmessage.h"
#include "core/sandbox/leakybucket.h"
#include "core/sandbox/methodregistry.h"
#include "core/sandbox/operatinglimiter.h"
#include "core/sandbox/portaloptions.h"
#include "core/sandbox/requestcharges.h"
#include "core/sandbox/requestclock.h"
#include "core/sandbox/scaledclock.h"
#include "core/sandbox/webhookaccess.h"

#include <functional>
#include <memory>

namespace b24 {

// Portal's state and the request pipeline both protocols share: the rate bucket, the operating
// budget, the envelopes (docs/protocol.md §10, §11.9). Only portal.cpp and this pair use it.
class PortalPrivate
{
public:
    explicit PortalPrivate(const PortalOptions &o);

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

} // namespace b24
