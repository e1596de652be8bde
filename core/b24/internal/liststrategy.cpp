#include "core/b24/internal/liststrategy.h"

#include "core/b24/calljob.h"
#include "core/b24/envelopeparser.h"
#include "core/b24/internal/batchedkeysetstrategy.h"
#include "core/b24/internal/hookcontext.h"
#include "core/b24/internal/keysetstrategy.h"
#include "core/b24/internal/listrequest.h"
#include "core/b24/internal/listsink.h"
#include "core/b24/internal/offsetstrategy.h"
#include "core/b24/listjob.h"
#include "core/b24/portallimiter.h"
#include "core/b24/resultrows.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ListStrategy::ListStrategy(ListSink *job)
    : m_job(job) // owned by the job's unique_ptr, not by its QObject children
{}

ListStrategy::~ListStrategy() = default;

std::unique_ptr<ListStrategy> ListStrategy::create(ListOptions::Strategy strategy, ListSink *job)
{
    switch (strategy) {
    case ListOptions::Strategy::Keyset:
        return std::make_unique<KeysetStrategy>(job);
    case ListOptions::Strategy::Offset:
        return std::make_unique<OffsetStrategy>(job);
    case ListOptions::Strategy::Auto:
    case ListOptions::Strategy::BatchedKeyset:
        break;
    }
    return std::make_unique<BatchedKeysetStrategy>(job);
}

void ListStrategy::cancelCalls()
{
    const QList<CallJob *> calls = m_calls; // an aborted call finishes at once
    for (CallJob *call : calls)
        call->cancel();
}

void ListStrategy::abort()
{
    cancelCalls();
    if (m_calls.isEmpty()) // between requests (waiting for a limit): nothing else will end the job
        m_job->complete();
}

std::optional<qint64> ListStrategy::rowId(const QJsonValue &row, const QString &idKey)
{
    return jsonToInt64(row.toObject().value(idKey));
}

CallJob *ListStrategy::startCall(const QString &method, const OrderedJson &params, const Handler &handler)
{
    const bool listPage = method.compare(m_job->method(), Qt::CaseInsensitive) == 0;
    auto *call = new CallJob(m_job->context(), method, params, this);
    if (listPage) // a look at the portal's clock (server.time) stays classic
        call->setApi(m_job->options().api);
    return run(call, handler, listPage ? 1 : 0);
}

CallJob *ListStrategy::startBatch(const QList<BatchCommand> &commands, const Handler &handler)
{
    // halt: a failed page makes the pages chained after it meaningless.
    auto *call = new CallJob(m_job->context(), u"batch"_s, BatchCommand::requestBody(commands, true), this);
    call->setBatchCommands(commands);
    return run(call, handler, int(commands.size()));
}

CallJob *ListStrategy::run(CallJob *call, const Handler &handler, int pages)
{
    call->setRetryLimits(false);     // waited out by retryAfterLimit, within the walk's maxWaitMs
    call->setOperatingPlanned(true); // sized by fitBudget
    PortalLimiter *limiter = m_job->context()->limiter.get();
    limiter->reserveOperating(m_job->method(), pages);
    m_calls.append(call);
    connect(call, &CallJob::retrying, this,
            [this](int attempt, int maxAttempts, qint64 delayMs, const QString &cause) {
                m_job->noteRetrying(attempt, maxAttempts, delayMs, cause);
            });
    connect(call, &CallJob::finished, this, [this, call, handler, pages, limiter] {
        m_calls.removeOne(call);
        call->deleteLater();
        // The answer's seconds are noted (noteResponse now, a batch's in the handler before it
        // plans again): they leave the reservation.
        limiter->releaseOperating(m_job->method(), pages);
        m_job->addRequests(call->result().attempts);
        if (call->result().httpStatus != 0)
            m_job->setLastAnswer(call->result());
        handler(call->result());
        wakeParked();
    });
    call->start();
    return call;
}

ApiError ListStrategy::notAList()
{
    return ApiError::make(ApiError::Kind::UnexpectedAnswer, u"LIST_NOT_A_LIST"_s,
                          u"The result holds no list of rows; set the list's resultKey."_s);
}

bool ListStrategy::takePage(const CallResult &result, QJsonArray *rows)
{
    if (!result.ok()) {
        m_job->complete(result.error);
        return false;
    }
    const std::optional<QJsonArray> page = listIn(result.result, m_job->options().resultKey);
    if (!page) {
        m_job->complete(notAList());
        return false;
    }
    *rows = *page;
    return true;
}

bool ListStrategy::checkPage(const QJsonArray &rows, qint64 cursor, qint64 upper, qint64 *last,
                             QString *why) const
{
    const ListRequest &request = m_job->request();
    const QString &idKey = m_job->options().idKey;
    qint64 previous = cursor;
    for (const QJsonValue &row : rows) {
        const std::optional<qint64> id = rowId(row, idKey);
        if (!id) {
            *why = u"the rows carry no numeric \"%1\""_s.arg(idKey);
            return false;
        }
        const qint64 position = request.position(*id);
        if (position <= previous) {
            *why =
                previous == cursor
                    ? u"the portal answered ID %1, which is not past the cursor: it ignores the \"%2\" filter"_s
                          .arg(*id)
                          .arg(m_job->options().cursorIdKey)
                    : u"the portal answered IDs out of order: it ignores the order by %1"_s.arg(
                          m_job->options().cursorIdKey);
            return false;
        }
        if (upper != ListRequest::kUnbounded && position > upper) {
            *why = u"the portal answered ID %1, beyond the bound of the segment: it ignores a filter on %2"_s
                       .arg(*id)
                       .arg(m_job->options().cursorIdKey);
            return false;
        }
        previous = position;
    }
    *last = previous;
    return true;
}

