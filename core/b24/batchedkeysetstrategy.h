#pragma once

#include "b24/batchcommand.h"
#include "b24/liststrategy.h"

#include <vector>

namespace b24 {

// Up to 50 keyset pages per batch request, each page's filter chained to the last ID of the
// page before it ($result[cmd_k][49][ID], or [items][49][id] for wrapped lists): up to 2500 rows
// per HTTP request. One cheap request first finds the last ID (order DESC, start=-1): batches then
// never chain more pages than the ID range can fill, because pages chained after a short one
// resolve to garbage the portal still has to run. Stops at the last ID or at a short page.
//
// With ListOptions::parallelParts > 1 (and no limit) a second cheap request finds the first ID and
// [first, last] is split into contiguous parts (each at least one full batch wide), walked at once
// (each part bounded by a "<=ID" filter), so portal time and client time overlap. Rows are handed
// over one batch at a time, round-robin over the parts (part 0's first batch, part 1's first, ...,
// part 0's second, ...), each batch in ID order: deterministic for unchanged data. A part sends
// its next request when its turn comes, just before its rows are handed over, so at most two
// batches per part are held.
class BatchedKeysetStrategy : public ListStrategy
{
    Q_OBJECT

public:
    using ListStrategy::ListStrategy;
    void start() override;

    // The command list of one batch starting after `cursor`, `pages` pages long; upper >= 0 adds
    // the filter "<=ID": upper.
    QList<BatchCommand> chainedCommands(qint64 cursor, int pages, qint64 upper = -1) const;

private:
    struct Part
    {
        qint64 cursor = 0;
        qint64 upper = 0;     // last ID of the part, inclusive
        bool bounded = false; // every part but the last filters "<=ID": upper
        QList<BatchCommand> commands;
        QList<QJsonArray> pages; // an answered batch waiting for the part's turn
        bool ready = false;      // pages hold that batch
        bool done = false;       // nothing left to fetch
        bool over = false;       // done and handed over
    };

    void onLastId(const CallResult &result);
    void onFirstId(const CallResult &result);
    void split(qint64 first);
    void sendBatch(int part);
    void onBatch(int part, const CallResult &result);
    void handOver();
    // Hands pages to the job; false (and the job completes) when it wants no more.
    bool deliver(const QList<QJsonArray> &pages);
    // The next part still to hand over; false (and the job completes) when none is left.
    bool advanceTurn();
    void fail(const ApiError &error);

    std::vector<Part> m_parts;
    int m_turn = 0;
    qint64 m_start = 0;
    qint64 m_lastId = 0;
    bool m_stopped = false;
    bool m_handing = false; // a batch's rows wait for the event loop (parallel parts)
};

} // namespace b24
