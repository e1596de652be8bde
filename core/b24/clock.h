#pragma once

#include <QtGlobal>

#include <memory>

namespace b24 {

// Injectable wall clock (Unix milliseconds: portal reset times are Unix seconds). Tests use
// tests/support/manualclock.h.
class Clock
{
public:
    virtual ~Clock();
    virtual qint64 nowMs() const = 0;
};

class SystemClock : public Clock
{
public:
    qint64 nowMs() const override;
    static std::shared_ptr<Clock> instance(); // the shared system clock
};

} // namespace b24
