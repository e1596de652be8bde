#pragma once

#include "b24/apierror.h"
#include "b24/batchcommand.h"
#include "b24/listoptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace b24 {

class CallJob;
class ListJob;
struct CallResult;

// One way of walking a list; it asks its ListJob for parameters and hands pages back to it.
class ListStrategy : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50; // the portal's fixed page size

    explicit ListStrategy(ListJob *job);
    ~ListStrategy() override;

    static std::unique_ptr<ListStrategy> create(ListOptions::Strategy strategy, ListJob *job);

    virtual void start() = 0;
    // Lets the requests on the wire finish (their rows are kept), then the job completes.
    void stopAfterInFlight();

    // The page inside a result: the array itself, or the one under resultKey; when resultKey is
    // empty an object with a single array member is taken as a wrapper. False if there is none.
    static bool pageRows(const QJsonValue &result, const QString &resultKey, QJsonArray *rows);
    // Lenient numeric ID of a row (number or numeric string).
    static std::optional<qint64> rowId(const QJsonValue &row, const QString &idKey);

protected:
    using Handler = std::function<void(const CallResult &)>;
    // Starts one call (or batch envelope) whose result goes to handler; counts its requests.
    // batchCommands: for a batch envelope, the commands inside it.
    CallJob *startCall(const QString &method, const QJsonObject &params, const Handler &handler);
    CallJob *startBatch(const QList<BatchCommand> &commands, const Handler &handler);
    CallJob *run(CallJob *call, const Handler &handler);
    // params with order {cursor: ASC}, filter[>cursor] = after, start = -1.
    QJsonObject keysetParams(const QJsonValue &after) const;
    // The caller's own ">cursor" filter value, or 0: where the keyset walk begins.
    qint64 initialCursor() const;
    // The page of a call's result; false (and the job completes with the error) when the call
    // failed or its result holds no list.
    bool takePage(const CallResult &result, QJsonArray *rows);
    // Checks one keyset page against the cursor; advances it or returns the error.
    bool advanceCursor(const QJsonArray &rows, qint64 *cursor, ApiError *error) const;
    QString filterCursorKey() const;
    static ApiError notAList();
    ApiError idNotNumeric() const;

    ListJob *m_job;
    QList<CallJob *> m_calls; // in flight (several when the ID range is split)
};

} // namespace b24
