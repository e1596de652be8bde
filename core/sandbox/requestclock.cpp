#include "core/sandbox/requestclock.h"

#include <algorithm>

namespace b24 {

double RequestClock::spend(double realSeconds, double modeledSeconds)
{
    if (m_cutOff)
        return 0;
    const double seconds = realSeconds + modeledSeconds;
    const double ran = m_capSeconds > 0 ? std::min(seconds, m_capSeconds - m_spentSeconds) : seconds;
    m_spentSeconds += ran;
    m_modeledSeconds += std::max(0.0, ran - realSeconds);
    m_cutOff = ran < seconds;
    return ran;
}

} // namespace b24
