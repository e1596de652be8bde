#include "core/b24/portallimiter.h"

#include "core/b24/clientoptions.h"
#include "core/b24/requestbucket.h"
#include "core/b24/webhookurl.h"

#include <QCryptographicHash>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Which webhook of a portal: user id and a hash of the secret, so the key can never leak it.
QString webhookKey(const WebhookUrl &webhook)
{
    const QByteArray hash = QCryptographicHash::hash(webhook.secret().toUtf8(), QCryptographicHash::Sha256);
    return webhook.targetOrigin().toLower() + u' ' + QString::number(webhook.userId()) + u' ' +
           QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

PortalLimiter::PortalLimiter(const LimiterSettings &settings, QObject *parent)
    : PortalLimiter(std::make_shared<RequestBucket>(settings), settings, parent)
{}

PortalLimiter::PortalLimiter(std::shared_ptr<RequestBucket> bucket, const LimiterSettings &settings,
                             QObject *parent)
    : QObject(parent)
    , m_bucket(std::move(bucket))
{
    setOperatingSettings(settings);
    // Any webhook's request moves the portal's bucket: whoever watches this limiter hears of it.
    connect(m_bucket.get(), &RequestBucket::changed, this, &PortalLimiter::changed, Qt::DirectConnection);
}

qint64 PortalLimiter::nowMs() const
{
    return m_settings.clock->nowMs();
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

qint64 PortalLimiter::methodDelayMs(const QString &method, qint64 now, bool planned) const
{
    const MethodStats *stats = statsFor(method, now);
    if (!stats)
        return 0;
    if (stats->pausedUntilMs > now)
        return stats->pausedUntilMs - now;
    if (planned)
        return 0;
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

qint64 PortalLimiter::delayBeforeSendMs(const QString &method, const QStringList &batchMethods,
                                        bool planned) const
{
    qint64 delay = m_bucket->delayMs();
    QMutexLocker lock(&m_mutex);
    const qint64 now = nowMs();
    delay = std::max(delay, methodDelayMs(method, now, planned));
    for (const QString &sub : batchMethods)
        delay = std::max(delay, methodDelayMs(sub, now, planned));
    return delay;
}

bool PortalLimiter::portalClockConfirmed() const
{
    QMutexLocker lock(&m_mutex);
    return m_portalClock.confirmed();
}

PortalLimiter::OperatingPlan PortalLimiter::planOperating(const QString &method, int wanted) const
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = nowMs();
    OperatingPlan plan;
    plan.calls = wanted;
    const MethodStats *stats = statsFor(method, now);
    if (!stats)
        return plan;
    if (stats->pausedUntilMs > now) {
        plan.calls = 0;
        plan.waitMs = stats->pausedUntilMs - now;
        return plan;
    }
    const OperatingBudget &budget = stats->budget;
    plan.secondsPerCall = budget.costPerCall();
    if (!budget.known() || !m_portalClock.known())
        return plan;
    plan.active = true;
    const double portalNow = m_portalClock.portalNow(now);
    const int onWire = m_reserved.value(method.toLower());
    const int fit = budget.callsThatFit(portalNow, plan.secondsPerCall) - onWire;
    if (fit >= 1) {
        plan.calls = std::min(wanted, fit);
        return plan;
    }
    // Nothing fits: wait until the portal's oldest minute leaves the window and frees its seconds.
    const double when = budget.timeWhenFits(portalNow, wanted + onWire, plan.secondsPerCall);
    plan.calls = 0;
    plan.waitMs = std::max<qint64>(1, m_portalClock.localDelayMs(when - portalNow));
    return plan;
}

void PortalLimiter::reserveOperating(const QString &method, int calls)
{
    QMutexLocker lock(&m_mutex);
    m_reserved[method.toLower()] += calls;
}

void PortalLimiter::releaseOperating(const QString &method, int calls)
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_reserved.find(method.toLower());
    if (found == m_reserved.end())
        return;
    *found -= calls;
    if (*found <= 0)
        m_reserved.erase(found);
}

void PortalLimiter::noteSent()
{
    m_bucket->noteSent(); // its changed() is ours
}

void PortalLimiter::learnTime(const QString &method, const ResponseTime &time, qint64 now, int calls)
{
    if (!time.operating && !time.operatingResetAt)
        return;
    MethodStats &stats = m_methods[method.toLower()];
    stats.operating = time.operating.value_or(0);
    stats.resetAt = time.operatingResetAt;
    stats.updatedMs = now;
    // Times of a real answer (a portal's clock, not a hand-made test envelope) feed the model.
    if (time.start > 0 && time.finish >= time.start) {
        const double limit = m_settings.operatingLimitSeconds;
        stats.budget.setLimit(stats.learnedLimit > 0 ? std::min(limit, stats.learnedLimit) : limit);
        stats.budget.record(time, calls);
    }
}

void PortalLimiter::learnOperatingLimit(const QString &method, qint64 now)
{
    MethodStats &stats = m_methods[method.toLower()];
    const bool resetKnown = stats.resetAt && *stats.resetAt * 1000 > now;
    stats.pausedUntilMs = resetKnown ? *stats.resetAt * 1000 + 1000 : now + m_settings.pauseWithoutResetMs;
    // Refused below the budget we were told: the portal's is smaller. The last sum it reported,
    // less one call, was still allowed: plan with that from now on.
    const double cost = stats.budget.costPerCall();
    if (stats.operating > 0 && stats.operating - cost < stats.budget.limit()) {
        stats.learnedLimit = std::max(cost, stats.operating - cost);
        stats.budget.setLimit(stats.learnedLimit);
    }
    stats.operating = std::max(stats.operating, m_settings.operatingLimitSeconds);
    stats.updatedMs = now;
}

void PortalLimiter::noteResponse(const QString &method, const CallResult &result)
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = nowMs();
        // The outer "batch" is exempt from operating accounting; its commands are noted one by one.
        if (result.time && result.time->start > 0)
            m_portalClock.observe(result.time->finish, now); // every answer tells the portal's time
        if (result.time && method.compare(u"batch"_s, Qt::CaseInsensitive) != 0)
            learnTime(method, *result.time, now);
        if (result.error.isOperatingLimit())
            learnOperatingLimit(method, now);
    }
    if (result.error.isRateLimit())
        m_bucket->noteRejected();
    emit changed();
}

