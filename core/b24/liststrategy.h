#pragma once

#include "core/b24/apierror.h"
#include "core/b24/batchcommand.h"
#include "core/b24/listoptions.h"
#include "core/b24/orderedjson.h"

#include <QJsonArray>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace b24 {

class CallJob;
class ListJob;
struct CallResult;

// One way of walking a list; it asks its ListJob (and its ListRequest) for parameters and hands
// pages back to it.
class ListStrategy : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50; // the portal's fixed page size

    explicit ListStrategy(ListJob *job);
    ~ListStrategy() override;

    static std::unique_ptr<ListStrategy> create(ListOptions::Strategy strategy, ListJob *job);

    virtual void start() = 0;
    // Aborts the reads on the wire (safe: they change nothing); the job then completes.
    void abort();

    // The page inside a result: the array itself, or the one under resultKey; when resultKey is
    // empty an object with a single array member is taken as a wrapper. False if there is none.
    static bool pageRows(const QJsonValue &result, const QString &resultKey, QJsonArray *rows);
    // Lenient numeric ID of a row (number or numeric string).
    static std::optional<qint64> rowId(const QJsonValue &row, const QString &idKey);

protected:
    using Handler = std::function<void(const CallResult &)>;
    // Starts one call (or batch envelope) whose result goes to handler; counts its requests.
    CallJob *startCall(const QString &method, const OrderedJson &params, const Handler &handler);
    CallJob *startBatch(const QList<BatchCommand> &commands, const Handler &handler);
    // pages: calls of the list's method the request holds, reserved in the limiter's operating
    // plan until the answer is in.
    CallJob *run(CallJob *call, const Handler &handler, int pages);
    // Aborts the calls in flight; their handlers see Kind::Cancelled.
    void cancelCalls();
    // The page of a call's result; false (and the job completes with the error) when the call
    // failed or its result holds no list.
    bool takePage(const CallResult &result, QJsonArray *rows);
    // Checks one keyset page: every row has a numeric ID, positions rise strictly, the first is
    // beyond `cursor` and none beyond `upper` (kUnbounded: no bound). A portal that ignores the
    // order or the cursor filter is caught here, never trusted. Sets *last to the last position;
    // on failure returns false with *why.
    bool checkPage(const QJsonArray &rows, qint64 cursor, qint64 upper, qint64 *last, QString *why) const;
    // The keyset walk cannot go on exactly: offset paging takes over (resuming after `resumeAfter`),
    // or the job fails with LIST_NOT_WALKABLE when that cannot be exact.
    void fallBack(const QString &why, qint64 resumeAfter);
    // The first rows lack the ID the walk follows because the caller's select left it out: the walk
    // asks for it from now on (and takes it out of the rows again). True: send the request again.
    bool askForId(const QJsonArray &rows);
    // A limit the portal lifts by itself (operating budget, request rate), for the whole request or
    // one command of a batch: calls `resend` once the limiter allows (never sooner than a growing
    // back-off), unless the walk would wait longer than ListOptions::maxWaitMs in all. False: the
    // caller fails with the error.
    bool retryAfterLimit(const ApiError &error, const QStringList &methods,
                         const std::function<void()> &resend);
    // A request went through: the back-off for limits starts again from its shortest step, and a
    // pause (bounded by maxWaitMs) is over.
    void limitLifted()
    {
        m_limitRetries = 0;
        m_pausedMs = 0;
    }
    // Sizes the next request (*pages of the list's method) to the operating budget, modelled as the
    // portal keeps it, and to the portal's 60-second request cap. When nothing fits, calls `resend`
    // once an own request on the wire has answered, or (none on the wire) once the portal's oldest
    // minute frees enough; false then (or when that wait is longer than maxWaitMs: the job fails),
    // and the caller sends nothing now.
    bool fitBudget(int *pages, const std::function<void()> &resend);
    ApiError budgetRefusal(qint64 waitMs) const;
    // Waits `ms` (the walk's pause grows by it), then calls `resend`; false when the pause would
    // outlast maxWaitMs.
    bool pause(qint64 ms, const QString &cause, const std::function<void()> &resend);
    static ApiError notAList();

    ListJob *m_job;
    QList<CallJob *> m_calls; // in flight (several when the ID range is split)

private:
    // Requests that found no budget wait for an own answer or pause to end, then plan again.
    void wakeParked();

    std::vector<std::function<void()>> m_parked;
    int m_pauses = 0; // pauses under way
    int m_limitRetries = 0;
    qint64 m_pausedMs = 0; // waited since the last request that went through
};

} // namespace b24
