#pragma once

#include "core/b24/apierror.h"
#include "core/b24/hookcontext.h"
#include "core/b24/listoptions.h"
#include "core/b24/listrequest.h"
#include "core/b24/orderedjson.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <memory>

namespace b24 {

class ListStrategy;

// Every page of a list method, through one of three strategies (ListOptions::Strategy), exactly
// the rows that paging the same parameters by hand gives (docs/lists.md). Collect mode keeps the
// rows (rows()); stream mode only emits rowsReady page by page. cancel() aborts the reads on the
// wire and keeps the rows already handed over.
class ListJob : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Collect,
        Stream
    };

    ListJob(HookContextPtr context, const QString &method, const OrderedJson &params,
            const ListOptions &options, Mode mode, QObject *parent = nullptr);
    ~ListJob() override;

    void start();
    void cancel();

    QString method() const { return m_method; }
    const QJsonArray &rows() const { return m_rows; } // empty in stream mode
    qint64 rowCount() const { return m_rowCount; }
    bool totalKnown() const { return m_total >= 0; }
    qint64 total() const { return m_total; } // -1 unknown
    ListOptions::Strategy strategyUsed() const { return m_strategyUsed; }
    // Why that strategy (and why it changed, if it did during the walk).
    QString strategyReason() const { return m_strategyReason; }
    // What the caller should know about the rows: a changed strategy, a count that differs from
    // the portal's total, time spent waiting for limits. Also emitted as noted().
    const QStringList &notes() const { return m_notes; }
    int requestCount() const { return m_requests; }
    const ApiError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    bool wasCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    // --- for the strategies ---
    const HookContextPtr &context() const { return m_context; }
    const OrderedJson &params() const { return m_params; }
    const ListRequest &request() const { return *m_request; }
    ListRequest &request() { return *m_request; }
    const ListOptions &options() const { return m_options; } // resolved for the method
    bool cancelRequested() const { return m_cancelRequested; }
    // Rows still wanted before the limit; -1 without a limit.
    qint64 remaining() const;
    // Hands one page over; false when the job must stop (limit reached or cancel requested).
    bool deliverPage(const QJsonArray &page);
    void setTotal(qint64 total);
    void addRequests(int count) { m_requests += count; }
    // The keyset walk cannot go on (rows without a numeric ID, a portal that ignores the order or
    // the cursor): restarts with offset paging, which skips the rows already handed over (they came
    // in the walk's ID order, so the offset walk is ordered the same way). False when that cannot
    // be exact: rows were handed over in an order the offset walk cannot resume.
    // resumeAfter: the position of the last row handed over (ListRequest), kUnbounded if none.
    bool fallBackToOffset(const QString &why, qint64 resumeAfter);
    void addNote(const QString &note);
    // The walk pauses `ms` for a limit the portal lifts by itself (emits waiting()).
    void addWait(qint64 ms, const QString &cause);
    qint64 waitedMs() const { return m_waitedMs; }
    // Ends the job: without error = done (or cancelled if asked); with one = failed.
    void complete(const ApiError &error = {});

signals:
    void rowsReady(const QJsonArray &rows);
    void noted(const QString &note);
    // Paused for the portal's limits; resumes in `ms` (cause: the error code, e.g. OPERATION_TIME_LIMIT).
    void waiting(qint64 ms, const QString &cause);
    void progress(qint64 rows, qint64 total);
    void finished();

private:
    HookContextPtr m_context;
    QString m_method;
    OrderedJson m_params;
    ListOptions m_options;
    std::unique_ptr<ListRequest> m_request;
    QString m_strategyReason;
    QStringList m_notes;
    Mode m_mode;
    ListOptions::Strategy m_strategyUsed = ListOptions::Strategy::Auto;
    std::unique_ptr<ListStrategy> m_strategy;
    QJsonArray m_rows;
    qint64 m_rowCount = 0;
    qint64 m_total = -1;
    int m_requests = 0;
    qint64 m_waitedMs = 0;
    QStringList m_waitCauses; // each once, in the order met
    ApiError m_error;
    bool m_started = false;
    bool m_cancelRequested = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace b24
