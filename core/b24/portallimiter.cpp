#include "b24/portallimiter.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

PortalLimiter::PortalLimiter(const LimiterSettings &settings, QObject *parent)
    : QObject(parent)
{
    setSettings(settings);
}

qint64 PortalLimiter::nowMs() const
{
    return m_settings.clock->nowMs();
}

double PortalLimiter::levelAt(qint64 now) const
{
    const double drained =
        double(std::max<qint64>(0, now - m_levelAtMs)) * m_settings.drainPerSecond / 1000.0;
    return std::max(0.0, m_level - drained);
}

qint64 PortalLimiter::bucketDelayMs(qint64 now) const
{
    if (m_settings.unlimited || m_settings.drainPerSecond <= 0)
        return 0;
    // The portal rejects once the counter passes the burst: wait until one more request fits
    // below the burst minus the headroom (see LimiterSettings::headroom).
    const int headroom = std::clamp(m_settings.headroom, 0, m_settings.burst - 1);
    const double excess = levelAt(now) + 1.0 - double(m_settings.burst - headroom);
    if (excess <= 0)
        return 0;
    return qint64(std::ceil(excess * 1000.0 / m_settings.drainPerSecond));
}

const PortalLimiter::MethodStats *PortalLimiter::statsFor(const QString &method, qint64 now) const
{
    const auto it = m_methods.constFind(method.toLower());
    if (it == m_methods.cend())
        return nullptr;
    if (it->pausedUntilMs <= now && now - it->updatedMs > m_settings.statsLifetimeMs)
        return nullptr; // the 10-minute window has moved on
    return &*it;
}

qint64 PortalLimiter::methodDelayMs(const QString &method, qint64 now) const
{
    const MethodStats *stats = statsFor(method, now);
    if (!stats)
        return 0;
    if (stats->pausedUntilMs > now)
        return stats->pausedUntilMs - now;
    // Past the reset time the oldest minute has expired and the numbers are stale: let it go and learn.
    if (!stats->resetAt || *stats->resetAt * 1000 <= now)
        return 0;
    const qint64 toReset = *stats->resetAt * 1000 - now;
    const double limitMs = m_settings.operatingLimitSeconds * 1000.0;
    const double operatingMs = stats->operating * 1000.0;
    if (operatingMs >= limitMs - double(m_settings.operatingSafetyMs))
        return toReset + 1000;
    if (operatingMs > limitMs * m_settings.slowdownPercent / 100.0)
        return std::min(m_settings.maxSlowdownMs, qint64(double(toReset) * m_settings.slowdownCoefficient));
    return 0;
}

qint64 PortalLimiter::delayBeforeSendMs(const QString &method, const QStringList &batchMethods) const
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = nowMs();
    qint64 delay = std::max(bucketDelayMs(now), methodDelayMs(method, now));
    for (const QString &sub : batchMethods)
        delay = std::max(delay, methodDelayMs(sub, now));
    return delay;
}

void PortalLimiter::noteSent()
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = nowMs();
        m_level = levelAt(now) + 1.0;
        m_levelAtMs = now;
    }
    emit changed();
}

void PortalLimiter::learnTime(const QString &method, const ResponseTime &time, qint64 now)
{
    if (!time.operating && !time.operatingResetAt)
        return;
    MethodStats &stats = m_methods[method.toLower()];
    stats.operating = time.operating.value_or(0);
    stats.resetAt = time.operatingResetAt;
    stats.updatedMs = now;
}

void PortalLimiter::learnError(const QString &method, const ApiError &error, qint64 now)
{
    if (error.isRateLimit()) {
        // The portal's counter is full, whatever ours says.
        m_level = std::max(levelAt(now), double(m_settings.burst));
        m_levelAtMs = now;
    }
    if (error.isOperatingLimit()) {
        MethodStats &stats = m_methods[method.toLower()];
        const bool resetKnown = stats.resetAt && *stats.resetAt * 1000 > now;
        stats.pausedUntilMs =
            resetKnown ? *stats.resetAt * 1000 + 1000 : now + m_settings.pauseWithoutResetMs;
        stats.operating = std::max(stats.operating, m_settings.operatingLimitSeconds);
        stats.updatedMs = now;
    }
}

void PortalLimiter::noteResponse(const QString &method, const CallResult &result)
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = nowMs();
        // The outer "batch" is exempt from operating accounting; its commands are noted one by one.
        if (result.time && method.compare(u"batch"_s, Qt::CaseInsensitive) != 0)
            learnTime(method, *result.time, now);
        if (result.error.isError())
            learnError(method, result.error, now);
    }
    emit changed();
}

void PortalLimiter::noteBatchResult(const BatchResult &result)
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = nowMs();
        for (const BatchItem &item : result.items) {
            if (item.time)
                learnTime(item.method, *item.time, now);
            if (item.error.isOperatingLimit())
                learnError(item.method, item.error, now);
        }
    }
    emit changed();
}

double PortalLimiter::bucketLevel() const
{
    QMutexLocker lock(&m_mutex);
    return levelAt(nowMs());
}

int PortalLimiter::burst() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.burst;
}

double PortalLimiter::drainPerSecond() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.drainPerSecond;
}

bool PortalLimiter::isUnlimited() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.unlimited;
}

double PortalLimiter::operatingSeconds(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    const MethodStats *stats = statsFor(method, nowMs());
    return stats ? stats->operating : 0;
}

std::optional<qint64> PortalLimiter::operatingResetAt(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    const MethodStats *stats = statsFor(method, nowMs());
    return stats ? stats->resetAt : std::nullopt;
}

qint64 PortalLimiter::pausedUntilMs(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = nowMs();
    const MethodStats *stats = statsFor(method, now);
    return stats && stats->pausedUntilMs > now ? stats->pausedUntilMs : 0;
}

LimiterSettings PortalLimiter::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

void PortalLimiter::setSettings(const LimiterSettings &settings)
{
    {
        QMutexLocker lock(&m_mutex);
        const double level = m_settings.clock ? levelAt(nowMs()) : 0.0; // drained under the old rate
        m_settings = settings;
        if (!m_settings.clock)
            m_settings.clock = SystemClock::instance();
        m_settings.burst = std::max(1, m_settings.burst);
        m_levelAtMs = nowMs();
        m_level = std::min(level, double(m_settings.burst));
    }
    emit changed();
}

std::shared_ptr<PortalLimiter> PortalLimiter::forOrigin(const QString &origin,
                                                        const LimiterSettings &settings)
{
    static QMutex mutex;
    static QMap<QString, std::weak_ptr<PortalLimiter>> registry;
    QMutexLocker lock(&mutex);
    const QString key = origin.toLower();
    if (auto existing = registry.value(key).lock())
        return existing;
    auto limiter = std::make_shared<PortalLimiter>(settings);
    registry.insert(key, limiter);
    return limiter;
}

} // namespace b24
