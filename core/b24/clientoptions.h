#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

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

    // Unset: the Standard limits, and a portal bucket another hook has set keeps its settings.
    std::optional<Plan> plan;
    int burst = -1;                             // -1: from plan
    double drainPerSecond = -1;                 // -1: from plan
    int timeoutMs = 65000;                      // whole request, connect to last byte
    int maxAttempts = 4;                        // attempts in total, not extra retries
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    double operatingLimitSeconds = -1;          // -1: the portal default (480 s)
    QString userAgent;                          // empty: "B24Explorer/<version>"
    std::shared_ptr<Clock> clock;               // null: system clock
    // Dry run: every request is handed here instead of the network and fails as DRY_RUN, so
    // nothing leaves the machine. The URL comes redacted; the body is the bytes that would go.
    std::function<void(const QString &method, const QString &httpMethod, const QString &url,
                       const QByteArray &body)>
        dryRun;

    // What these options say about the portal rather than leave to defaults: a hook that states
    // them overrides the limiter it shares with other hooks (PortalLimiter::forWebhook).
    bool statesRateLimits() const { return plan.has_value() || burst > 0 || drainPerSecond > 0; }
    bool statesOperatingLimit() const { return operatingLimitSeconds > 0; }

    int effectiveBurst() const;
    double effectiveDrainPerSecond() const;
    QString effectiveUserAgent() const;

    // The limiter and retry settings these options stand for (plan defaults + overrides).
    LimiterSettings limiterSettings() const;
    RetrySettings retrySettings() const;

    // "standard", "enterprise", "unlimited" (any case, as profiles and --plan spell them); nullopt
    // for anything else ("", "unknown").
    static std::optional<Plan> planFromName(const QString &name);
    // Reads every certificate of a PEM file; false with a message when none could be read.
    static bool loadCaFile(const QString &pemPath, QList<QSslCertificate> *certificates, QString *error);
};

} // namespace b24
