#include "core/sandbox/requestcharges.h"

#include "core/sandbox/operatinglimiter.h"

namespace b24 {

void RequestCharges::add(const QString &method, qint64 startMs, double seconds)
{
    auto t = m_methods.find(method);
    if (t == m_methods.end())
        t = m_methods.insert(method, Tally{0, 0, startMs});
    t->total += seconds;
    if (seconds > OperatingLimiter::MinimalFixTime)
        t->running += seconds;
}

double RequestCharges::running(const QString &method) const
{
    return m_methods.value(method).running;
}

void RequestCharges::chargeTo(OperatingLimiter &limiter, const QString &webhook, qint64 requestStartMs,
                              qint64 finishedMs) const
{
    for (auto it = m_methods.cbegin(); it != m_methods.cend(); ++it)
        limiter.record(webhook, it.key(), requestStartMs, it->firstMs, it->total, finishedMs);
}

} // namespace b24
