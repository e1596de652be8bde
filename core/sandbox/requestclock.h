#pragma once

#include <QtGlobal>

namespace b24 {

// The portal time one HTTP request has spent so far, against the cloud's cap on a request's
// duration (60 s). A batch runs its commands one after another: each starts where the previous
// one finished, and the batch is cut off once their handler time passes the cap.
class RequestClock
{
public:
    RequestClock(qint64 startMs = 0, double capSeconds = 60)
        : m_startMs(startMs)
        , m_capSeconds(capSeconds)
    {}

    qint64 startMs() const { return m_startMs; }
    qint64 nowMs() const { return m_startMs + qint64(m_spentSeconds * 1000.0); }
    double spentSeconds() const { return m_spentSeconds; }
    // Adds a call's handler time, what it really took plus what the portal models on top (page
    // cost), and returns the part of the sum that ran before the cap.
    double spend(double realSeconds, double modeledSeconds);
    // The modeled part that ran: real time has passed already, this the server still has to wait.
    double modeledSeconds() const { return m_modeledSeconds; }
    bool cutOff() const { return m_cutOff; }

private:
    qint64 m_startMs;
    double m_capSeconds;
    double m_spentSeconds = 0;
    double m_modeledSeconds = 0;
    bool m_cutOff = false;
};

} // namespace b24
