#pragma once

#include "b24/apierror.h"
#include "b24/hookcontext.h"
#include "b24/listoptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace b24 {

class ListStrategy;

// Every page of a list method, through one of three strategies (ListOptions::Strategy).
// Collect mode keeps the rows (rows()); stream mode only emits rowsReady page by page.
// cancel() lets the request on the wire finish and keeps the rows that arrived.
class ListJob : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Collect,
        Stream
    };

    ListJob(HookContextPtr context, const QString &method, const QJsonObject &params,
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
    int requestCount() const { return m_requests; }
    const ApiError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    bool wasCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    // --- for the strategies ---
    const HookContextPtr &context() const { return m_context; }
    const QJsonObject &params() const { return m_params; }
    const ListOptions &options() const { return m_options; } // resolved for the method
    bool cancelRequested() const { return m_cancelRequested; }
    // Rows still wanted before the limit; -1 without a limit.
    qint64 remaining() const;
    // Hands one page over; false when the job must stop (limit reached or cancel requested).
    bool deliverPage(const QJsonArray &page);
    void setTotal(qint64 total);
    void addRequests(int count) { m_requests += count; }
    // Auto only, before any row: the rows turned out to have no numeric ID, so the keyset cannot
    // walk them; restarts with offset paging. False when that is not allowed.
    bool fallBackToOffset();
    // Ends the job: without error = done (or cancelled if asked); with one = failed.
    void complete(const ApiError &error = {});

signals:
    void rowsReady(const QJsonArray &rows);
    void progress(qint64 rows, qint64 total);
    void finished();

private:
    HookContextPtr m_context;
    QString m_method;
    QJsonObject m_params;
    ListOptions m_options;
    Mode m_mode;
    ListOptions::Strategy m_strategyUsed = ListOptions::Strategy::Auto;
    std::unique_ptr<ListStrategy> m_strategy;
    QJsonArray m_rows;
    qint64 m_rowCount = 0;
    qint64 m_total = -1;
    int m_requests = 0;
    ApiError m_error;
    bool m_started = false;
    bool m_cancelRequested = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace b24