void ListStrategy::wakeParked()
{
    const std::vector<std::function<void()>> parked = std::exchange(m_parked, {});
    for (const auto &resend : parked) {
        if (!m_job->isFinished())
            resend();
    }
}

bool ListStrategy::pause(qint64 ms, const QString &cause, const std::function<void()> &resend)
{
    if (m_pausedMs + ms > m_job->options().maxWaitMs) {
        m_job->addNote(
            u"Gave up: the portal's limits (%1) would hold the list %2 s, longer than the %3 s allowed."_s
                .arg(cause)
                .arg((m_pausedMs + ms + 999) / 1000)
                .arg(m_job->options().maxWaitMs / 1000));
        return false;
    }
    m_pausedMs += ms;
    ++m_pauses;
    m_job->addWait(ms, cause);
    QTimer::singleShot(ms, this, [this, resend] {
        --m_pauses;
        if (!m_job->isFinished())
            resend();
        wakeParked();
    });
    return true;
}

bool ListStrategy::retryAfterLimit(const ApiError &error, const QStringList &methods,
                                   const std::function<void()> &resend)
{
    if (!error.isOperatingLimit() && !error.isRateLimit())
        return false;
    if (m_pauses > 0) {
        // The walk already waits for the portal (another request of it was refused): this one
        // goes again once that wait is over, and the wait counts once against maxWaitMs.
        m_parked.push_back(resend);
        return true;
    }
    const qint64 backoff = std::min<qint64>(30000, qint64(1000) << std::min(m_limitRetries, 5));
    ++m_limitRetries;
    const qint64 delay =
        std::max(backoff, m_job->context()->limiter->delayBeforeSendMs(m_job->method(), methods));
    return pause(delay, error.code, resend);
}

ApiError ListStrategy::budgetRefusal(qint64 waitMs) const
{
    return ApiError::make(
        ApiError::Kind::Portal, u"OPERATION_TIME_LIMIT"_s,
        u"The operating budget of %1 frees in %2 s, later than --max-wait allows."_s.arg(m_job->method())
            .arg((waitMs + 999) / 1000));
}

bool ListStrategy::fitBudget(int *pages, const std::function<void()> &resend)
{
    // The portal ends a request after 60 s of handler time; the pages of one request stay well
    // below that (the rest is the request's own overhead and the cost's ups and downs).
    constexpr double kRequestSeconds = 45;
    const PortalLimiter::OperatingPlan plan =
        m_job->context()->limiter->planOperating(m_job->method(), *pages);
    if (plan.calls < 1 && (!m_calls.isEmpty() || m_pauses > 0)) {
        // Our own requests on the wire hold the budget (their answers tell what is left), or the
        // walk already waits for it: one wait at a time counts against maxWaitMs.
        m_parked.push_back(resend);
        return false;
    }
    // Waits are in the portal's time. Until its clock's rate is read, a long wait is taken in short
    // steps, each ending with a look at the portal's clock (server.time: a read, free of budget).
    constexpr qint64 kStepMs = 5000;
    if (plan.calls < 1 && plan.waitMs > kStepMs && !m_job->context()->limiter->portalClockConfirmed()) {
        if (!pause(kStepMs, u"OPERATING_BUDGET"_s, [this, resend] {
                startCall(u"server.time"_s, OrderedJson::object(),
                          [resend](const CallResult &) { resend(); });
            }))
            m_job->complete(budgetRefusal(plan.waitMs));
        return false;
    }
    if (plan.calls < 1) {
        if (!pause(plan.waitMs, u"OPERATING_BUDGET"_s, resend))
            m_job->complete(budgetRefusal(plan.waitMs));
        return false;
    }
    *pages = plan.calls;
    if (plan.secondsPerCall > 0)
        *pages = std::min(*pages, std::max(1, int(kRequestSeconds / plan.secondsPerCall)));
    return true;
}

bool ListStrategy::askForId(const QJsonArray &rows)
{
    ListRequest &list = m_job->request();
    if (list.idAddedToSelect() || !list.selectLacksId() || rows.isEmpty() || !rows.first().isObject() ||
        rows.first().toObject().contains(m_job->options().idKey))
        return false;
    list.addIdToSelect();
    return true;
}

void ListStrategy::fallBack(const QString &why, qint64 resumeAfter)
{
    if (m_job->fallBackToOffset(why, resumeAfter))
        return;
    m_job->complete(ApiError::make(ApiError::Kind::UnexpectedAnswer, u"LIST_NOT_WALKABLE"_s,
                                   u"The list cannot be walked exactly: %1."_s.arg(why)));
}

} // namespace b24
