#include "core/b24/calljob.h"

#include "core/b24/internal/hookcontext.h"
#include "core/b24/internal/httpattempt.h"
#include "core/b24/portallimiter.h"
#include "core/b24/retrypolicy.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

bool jsonAnswer(const CallResult &result)
{
    for (const auto &[name, value] : result.headers)
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            return value.contains("json");
    return false;
}

} // namespace

CallJob::CallJob(HookContextPtr context, const QString &method, const OrderedJson &params, QObject *parent)
    : CallJob(std::move(context), method, params.isObject() || params.isArray() ? params.toJson() : "{}"_ba,
              parent)
{}

CallJob::CallJob(HookContextPtr context, const QString &method, const QByteArray &jsonBody, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_method(method)
    , m_body(jsonBody)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &CallJob::scheduleAttempt);
}

CallJob::~CallJob() = default;

void CallJob::setBatchCommands(const QList<BatchCommand> &commands)
{
    m_batchCommands = commands;
    m_batchMethods.clear();
    for (const BatchCommand &command : commands)
        m_batchMethods.append(command.method);
}

bool CallJob::tooSlow(const ApiError &error)
{
    return error.kind == ApiError::Kind::Timeout ||
           (error.kind == ApiError::Kind::Http && error.httpStatus == 504);
}

void CallJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // One ID for every attempt, so the portal's logs can tie the retries together.
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // One key per logical call: a retry after a lost answer is then run at most once by the
    // portal (docs/protocol.md §11.6). Reads need none: they are retried anyway.
    if (m_api == ApiVersion::V3 && !isReadMethod(m_method, m_batchCommands))
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    if (!m_context->webhook.isValid()) {
        m_result.error = ApiError::make(ApiError::Kind::InvalidRequest, u"WEBHOOK_URL_INVALID"_s,
                                        u"The webhook address is not valid; nothing was sent."_s);
        m_result.error.method = m_method;
        finish();
        return;
    }
    scheduleAttempt();
}

void CallJob::cancel()
{
    if (m_finished)
        return;
    if (m_exchange) {
        m_exchange->cancel(); // finishes through onExchangeFinished with Kind::Cancelled
        return;
    }
    finishCancelled();
}

void CallJob::stopAfterInFlight()
{
    if (m_finished)
        return;
    m_stopRequested = true;
    if (!m_exchange)
        finishCancelled();
}

qint64 CallJob::limiterDelayMs() const
{
    // A batch also waits for the operating budget of every command inside it, named or not.
    return m_context->limiter->delayBeforeSendMs(m_method, m_batchMethods, m_operatingPlanned);
}

void CallJob::scheduleAttempt()
{
    if (m_finished)
        return;
    if (m_stopRequested) {
        finishCancelled();
        return;
    }
    const qint64 delay = limiterDelayMs();
    if (delay > 0) {
        m_wait.start(int(std::min<qint64>(delay, 24 * 3600 * 1000)));
        return;
    }
    send();
}

void CallJob::send()
{
    m_context->limiter->noteSent();
    ++m_attempt;
    m_exchange = new HttpAttempt(m_context, m_method, m_body, m_requestId, this);
    m_exchange->setApi(m_api, m_idempotencyKey);
    connect(m_exchange, &HttpAttempt::finished, this, &CallJob::onExchangeFinished);
    m_exchange->start();
}

void CallJob::onExchangeFinished()
{
    HttpAttempt *exchange = m_exchange;
    m_exchange = nullptr;
    m_result = exchange->result();
    m_result.attempts = m_attempt;
    exchange->deleteLater();

    if (m_context->log) {
        RequestLogEntry entry;
        entry.origin = m_context->webhook.targetOrigin();
        entry.method = m_method;
        entry.httpStatus = m_result.httpStatus;
        entry.elapsedMs = m_result.elapsedMs;
        entry.bytesSent = exchange->bytesSent();
        entry.bytesReceived = exchange->bytesReceived();
        entry.requestId = m_requestId;
        entry.attempt = m_attempt;
        entry.errorCode = m_result.error.code;
        entry.api = m_api;
        m_context->log(entry);
    }
    if (m_result.error.kind == ApiError::Kind::Cancelled) {
        finish();
        return;
    }
    m_context->limiter->noteResponse(m_method, m_result);
    // A keyed write whose body was then lost may still have told us it ran: REST 3.0 answers its
    // errors with 4xx/5xx, so a 2xx JSON answer cut short is a success, and a replayed answer is one
    // the portal stored after running it. (A proxy's 2xx page is not JSON.)
    if (!m_idempotencyKey.isEmpty() &&
        (m_result.replayed ||
         (m_result.httpStatus >= 200 && m_result.httpStatus < 300 && jsonAnswer(m_result))))
        m_ranOnce = true;

    const RetryDecision decision =
        decideRetry(m_method, m_result, m_attempt, m_context->options.retrySettings(), m_batchCommands,
                    !m_idempotencyKey.isEmpty());
    const ApiError &error = m_result.error;
    const bool limit = error.isRateLimit() || error.isOperatingLimit();
    if (decision.retry && !m_stopRequested && (m_retryTooSlow || !tooSlow(error)) &&
        (m_retryLimits || !limit)) {
        m_wait.start(int(std::max<qint64>(0, decision.delayMs)));
        emit retrying(m_attempt + 1, m_context->options.retrySettings().maxAttempts, decision.delayMs,
                      error.code);
        return;
    }
    if (decision.outcomeUnknown)
        m_result.error =
            markOutcomeUnknown(m_result.error, m_attempt, QString::fromLatin1(m_idempotencyKey), m_ranOnce);
    finish();
}

void CallJob::finishCancelled()
{
    m_wait.stop();
    m_result = {};
    m_result.error = ApiError::make(ApiError::Kind::Cancelled, u"REQUEST_CANCELLED"_s,
                                    u"The request was cancelled before it was sent."_s);
    m_result.error.method = m_method;
    m_result.error.requestId = m_requestId;
    m_result.requestId = m_requestId;
    m_result.attempts = m_attempt;
    m_result.api = m_api;
    m_result.idempotencyKey = QString::fromLatin1(m_idempotencyKey);
    finish();
}

void CallJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_wait.stop();
    emit finished();
}

} // namespace b24
