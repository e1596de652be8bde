#pragma once

#include "core/b24/listrequest.h"
#include "core/b24/liststrategy.h"

#include <QSet>

namespace b24 {

// start=0,50,... following "next", with "total" for progress. Keeps the caller's order (the ID
// appended as tie-breaker, see ListRequest), so it serves the orders the keyset cannot express;
// slower on big tables (the portal counts rows). A row met twice (rows moved between pages) is
// handed over once. Resuming a keyset walk, it orders by the walk's ID order and skips the rows
// up to the last one handed over.
class OffsetStrategy : public ListStrategy
{
    Q_OBJECT

public:
    explicit OffsetStrategy(ListJob *job, qint64 resumeAfter = ListRequest::kUnbounded);
    void start() override;

private:
    void request(qint64 start);
    void onPage(const CallResult &result);
    // The rows not handed over yet.
    QJsonArray newRows(const QJsonArray &rows);

    qint64 m_start = 0;
    qint64 m_resumeAfter;
    QSet<qint64> m_seen; // IDs handed over
    qint64 m_repeated = 0;
    bool m_first = true;
};

} // namespace b24
