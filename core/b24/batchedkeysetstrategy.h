#pragma once

#include "b24/batchcommand.h"
#include "b24/liststrategy.h"

#include <deque>

namespace b24 {

// Up to 50 keyset pages per batch request, each page's filter chained to the last ID of the
// page before it ($result[cmd_k][49][ID], or [items][49][id] for wrapped lists): up to 2500 rows
// per HTTP request. One cheap request first finds the last ID (order DESC, start=-1): batches then
// never chain more pages than the ID range can fill, because pages chained after a short one
// resolve to garbage the portal still has to run. Stops at the last ID or at a short page.
//
// With ListOptions::parallelParts = N > 1 (and no limit) the first batch walks alone; where its
// rows begin and end gives the density of IDs, and the rest of the range is walked as
// consecutive ID segments, each sized to fill about one batch, N segments on the wire at once. Rows are
// handed over in ID order all the same: a segment's rows wait until the segments before it are handed over,
// and a segment asks for its next batch only once it is the first. So the portal works on the next batch
// while the client parses and writes this one, and at most N batches are held.
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
    struct Segment
    {
        int id = 0;
        qint64 lower = 0;     // the walk starts after this ID
        qint64 cursor = 0;    // last ID taken
        qint64 upper = 0;     // last ID of the segment, inclusive
        bool bounded = false; // every segment but the last filters "<=ID": upper
        qint64 firstId = -1;  // of its first row
        qint64 rows = 0;
        QList<BatchCommand> commands;
        QList<QJsonArray> pages; // answered, waiting for the segment's turn
        bool inFlight = false;
        bool done = false; // nothing left to fetch
    };

    void onLastId(const CallResult &result);
    // Opens segments up to parallelParts and sends what may go on the wire now.
    void refill();
    qint64 segmentWidth() const;
    void sendBatch(Segment &segment);
    void onBatch(int id, const CallResult &result);
    // The first batch has come: the segments after it start where it ended.
    void endSizing(Segment &segment);
    // Hands over the first segment's rows, then asks for more.
    void pump();
    // Hands pages to the job; false (and the job completes) when it wants no more.
    bool deliver(const QList<QJsonArray> &pages);
    void fail(const ApiError &error);

    std::deque<Segment> m_segments; // in ID order; the first one's rows go out first
    int m_parts = 1;
    int m_nextId = 0;
    qint64 m_start = 0;
    qint64 m_lastId = 0;
    qint64 m_nextLower = 0; // where the next segment begins
    qint64 m_seenRows = 0;  // rows and ID span of the segments walked: the density estimate
    qint64 m_seenSpan = 0;
    bool m_stopped = false;
    bool m_sizing = false;  // the first batch walks alone to find where IDs begin and their density
    bool m_handing = false; // rows wait for the event loop to hand them over
};

} // namespace b24
