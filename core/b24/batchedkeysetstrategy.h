#pragma once

#include "b24/batchcommand.h"
#include "b24/liststrategy.h"

namespace b24 {

// Up to 50 keyset pages per batch request, each page's filter chained to the last ID of the
// page before it ($result[cmd_k][49][ID], or [items][49][id] for wrapped lists): up to 2500 rows
// per HTTP request. One cheap request first finds the last ID (order DESC, start=-1): batches then
// never chain more pages than the ID range can fill, because pages chained after a short one
// resolve to garbage the portal still has to run. Stops at the last ID or at a short page.
class BatchedKeysetStrategy : public ListStrategy
{
    Q_OBJECT

public:
    using ListStrategy::ListStrategy;
    void start() override;

    // The command list of one batch starting after `cursor`, `pages` pages long.
    QList<BatchCommand> chainedCommands(qint64 cursor, int pages) const;

private:
    void onLastId(const CallResult &result);
    void sendBatch();
    void onBatch(const CallResult &result);

    qint64 m_cursor = 0;
    qint64 m_lastId = 0;
    QList<BatchCommand> m_commands;
};

} // namespace b24
