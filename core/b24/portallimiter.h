#pragma once

#include "core/b24/batchresult.h"
#include "core/b24/callresult.h"
#include "core/b24/limitersettings.h"
#include "core/b24/operatingbudget.h"
#include "core/b24/portalclock.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace b24 {

class RequestBucket;
class WebhookUrl;
struct ClientOptions;

// The limits one webhook meets on its portal, shared by every job of that webhook. Two budgets,
// kept where the portal keeps them:
// - the request rate is counted per portal (docs/protocol.md §4.1): the limiter sends through the
//   portal's RequestBucket, which every webhook of that portal shares;
// - the operating budget is counted per webhook and method (docs/protocol.md §4.2: auth type, webhook,
//   method): learnt from time.operating / operating_reset_at, it is this limiter's own, so two
//   webhooks on one portal never slow each other down.
// Thread-safe.
class PortalLimiter : public QObject
{
    Q_OBJECT
public:
    // A limiter with a bucket of its own (not shared with anyone).
    explicit PortalLimiter(const LimiterSettings &settings = {}, QObject *parent = nullptr);
    // A limiter that sends through `bucket`; `settings` give its operating budget and clock.
    PortalLimiter(std::shared_ptr<RequestBucket> bucket, const LimiterSettings &settings,
                  QObject *parent = nullptr);

    // How long to wait before sending `method` now (0 = go). For "batch", pass the methods of its
    // commands: the slowest of them decides.
    // planned: the caller sized the request to the operating budget itself (planOperating), so only
    // a pause after OPERATION_TIME_LIMIT holds it, not the slowdown near the limit.
    qint64 delayBeforeSendMs(const QString &method, const QStringList &batchMethods = {},
                             bool planned = false) const;

    // How many calls of `method` the operating budget takes now, modelled as the portal keeps it
    // (OperatingBudget): at most `wanted`; 0 with waitMs = how long until `wanted` (or as many as an
    // empty window holds) fit. active: the portal reports a budget for the method and the model
    // knows its cost; otherwise calls = wanted and waitMs = 0.
    struct OperatingPlan
    {
        int calls = 0;
        qint64 waitMs = 0;
        double secondsPerCall = 0; // the portal's handler seconds per call, as observed
        bool active = false;
    };
    // Calls already sized by planOperating and still on the wire (reserveOperating) count as spent.
    OperatingPlan planOperating(const QString &method, int wanted) const;
    // `calls` calls of `method`, sized by planOperating, leave now: until their answers have been
    // noted (releaseOperating, after noteResponse / noteBatchResult), plans of every job on this
    // webhook count them, so requests on the wire at once never spend the same seconds twice.
    void reserveOperating(const QString &method, int calls);
    void releaseOperating(const QString &method, int calls);
    // The portal's clock rate has been read from answers far enough apart to convert long waits.
    bool portalClockConfirmed() const;
    // A request leaves now (fills the portal's bucket by one).
    void noteSent();
    // Learn from an answer: operating stats, OPERATION_TIME_LIMIT pause, QUERY_LIMIT_EXCEEDED.
    void noteResponse(const QString &method, const CallResult &result);
    // Learn from the per-command result_time / errors of a batch.
    void noteBatchResult(const BatchResult &result);

    double bucketLevel() const; // drained to now
    int burst() const;
    double drainPerSecond() const;
    bool isUnlimited() const;
    double operatingSeconds(const QString &method) const;                // 0 when unknown
    std::optional<qint64> operatingResetAt(const QString &method) const; // Unix seconds
    qint64 pausedUntilMs(const QString &method) const;                   // 0 when not paused
    // Local milliseconds until the portal's oldest minute of this method's budget leaves the window
    // (its operating_reset_at, on the portal's clock); 0 when nothing is counted.
    qint64 operatingFreesInMs(const QString &method) const;
    // The operating settings of this limiter with the rate settings of its bucket.
    LimiterSettings settings() const;
    // Sets both: the operating settings here, the rate settings on the (maybe shared) bucket.
    void setSettings(const LimiterSettings &settings);
    std::shared_ptr<RequestBucket> bucket() const { return m_bucket; }

    // The limiter of this webhook (portal origin + user id + secret; the key holds a hash of the
    // secret, never the secret). The first hook of a webhook creates it; a later hook whose
    // options state an operating limit replaces its operating settings, and one whose options
    // state the plan (or burst, drain) replaces the rate settings of the portal's bucket: the
    // latest explicit statement wins, a hook that states nothing joins as things are. Classic and
    // REST 3.0 calls go through the same limiter: the portal's limits page counts requests per
    // portal and source address whatever the protocol (docs/protocol.md §11.9); a separate bucket
    // per protocol would send twice the rate the portal allows.
    static std::shared_ptr<PortalLimiter> forWebhook(const WebhookUrl &webhook, const ClientOptions &options);

signals:
    void changed();

private:
    struct MethodStats
    {
        double operating = 0;
        std::optional<qint64> resetAt;
        qint64 pausedUntilMs = 0;
        qint64 updatedMs = 0;
        OperatingBudget budget;
        double learnedLimit = 0; // below the configured one: read off a refusal (0: none)
    };

    qint64 nowMs() const;
    qint64 methodDelayMs(const QString &method, qint64 nowMs, bool planned) const;
    const MethodStats *statsFor(const QString &method, qint64 nowMs) const;
    // calls: how many calls of the method `time` spans (the commands of one batch together).
    void learnTime(const QString &method, const ResponseTime &time, qint64 nowMs, int calls = 1);
    void learnOperatingLimit(const QString &method, qint64 nowMs);
    void setOperatingSettings(const LimiterSettings &settings);

    const std::shared_ptr<RequestBucket> m_bucket;
    mutable QMutex m_mutex;
    LimiterSettings m_settings;
    QHash<QString, MethodStats> m_methods; // keyed by lower-case method
    QHash<QString, int> m_reserved;        // calls on the wire, by lower-case method
    PortalClock m_portalClock;             // the portal's times against ours
};

} // namespace b24
