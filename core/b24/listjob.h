#pragma once

#include "core/b24/apierror.h"
#include "core/b24/callresult.h"
#include "core/b24/internal/hookcontext.h"
#include "core/b24/internal/listrequest.h"
#include "core/b24/internal/listsink.h"
#include "core/b24/listoptions.h"
#include "core/b24/orderedjson.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <memory>

namespace b24 {

class B24Hook;
class ListStrategy;

// Every page of a list method, through one of three strategies (ListOptions::Strategy), exactly
// the rows that paging the same parameters by hand gives (docs/lists.md). Collect mode keeps the
// rows (rows()); stream mode only emits rowsReady page by page. cancel() aborts the reads on the
// wire and keeps the rows already handed over. Made by B24Hook; its strategy reaches it through
// ListSink only.
class ListJob final : public QObject, private ListSink
{
    Q_OBJECT

public:
    ~ListJob() override;

    void start();
    void cancel();

    QString method() const override { return m_method; }
    const QJsonArray &rows() const { return m_rows; } // empty in stream mode
    qint64 rowCount() const override { return m_rowCount; }
    bool totalKnown() const override { return m_total >= 0; }
    qint64 total() const override { return m_total; } // -1 unknown
    ListOptions::Strategy strategyUsed() const { return m_strategyUsed; }
    // Why that strategy (and why it changed, if it did during the walk).
    QString strategyReason() const { return m_strategyReason; }
    // What the caller should know about the rows: a changed strategy, a count that differs from
    // the portal's total, time spent waiting for limits. Also emitted as noted().
    const QStringList &notes() const { return m_notes; }
    int requestCount() const { return m_requests; }
    // The last HTTP answer of the walk (body, headers, timing), for a raw view; empty before one.
    const CallResult &lastAnswer() const { return m_lastAnswer; }
    const ApiError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    bool wasCancelled() const { return m_cancelled; }
    bool isFinished() const override { return m_finished; }
    const ListOptions &options() const override { return m_options; } // resolved for the method
    // Time spent waiting for the portal's limits so far.
    qint64 waitedMs() const { return m_waitedMs; }

signals:
    void rowsReady(const QJsonArray &rows);
    void noted(const QString &note);
    // Paused for the portal's limits; resumes in `ms` (cause: the error code, e.g. OPERATION_TIME_LIMIT).
    void waiting(qint64 ms, const QString &cause);
    // A page's request failed and goes out again (see CallJob::retrying).
    void retrying(int attempt, int maxAttempts, qint64 delayMs, const QString &cause);
    void progress(qint64 rows, qint64 total);
    void finished();

private:
    friend class B24Hook;
    enum class Mode
    {
        Collect,
        Stream
    };
    ListJob(std::shared_ptr<const HookContext> context, const QString &method, const OrderedJson &params,
            const ListOptions &options, Mode mode, QObject *parent = nullptr);

    // ListSink: what the strategy may do (docs in listsink.h).
    const std::shared_ptr<const HookContext> &context() const override { return m_context; }
    const OrderedJson &params() const override { return m_params; }
    const ListRequest &request() const override { return *m_request; }
    ListRequest &request() override { return *m_request; }
    bool cancelRequested() const override { return m_cancelRequested; }
    qint64 remaining() const override;
    bool deliverPage(const QJsonArray &page) override;
    void setTotal(qint64 total) override;
    void addRequests(int count) override { m_requests += count; }
    bool fallBackToOffset(const QString &why, qint64 resumeAfter) override;
    void addNote(const QString &note) override;
    void addWait(qint64 ms, const QString &cause) override;
    void setLastAnswer(const CallResult &answer) override { m_lastAnswer = answer; }
    void noteRetrying(int attempt, int maxAttempts, qint64 delayMs, const QString &cause) override
    {
        emit retrying(attempt, maxAttempts, delayMs, cause);
    }
    void complete(const ApiError &error = {}) override;

    std::shared_ptr<const HookContext> m_context;
    QString m_method;
    OrderedJson m_params;
    ListOptions m_options;
    std::unique_ptr<ListRequest> m_request;
    QString m_strategyReason;
    QStringList m_notes;
    CallResult m_lastAnswer;
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
