#pragma once

#include "b24/batchresult.h"
#include "b24/callresult.h"
#include "b24/limitersettings.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace b24 {

// One per portal, shared by every job against it: a leaky bucket for the request rate plus a
// per-method operating budget learnt from time.operating / operating_reset_at. Thread-safe.
class PortalLimiter : public QObject
{
    Q_OBJECT
public:
    explicit PortalLimiter(const LimiterSettings &settings = {}, QObject *parent = nullptr);

    // How long to wait before sending `method` now (0 = go). For "batch", pass the methods of its
    // commands: the slowest of them decides.
    qint64 delayBeforeSendMs(const QString &method, const QStringList &batchMethods = {}) const;
    // A request leaves now (fills the bucket by one).
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
    LimiterSettings settings() const;
    void setSettings(const LimiterSettings &settings);

    // The limiter of this origin ("https://host[:port]"); created with `settings` on first use,
    // later calls get the same instance (their settings are ignored).
    static std::shared_ptr<PortalLimiter> forOrigin(const QString &origin, const LimiterSettings &settings);

signals:
    void changed();

private:
    struct MethodStats
    {
        double operating = 0;
        std::optional<qint64> resetAt;
        qint64 pausedUntilMs = 0;
        qint64 updatedMs = 0;
    };

    qint64 nowMs() const;
    double levelAt(qint64 nowMs) const;
    qint64 bucketDelayMs(qint64 nowMs) const;
    qint64 methodDelayMs(const QString &method, qint64 nowMs) const;
    const MethodStats *statsFor(const QString &method, qint64 nowMs) const;
    void learnTime(const QString &method, const ResponseTime &time, qint64 nowMs);
    void learnError(const QString &method, const ApiError &error, qint64 nowMs);

    mutable QMutex m_mutex;
    LimiterSettings m_settings;
    double m_level = 0;
    qint64 m_levelAtMs = 0;
    QHash<QString, MethodStats> m_methods; // keyed by lower-case method
};

} // namespace b24
