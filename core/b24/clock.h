#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace b24 {

// Injectable wall clock (Unix milliseconds: portal reset times are Unix seconds).
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

// Test clock: time moves only when told to. Thread-safe.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now.load(); }
    void setNowMs(qint64 ms) { m_now.store(ms); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace b24
