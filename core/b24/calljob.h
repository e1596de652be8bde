#pragma once

#include "core/b24/batchcommand.h"
#include "core/b24/callresult.h"
#include "core/b24/hookcontext.h"
#include "core/b24/orderedjson.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace b24 {

class HttpAttempt;

// One REST call with everything around it: waits for the portal limiter, sends, retries what
// decideRetry allows (waits on a QTimer, never blocks), reports each attempt to the hook log.
class CallJob : public QObject
{
    Q_OBJECT

public:
    CallJob(HookContextPtr context, const QString &method, const OrderedJson &params,
            QObject *parent = nullptr);
    // With a body already encoded as JSON (a batch envelope keeps its command order this way).
    CallJob(HookContextPtr context, const QString &method, const QByteArray &jsonBody,
            QObject *parent = nullptr);
    ~CallJob() override;

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

    void start();
    // Aborts the request on the wire; the result is Kind::Cancelled.
    void cancel();
    // Lets a request on the wire finish but drops any pending wait or retry.
    void stopAfterInFlight();

    QString method() const { return m_method; }
    const CallResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

signals:
    void finished();

private:
    void scheduleAttempt();
    void send();
    void onExchangeFinished();
    void finish();
    void finishCancelled();
    qint64 limiterDelayMs() const;

    HookContextPtr m_context;
    QString m_method;
    QList<BatchCommand> m_batchCommands;
    QStringList m_batchMethods;
    QString m_requestId;
    QByteArray m_body;
    HttpAttempt *m_exchange = nullptr;
    QTimer m_wait;
    CallResult m_result;
    int m_attempt = 0;
    bool m_started = false;
    bool m_stopRequested = false;
    bool m_retryTooSlow = true;
    bool m_retryLimits = true;
    bool m_operatingPlanned = false;
    bool m_finished = false;
};

} // namespace b24
