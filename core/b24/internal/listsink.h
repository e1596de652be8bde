#pragma once

#include "core/b24/apierror.h"

#include <QJsonArray>
#include <QString>

#include <memory>

namespace b24 {

struct CallResult;
class ListRequest;
class OrderedJson;
struct HookContext;
struct ListOptions;

// What a list strategy may do to the ListJob it walks for: read the request, hand pages over, note
// what happened and end the walk. Only ListJob implements it (privately), so no user of the client
// can deliver a page or end a job.
class ListSink
{
public:
    virtual const std::shared_ptr<const HookContext> &context() const = 0;
    virtual QString method() const = 0;
    virtual const OrderedJson &params() const = 0;
    virtual const ListRequest &request() const = 0;
    virtual ListRequest &request() = 0;
    virtual const ListOptions &options() const = 0; // resolved for the method
    virtual bool cancelRequested() const = 0;
    virtual bool isFinished() const = 0;
    virtual qint64 rowCount() const = 0;
    virtual bool totalKnown() const = 0;
    virtual qint64 total() const = 0;
    // Rows still wanted before the limit; -1 without a limit.
    virtual qint64 remaining() const = 0;

    // Hands one page over; false when the walk must stop (limit reached or cancel requested).
    virtual bool deliverPage(const QJsonArray &page) = 0;
    virtual void setTotal(qint64 total) = 0;
    virtual void addRequests(int count) = 0;
    // The keyset walk cannot go on (rows without a numeric ID, a portal that ignores the order or
    // the cursor): restarts with offset paging, which skips the rows already handed over (they came
    // in the walk's ID order, so the offset walk is ordered the same way). False when that cannot
    // be exact: rows were handed over in an order the offset walk cannot resume.
    // resumeAfter: the position of the last row handed over (ListRequest), kUnbounded if none.
    virtual bool fallBackToOffset(const QString &why, qint64 resumeAfter) = 0;
    virtual void addNote(const QString &note) = 0;
    // The walk pauses `ms` for a limit the portal lifts by itself (the job emits waiting()).
    virtual void addWait(qint64 ms, const QString &cause) = 0;
    // The last HTTP answer of the walk, for the raw view.
    virtual void setLastAnswer(const CallResult &answer) = 0;
    // A request of the walk failed and goes out again (CallJob::retrying).
    virtual void noteRetrying(int attempt, int maxAttempts, qint64 delayMs, const QString &cause) = 0;
    // Ends the walk: without error = done (or cancelled if asked); with one = failed.
    virtual void complete(const ApiError &error = {}) = 0;

protected:
    ~ListSink() = default; // never deleted through this interface
};

} // namespace b24
