#pragma once

#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace b24 {

// Per-method execution budget (§4.2): ten one-minute buckets of handler seconds; calls shorter
// than 0.1 s are not recorded; a method whose sum exceeds the limit is refused with 429.
class OperatingLimiter
{
public:
    explicit OperatingLimiter(double limitSeconds)
        : m_limit(limitSeconds)
    {}

    bool enabled() const { return m_limit > 0; }
    bool blocked(const QString &method, qint64 nowMs);
    void record(const QString &method, qint64 startMs, double seconds);
    double operating(const QString &method, qint64 nowMs);
    std::optional<qint64> resetAt(const QString &method, qint64 nowMs); // Unix seconds

    static constexpr double MinimalFixTime = 0.1;

private:
    struct Bucket
    {
        qint64 minute = -1;
        double seconds = 0;
        qint64 firstMs = 0;
    };
    using Buckets = std::array<Bucket, 10>;
    Buckets &buckets(const QString &method, qint64 nowMs); // expired buckets cleared

    double m_limit;
    QHash<QString, Buckets> m_methods;
};

} // namespace b24
