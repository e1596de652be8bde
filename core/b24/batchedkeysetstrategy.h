#pragma once

#include "core/b24/batchcommand.h"
#include "core/b24/listrequest.h"
#include "core/b24/liststrategy.h"

#include <deque>

namespace b24 {

// Up to 50 keyset pages per batch request, each page's filter chained to the last ID of the
// page before it ($result[cmd_k][49][ID], or [items][49][id] for wrapped lists): up to 2500 rows
// per HTTP request. One request first finds the last ID (the walk's order reversed) and counts the
// rows (total): batches then never chain more pages than the rows left can fill, because pages
// chained after a short one resolve to garbage the portal still has to run. Ascending and
// descending ID orders walk alike, in positions (ListRequest).
//
// Every page is checked before a row of it is handed over (ListStrategy::checkPage); a portal
// that ignores the order or the cursor makes the walk go on by offset. A page refused for a limit
// inside a batch keeps the pages before it and the walk resumes from its cursor once the limiter
// allows; a batch that runs too long (timeout, 504) is sent again with half as many pages.
//
// With ListOptions::parallelParts = N > 1 (and no limit) the first batch walks alone; where its
// rows begin and end gives the density of IDs, and the rest of the range is walked as
// consecutive ID segments, each sized to fill about one batch, N segments on the wire at once.
// Rows are handed over in order all the same: a segment's rows wait until the segments before it
// are handed over, and a segment asks for its next batch only once it is the first.
class BatchedKeysetStrategy : public ListStrategy
{
    Q_OBJECT

public:
    using ListStrategy::ListStrategy;
    void start() override;

    // The command list of one batch starting after position `cursor` (kUnbounded: where the walk
    // begins), `pages` pages long, up to position `upper` inclusive (kUnbounded: no bound).
    QList<BatchCommand> chainedCommands(qint64 cursor, int pages, qint64 upper) const;

private:
    struct Segment
    {
        int id = 0;
        qint64 lower = ListRequest::kUnbounded;  // the walk starts after this position
        qint64 cursor = ListRequest::kUnbounded; // last position taken
        qint64 upper = 0;                        // last position of the segment, inclusive
        bool bounded = false; // every segment but the last filters up to its upper position
        qint64 firstPos = ListRequest::kUnbounded; // of its first row
        qint64 rows = 0;
        int maxPages = 50;
        QList<BatchCommand> commands;
        QList<QJsonArray> pages; // answered, waiting for the segment's turn
        bool inFlight = false;   // on the wire, or waiting to be sent again
        bool done = false;       // nothing left to fetch
    };

    void onLastId(const CallResult &result);
    // Opens segments up to parallelParts and sends what may go on the wire now.
    void refill();
    qint64 segmentWidth() const;
    Segment *segment(int id);
    void sendBatch(Segment &segment);
    // Sends the segment's next batch again later (after a wait), if it is still there.
    std::function<void()> resender(int id);
    void onBatch(int id, const CallResult &result);
    // Takes the answered pages of a batch; false when the walk cannot go on (already handled).
    bool takePages(Segment &segment, const CallResult &result, bool *limited);
    // The first batch has come: the segments after it start where it ended.
    void endSizing(Segment &segment);
    // Hands over the first segment's rows, then asks for more.
    void pump();
    // Hands pages to the job; false (and the job completes) when it wants no more.
    bool deliver(const QList<QJsonArray> &pages);
    void fail(const ApiError &error);
    void stopAndFallBack(const QString &why);

    std::deque<Segment> m_segments; // in order; the first one's rows go out first
    int m_parts = 1;
    int m_nextId = 0;
    qint64 m_start = ListRequest::kUnbounded;
    qint64 m_last = 0;                            // position of the walk's last row
    qint64 m_nextLower = ListRequest::kUnbounded; // where the next segment begins
    qint64 m_delivered = ListRequest::kUnbounded; // position of the last row handed over
    qint64 m_taken = 0;                           // rows answered so far
    qint64 m_seenRows = 0; // rows and position span of the segments walked: the density estimate
    qint64 m_seenSpan = 0;
    bool m_stopped = false;
    bool m_sizing = false;  // the first batch walks alone to find where IDs begin and their density
    bool m_handing = false; // rows wait for the event loop to hand them over
};

} // namespace b24
