#pragma once

#include <QtGlobal>

namespace b24 {

// Where the portal's clock stands against ours. The portal's times (time.finish of the answers)
// are read against the local moment each answer arrived; waits the portal's budget asks for, in
// its seconds, become local milliseconds. A portal whose clocks run N times faster (a time-scaled
// sandbox) gives a rate of N; a real one 1 (small differences are network noise, not a rate).
class PortalClock
{
public:
    void observe(double portalSeconds, qint64 localMs);
    bool known() const { return m_known; }
    // The readings span long enough that rate() is the portal's, not a guess of 1.
    bool confirmed() const { return m_confirmed; }
    double rate() const { return m_rate; }
    // The portal's time now, estimated (0 before any answer).
    double portalNow(qint64 localMs) const;
    // Local milliseconds for `portalSeconds` of the portal's time to pass.
    qint64 localDelayMs(double portalSeconds) const;

private:
    bool m_known = false;
    double m_firstPortal = 0;
    double m_lastPortal = 0;
    qint64 m_firstLocal = 0;
    qint64 m_lastLocal = 0;
    double m_rate = 1;
    bool m_confirmed = false;
};

} // namespace b24