void PortalLimiter::noteBatchResult(const BatchResult &result)
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = nowMs();
        // The portal charges a request's seconds per method together: the commands of one method in
        // this batch are one charge, in the minute the batch started.
        QMap<QString, QPair<ResponseTime, int>> charges;
        for (const BatchItem &item : result.items) {
            if (item.time) {
                auto found = charges.find(item.method.toLower());
                if (found == charges.end()) {
                    charges.insert(item.method.toLower(), {*item.time, 1});
                } else {
                    ResponseTime &sum = found->first;
                    sum.start = std::min(sum.start, item.time->start);
                    sum.finish = std::max(sum.finish, item.time->finish);
                    sum.processing += item.time->processing;
                    sum.operating = item.time->operating ? item.time->operating : sum.operating;
                    sum.operatingResetAt =
                        item.time->operatingResetAt ? item.time->operatingResetAt : sum.operatingResetAt;
                    ++found->second;
                }
            }
        }
        for (auto it = charges.cbegin(); it != charges.cend(); ++it)
            learnTime(it.key(), it.value().first, now, it.value().second);
        for (const BatchItem &item : result.items) {
            if (item.error.isOperatingLimit())
                learnOperatingLimit(item.method, now);
        }
    }
    emit changed();
}

double PortalLimiter::bucketLevel() const
{
    return m_bucket->level();
}

int PortalLimiter::burst() const
{
    return m_bucket->burst();
}

double PortalLimiter::drainPerSecond() const
{
    return m_bucket->drainPerSecond();
}

bool PortalLimiter::isUnlimited() const
{
    return m_bucket->isUnlimited();
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

qint64 PortalLimiter::operatingFreesInMs(const QString &method) const
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = nowMs();
    const MethodStats *stats = statsFor(method, now);
    if (!stats || !stats->resetAt || stats->operating <= 0)
        return 0;
    const double portalNow = m_portalClock.known() ? m_portalClock.portalNow(now) : double(now) / 1000.0;
    return m_portalClock.localDelayMs(double(*stats->resetAt) - portalNow);
}

LimiterSettings PortalLimiter::settings() const
{
    const LimiterSettings rate = m_bucket->settings();
    QMutexLocker lock(&m_mutex);
    LimiterSettings settings = m_settings;
    settings.unlimited = rate.unlimited;
    settings.burst = rate.burst;
    settings.drainPerSecond = rate.drainPerSecond;
    settings.headroom = rate.headroom;
    return settings;
}

void PortalLimiter::setOperatingSettings(const LimiterSettings &settings)
{
    {
        QMutexLocker lock(&m_mutex);
        m_settings = settings;
        if (!m_settings.clock)
            m_settings.clock = SystemClock::instance();
    }
    emit changed();
}

void PortalLimiter::setSettings(const LimiterSettings &settings)
{
    setOperatingSettings(settings);
    m_bucket->setSettings(settings);
}

std::shared_ptr<PortalLimiter> PortalLimiter::forWebhook(const WebhookUrl &webhook,
                                                         const ClientOptions &options)
{
    const LimiterSettings settings = options.limiterSettings();
    auto bucket = RequestBucket::forOrigin(webhook.targetOrigin(), settings, options.statesRateLimits());
    static QMutex mutex;
    static QMap<QString, std::weak_ptr<PortalLimiter>> registry;
    QMutexLocker lock(&mutex);
    const QString key = webhookKey(webhook);
    if (auto existing = registry.value(key).lock()) {
        if (options.statesOperatingLimit())
            existing->setOperatingSettings(settings);
        return existing;
    }
    auto limiter = std::make_shared<PortalLimiter>(std::move(bucket), settings);
    registry.insert(key, limiter);
    return limiter;
}

} // namespace b24
