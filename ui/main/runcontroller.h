#pragma once

#include "core/b24/b24hook.h"
#include "core/b24/batchjob.h"
#include "core/b24/batchresult.h"
#include "core/b24/calljob.h"
#include "core/b24/callresult.h"
#include "core/b24/listjob.h"
#include "core/b24/listoptions.h"
#include "core/b24/orderedjson.h"
#include "core/profiles/historyentry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace b24 {

// One run at a time against the current hook: a single call (CallJob) or every page
// (ListJob, streamed), or a batch. Only forwards what core reports (rows, progress, the list
// strategy and why, waits for the portal's limits, notes); never touches the network itself.
class RunController : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Single,
        AllPages,
        Batch
    };

    // What history keeps of a finished run (no URL, no secret).
    struct Summary
    {
        QString method;
        OrderedJson params = OrderedJson::object();
        Mode mode = Mode::Single;
        ApiVersion api = ApiVersion::V2;
        bool ok = false;
        bool cancelled = false;
        QString status; // "OK", "cancelled" or the error ("CODE: description", redacted)
        QString code;   // "ok", "cancelled" or the error code, for history
        ApiError::Kind errorKind = ApiError::Kind::None;
        // REST 3.0 validation errors: every field the portal refused, with its message.
        QList<FieldError> validation;
        int httpStatus = 0;
        qint64 elapsedMs = 0;
        qint64 rows = 0;
        int requests = 0;
        qint64 total = -1; // the portal's count of a list, -1 unknown
        ListOptions::Strategy strategy = ListOptions::Strategy::Auto;
        QString strategyReason; // core's words
        QStringList notes;      // core's words: a strategy replaced, a count that differs, waits
        // The answer is a documentation example (a sandbox started with --docs-examples marks it
        // X-Sandbox-Example), not data from a portal.
        bool documentationExample = false;

        // A list that stopped (cancelled or failed) after some of its rows: not all it holds.
        bool partial() const { return mode == Mode::AllPages && !ok && rows > 0; }

        // What history keeps: redacted by HistoryStore, never a URL.
        HistoryEntry toHistoryEntry(const QString &profileId, const QString &portal = {}) const;
    };

    explicit RunController(QObject *parent = nullptr);

    void setHook(B24Hook *hook);
    B24Hook *hook() const { return m_hook; }
    bool isRunning() const { return m_call || m_list || m_batch; }
    // The parameters of the run in progress (or the last one).
    const OrderedJson &currentParams() const { return m_current.params; }
    ApiVersion currentApi() const { return m_current.api; }
    // The address the run in progress (or the last one) calls, the secret masked.
    QString endpoint() const;

    // api: the protocol the request speaks (REST 3.0 lists page by pagination or their cursor).
    void run(const QString &method, const OrderedJson &params, Mode mode,
             ListOptions::Strategy strategy = ListOptions::Strategy::Auto, ApiVersion api = ApiVersion::V2);
    // Any number of commands (core sends 50 per request; under REST 3.0 as its JSON batch).
    void runBatch(const QList<BatchCommand> &commands, bool haltOnError, ApiVersion api = ApiVersion::V2);
    void cancel();

signals:
    void started(const QString &method, b24::RunController::Mode mode);
    // When a list starts, and again when the walk changes strategy.
    void strategyChosen(b24::ListOptions::Strategy strategy, const QString &reason);
    void rowsArrived(const QJsonArray &rows);
    void progress(qint64 rows, qint64 total);
    // The list pauses for the portal's limits and resumes in `ms` (cause: the error code).
    void waiting(qint64 ms, const QString &cause);
    // A failed request goes out again: attempt `attempt` of `maxAttempts`, in `delayMs`.
    void retrying(int attempt, int maxAttempts, qint64 delayMs, const QString &cause);
    void noted(const QString &note);
    void callFinished(const b24::CallResult &result);
    // All pages: the walk's last HTTP answer (empty when none arrived), just before finished().
    void lastListAnswer(const b24::CallResult &answer);
    void batchFinished(const b24::BatchResult &result);
    void finished(const b24::RunController::Summary &summary);

private:
    void onCallFinished();
    void onListNoted(const QString &note);
    void onListFinished();
    void onBatchFinished();

    QPointer<B24Hook> m_hook;
    QPointer<CallJob> m_call;
    QPointer<ListJob> m_list;
    QPointer<BatchJob> m_batch;
    Summary m_current;
    QElapsedTimer m_clock;
};

} // namespace b24

Q_DECLARE_METATYPE(b24::RunController::Summary)
