#pragma once

#include <QtGlobal>

#include <functional>

namespace b24 {

// The portal's clock under --time-scale: it starts at the real time and runs `scale` times
// faster, so a ten-minute operating window passes in 600 / scale real seconds. Copyable, so it
// can stand in for Portal's clock function.
class ScaledClock
{
public:
    using RealClock = std::function<qint64()>; // Unix milliseconds
    explicit ScaledClock(double scale, RealClock realMs = systemMs);

    qint64 operator()() const;
    static qint64 systemMs();

private:
    double m_scale;
    RealClock m_real;
    qint64 m_originMs;
};

} // namespace b24
