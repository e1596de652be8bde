#pragma once

#include <QHash>
#include <QString>

#include <map>
#include <optional>

namespace b24 {

// The execution budget (§4.2), kept per webhook and method: one-minute buckets of handler seconds,
// each counted for ten minutes from its first call (so at most ten are in the sum at once, eleven
// alive across a minute's change); calls shorter than 0.1 s are not recorded; a webhook whose sum
// for a method exceeds the limit is refused that method with 429, while other webhooks and
// methods go on.
class OperatingLimiter
{
public:
    explicit OperatingLimiter(double limitSeconds)
        : m_limit(limitSeconds)
    {}

    bool enabled() const { return m_limit > 0; }
    bool blocked(const QString &webhook, const QString &method, qint64 nowMs);
    void record(const QString &webhook, const QString &method, qint64 startMs, double seconds);
    double operating(const QString &webhook, const QString &method, qint64 nowMs);
    // Unix seconds: when the oldest bucket leaves the sum (its first call + 600 s).
    std::optional<qint64> resetAt(const QString &webhook, const QString &method, qint64 nowMs);

    static constexpr double MinimalFixTime = 0.1;
    static constexpr qint64 WindowMs = 600'000;

private:
    struct Bucket
    {
        double seconds = 0;
        qint64 firstMs = 0;
    };
    using Buckets = std::map<qint64, Bucket>; // by minute
    static QString key(const QString &webhook, const QString &method);
    Buckets *buckets(const QString &key, qint64 nowMs); // expired buckets cleared; null: none kept

    double m_limit;
    QHash<QString, Buckets> m_accounts; // "webhook method" -> buckets
};

} // namespace b24
