#pragma once

#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace b24 {

// The execution budget (docs/protocol.md §4.2) as the portal's LoadLimiter keeps it, per webhook and method:
// a finished request's handler seconds for a method go into the bucket of the minute the request started
// (when they pass 0.1 s); the sum covers that minute and the nine before it, so a bucket leaves at the start
// of its tenth following minute, up to a minute before the operating_reset_at it announces (its first call +
// 600 s). A request's seconds count for other requests only once it has finished. A webhook whose sum for a
// method exceeds the limit is refused that method with 429, while other webhooks and methods go on.
class OperatingLimiter
{
public:
    explicit OperatingLimiter(double limitSeconds)
        : m_limit(limitSeconds)
    {}

    bool enabled() const { return m_limit > 0; }
    double limit() const { return m_limit; }
    // A finished request's seconds for `method`; `firstCallMs` dates the bucket's reset when it is
    // new; other requests see them from `visibleFromMs` (when the request finished) on.
    void record(const QString &webhook, const QString &method, qint64 requestStartMs, qint64 firstCallMs,
                double seconds, qint64 visibleFromMs);
    double operating(const QString &webhook, const QString &method, qint64 nowMs);
    // Unix seconds: the oldest bucket's first call + 600 s (none: no bucket in the sum).
    std::optional<qint64> resetAt(const QString &webhook, const QString &method, qint64 nowMs);

    // The same for a portal with one webhook, every call a request of its own, seen at once.
    void record(const QString &method, qint64 startMs, double seconds);
    double operating(const QString &method, qint64 nowMs) { return operating({}, method, nowMs); }
    bool blocked(const QString &method, qint64 nowMs)
    {
        return enabled() && operating(method, nowMs) > m_limit;
    }

    static constexpr double MinimalFixTime = 0.1;
    static constexpr qint64 BucketMs = 60'000;
    static constexpr int BucketCount = 10;

private:
    struct Bucket
    {
        double seconds = 0;
        qint64 firstMs = 0;
    };
    struct Pending
    {
        qint64 minute = 0;
        qint64 firstMs = 0;
        double seconds = 0;
        qint64 visibleFromMs = 0;
    };
    struct Account
    {
        std::map<qint64, Bucket> buckets; // by minute
        std::vector<Pending> pending;     // requests still running at the time asked
    };
    static QString key(const QString &webhook, const QString &method);
    Account *account(const QString &key, qint64 nowMs); // brought up to nowMs; null: none kept

    double m_limit;
    QHash<QString, Account> m_accounts; // "webhook method" -> buckets
};

} // namespace b24
