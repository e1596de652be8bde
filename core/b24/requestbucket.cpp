#include "core/b24/requestbucket.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace b24 {

RequestBucket::RequestBucket(const LimiterSettings &settings, QObject *parent)
    : QObject(parent)
{
    setSettings(settings);
}

qint64 RequestBucket::nowMs() const
{
    return m_settings.clock->nowMs();
}

double RequestBucket::levelAt(qint64 now) const
{
    const double drained =
        double(std::max<qint64>(0, now - m_levelAtMs)) * m_settings.drainPerSecond / 1000.0;
    return std::max(0.0, m_level - drained);
}

qint64 RequestBucket::delayMs() const
{
    QMutexLocker lock(&m_mutex);
    if (m_settings.unlimited || m_settings.drainPerSecond <= 0)
        return 0;
    // The portal rejects once the counter passes the burst: wait until one more request fits
    // below the burst minus the headroom (see LimiterSettings::headroom).
    const int headroom = std::clamp(m_settings.headroom, 0, m_settings.burst - 1);
    const double excess = levelAt(nowMs()) + 1.0 - double(m_settings.burst - headroom);
    if (excess <= 0)
        return 0;
    return qint64(std::ceil(excess * 1000.0 / m_settings.drainPerSecond));
}

void RequestBucket::noteSent()
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = nowMs();
        m_level = levelAt(now) + 1.0;
        m_levelAtMs = now;
    }
    emit changed();
}

void RequestBucket::noteRejected()
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = nowMs();
        m_level = std::max(levelAt(now), double(m_settings.burst));
        m_levelAtMs = now;
    }
    emit changed();
}

double RequestBucket::level() const
{
    QMutexLocker lock(&m_mutex);
    return levelAt(nowMs());
}

int RequestBucket::burst() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.burst;
}

double RequestBucket::drainPerSecond() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.drainPerSecond;
}

bool RequestBucket::isUnlimited() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings.unlimited;
}

LimiterSettings RequestBucket::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

void RequestBucket::setSettings(const LimiterSettings &settings)
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

std::shared_ptr<RequestBucket> RequestBucket::forOrigin(const QString &origin,
                                                        const LimiterSettings &settings, bool replace)
{
    static QMutex mutex;
    static QMap<QString, std::weak_ptr<RequestBucket>> registry;
    QMutexLocker lock(&mutex);
    const QString key = origin.toLower();
    if (auto existing = registry.value(key).lock()) {
        if (replace)
            existing->setSettings(settings);
        return existing;
    }
    auto bucket = std::make_shared<RequestBucket>(settings);
    registry.insert(key, bucket);
    return bucket;
}

} // namespace b24
