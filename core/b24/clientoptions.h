#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

namespace b24 {

class Clock;
struct LimiterSettings;
struct RetrySettings;

// Options of one B24Hook. Every field has a usable default; a field left at its "unset" value
// (-1, empty) takes the default of the plan, so setting one field never loses the others
// (the JS SDK replaced the whole restriction config on a partial update).
struct ClientOptions
{
    enum class Plan
    {
        Standard,   // bucket 50, drains 2/s
        Enterprise, // bucket 250, drains 5/s
        Unlimited   // no client-side bucket (sandbox benchmarks)
    };

    Plan plan = Plan::Standard;
    int burst = -1;                             // -1: from plan
    double drainPerSecond = -1;                 // -1: from plan
    int timeoutMs = 65000;                      // whole request, connect to last byte
    int maxAttempts = 4;                        // attempts in total, not extra retries
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    double operatingLimitSeconds = 480;
    QString userAgent;            // empty: "B24Explorer/<version>"
    std::shared_ptr<Clock> clock; // null: system clock

    int effectiveBurst() const;
    double effectiveDrainPerSecond() const;
    QString effectiveUserAgent() const;

    // Reads every certificate of a PEM file; false with a message when none could be read.
    // The limiter and retry settings these options stand for (plan defaults + overrides).
    LimiterSettings limiterSettings() const;
    RetrySettings retrySettings() const;

    static bool loadCaFile(const QString &pemPath, QList<QSslCertificate> *certificates, QString *error);
};

} // namespace b24
