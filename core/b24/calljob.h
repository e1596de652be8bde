#pragma once

#include "core/b24/batchcommand.h"
#include "core/b24/callresult.h"
#include "core/b24/internal/hookcontext.h"
#include "core/b24/orderedjson.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace b24 {

class B24Hook;
class BatchedKeysetStrategy;
class BatchJob;
class HttpAttempt;
class ListStrategy;
struct HookContext;

// One REST call with everything around it: waits for the portal limiter, sends, retries what
// decideRetry allows (waits on a QTimer, never blocks), reports each attempt to the hook log.
// Made by B24Hook (and, for their own requests, by BatchJob and the list strategies).
class CallJob final : public QObject
{
    Q_OBJECT

public:
    ~CallJob() override;

    void start();
    // Aborts the request on the wire; the result is Kind::Cancelled.
    void cancel();
    // Lets a request on the wire finish but drops any pending wait or retry.
    void stopAfterInFlight();

    QString method() const { return m_method; }
    ApiVersion api() const { return m_api; }
    // REST 3.0 writes: the Idempotency-Key all attempts carry (empty for reads and for v2).
    QString idempotencyKey() const { return QString::fromLatin1(m_idempotencyKey); }
    const CallResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

signals:
    // The answer failed and the call is sent again: attempt `attempt` of at most `maxAttempts`
    // goes out in `delayMs` (cause: the error code of the failed attempt).
    void retrying(int attempt, int maxAttempts, qint64 delayMs, const QString &cause);
    void finished();

private:
    friend class B24Hook;
    friend class BatchJob;
    friend class ListStrategy;
    friend class BatchedKeysetStrategy;
    CallJob(std::shared_ptr<const HookContext> context, const QString &method, const OrderedJson &params,
            QObject *parent = nullptr);
    // With a body already encoded as JSON (a batch envelope keeps its command order this way).
    CallJob(std::shared_ptr<const HookContext> context, const QString &method, const QByteArray &jsonBody,
            QObject *parent = nullptr);
    // Speaks REST 3.0 (before start()): a write gets a fresh Idempotency-Key, kept for its retries.
    void setApi(ApiVersion api) { m_api = api; }

    // For a batch envelope: its commands. Their methods' operating budgets must also allow the
    // send, and a lost answer is retried only when every command reads.
    void setBatchCommands(const QList<BatchCommand> &commands);

    // An answer that says the request ran too long (a timeout, a gateway's 504): sending the same
    // again would fail the same way.
    static bool tooSlow(const ApiError &error);
    // False: such an answer is not retried here (the caller sends a smaller request instead).
    void setRetryTooSlow(bool retry) { m_retryTooSlow = retry; }
    // False: a refusal for the portal's limits (rate, operating budget) is not waited out here; the
    // caller waits itself, within its own bound (a list walk's maxWaitMs).
    void setRetryLimits(bool retry) { m_retryLimits = retry; }
    // True: the caller sized the request to the operating budget (PortalLimiter::planOperating);
    // only a pause after OPERATION_TIME_LIMIT holds it back, not the slowdown near the limit.
    void setOperatingPlanned(bool planned) { m_operatingPlanned = planned; }

    void scheduleAttempt();
    void send();
    void onExchangeFinished();
    void finish();
    void finishCancelled();
    qint64 limiterDelayMs() const;

    std::shared_ptr<const HookContext> m_context;
    QString m_method;
    QList<BatchCommand> m_batchCommands;
    QStringList m_batchMethods;
    QString m_requestId;
    QByteArray m_body;
    ApiVersion m_api = ApiVersion::V2;
    QByteArray m_idempotencyKey;
    HttpAttempt *m_exchange = nullptr;
    QTimer m_wait;
    CallResult m_result;
    int m_attempt = 0;
    bool m_ranOnce = false; // a keyed write: an attempt's status or replay header said it ran
    bool m_started = false;
    bool m_stopRequested = false;
    bool m_retryTooSlow = true;
    bool m_retryLimits = true;
    bool m_operatingPlanned = false;
    bool m_finished = false;
};

} // namespace b24
