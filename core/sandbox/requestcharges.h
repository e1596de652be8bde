#pragma once

#include <QHash>
#include <QString>

namespace b24 {

class OperatingLimiter;

// The handler seconds one HTTP request spends, per method (a batch calls several): while it runs,
// each call over 0.1 s counts against the budget of its next calls; when it has finished, each
// method's total is charged once (a batch of cheap calls can pass 0.1 s together), as the
// portal's LoadLimiter does.
class RequestCharges
{
public:
    void add(const QString &method, qint64 startMs, double seconds);
    // What this request adds to the method's sum while it runs.
    double running(const QString &method) const;
    void chargeTo(OperatingLimiter &limiter, const QString &webhook, qint64 requestStartMs,
                  qint64 finishedMs) const;

private:
    struct Tally
    {
        double running = 0; // calls over 0.1 s
        double total = 0;   // every call
        qint64 firstMs = 0;
    };
    QHash<QString, Tally> m_methods;
};

} // namespace b24
