#include "core/b24/clock.h"

#include <QDateTime>

namespace b24 {

Clock::~Clock() = default;

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::shared_ptr<Clock> SystemClock::instance()
{
    static const std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    return clock;
}

} // namespace b24
