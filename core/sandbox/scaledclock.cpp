#include "core/sandbox/scaledclock.h"

#include <QDateTime>

namespace b24 {

ScaledClock::ScaledClock(double scale, RealClock realMs)
    : m_scale(scale)
    , m_real(std::move(realMs))
    , m_originMs(m_real())
{}

qint64 ScaledClock::operator()() const
{
    return m_originMs + qint64(double(m_real() - m_originMs) * m_scale);
}

qint64 ScaledClock::systemMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace b24
