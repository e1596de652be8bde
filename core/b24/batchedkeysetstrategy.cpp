#include "b24/batchedkeysetstrategy.h"

#include "b24/batchjob.h"
#include "b24/batchresult.h"
#include "b24/listjob.h"
#include "b24/portallimiter.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
constexpr qint64 kBatchRows = qint64(ListStrategy::kPageSize) * BatchJob::kMaxCommands;
}

void BatchedKeysetStrategy::start()
{
    m_start = initialCursor();
    QJsonObject params = keysetParams(m_start);
    params.insert("order"_L1, QJsonObject{{m_job->options().cursorIdKey, u"DESC"_s}});
    startCall(m_job->method(), params, [this](const CallResult &result) { onLastId(result); });
}

void BatchedKeysetStrategy::onLastId(const CallResult &result)
{
    QJsonArray rows;
    if (!takePage(result, &rows))
        return;
    if (rows.isEmpty()) {
        m_job->deliverPage(rows);
        m_job->complete();
        return;
    }
    const std::optional<qint64> last = rowId(rows.first(), m_job->options().idKey);
    if (!last) {
        if (!m_job->fallBackToOffset())
            m_job->complete(idNotNumeric());
        return;
    }
    m_lastId = *last;
    const ListOptions &options = m_job->options();
    // A limit sizes each batch by the rows delivered so far: one walk, one batch at a time. A range
    // of one batch has nothing to split.
    if (options.parallelParts > 1 && options.limit < 0 && m_lastId - m_start > kBatchRows)
        m_parts = options.parallelParts;
    m_nextLower = m_start; // a segment starts after its lower ID
    // With several segments the first batch walks alone, unbounded: its rows tell where the IDs
    // begin and how dense they are, which sizes the segments after it (no first-ID probe).
    m_sizing = m_parts > 1;
    refill();
    if (m_segments.empty()) { // cancelled before the first batch
        m_stopped = true;
        m_job->complete();
    }
}

qint64 BatchedKeysetStrategy::segmentWidth() const
{
    if (m_parts <= 1)
        return m_lastId - m_nextLower;
    // IDs are unique: a segment never holds more rows than IDs, so a batch-wide segment never
    // needs a second batch; sparser IDs widen the segments to the density seen so far.
    if (m_seenRows <= 0)
        return m_seenSpan > 0 ? 2 * m_seenSpan : kBatchRows;
    return std::max(kBatchRows, kBatchRows * m_seenSpan / m_seenRows);
}

void BatchedKeysetStrategy::refill()
{
    if (m_stopped)
        return;
    if (!m_segments.empty()) {
        Segment &first = m_segments.front();
        if (!first.done && !first.inFlight && first.pages.isEmpty())
            sendBatch(first);
    }
    const int parts = m_sizing ? 1 : m_parts;
    while (int(m_segments.size()) < parts && m_nextLower < m_lastId && !m_job->cancelRequested()) {
        Segment segment;
        segment.id = m_nextId++;
        segment.lower = m_nextLower;
        segment.cursor = m_nextLower;
        segment.upper = m_sizing ? m_lastId : std::min(m_lastId, m_nextLower + segmentWidth());
        segment.bounded = segment.upper < m_lastId;
        m_nextLower = segment.upper;
        m_segments.push_back(segment);
        sendBatch(m_segments.back());
    }
}

QList<BatchCommand> BatchedKeysetStrategy::chainedCommands(qint64 cursor, int pages, qint64 upper) const
{
    const ListOptions &options = m_job->options();
    const QString wrapper = options.resultKey.isEmpty() ? QString() : u'[' + options.resultKey + u']';
    QList<BatchCommand> commands;
    for (int k = 0; k < pages; ++k) {
        // Named keys make the portal answer with objects, never position-shifted arrays.
        const QJsonValue after = k == 0 ? QJsonValue(cursor)
                                        : QJsonValue(u"$result[cmd_%1]"_s.arg(k - 1) + wrapper +
                                                     u"[%1][%2]"_s.arg(kPageSize - 1).arg(options.idKey));
        QJsonObject params = keysetParams(after);
        if (upper >= 0) {
            QJsonObject filter = params.value("filter"_L1).toObject();
            filter.insert(u"<="_s + options.cursorIdKey, upper);
            params.insert("filter"_L1, filter);
        }
        commands.append(BatchCommand{u"cmd_%1"_s.arg(k), m_job->method(), params});
    }
    return commands;
}

void BatchedKeysetStrategy::sendBatch(Segment &segment)
{
    // IDs are unique integers: no more rows than IDs left in the range.
    qint64 left = segment.upper - segment.cursor;
    if (m_job->remaining() >= 0)
        left = std::min(left, m_job->remaining());
    const int pages = int(std::clamp<qint64>((left + kPageSize - 1) / kPageSize, 1, BatchJob::kMaxCommands));
    segment.commands = chainedCommands(segment.cursor, pages, segment.bounded ? segment.upper : -1);
    segment.inFlight = true;
    const int id = segment.id;
    startBatch(segment.commands, [this, id](const CallResult &result) { onBatch(id, result); });
}

void BatchedKeysetStrategy::onBatch(int id, const CallResult &result)
{
    if (m_stopped)
        return;
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    const auto found = std::find_if(m_segments.begin(), m_segments.end(),
                                    [id](const Segment &segment) { return segment.id == id; });
    if (found == m_segments.end())
        return;
    Segment &segment = *found;
    segment.inFlight = false;
    const BatchResult batch = parseBatchResult(segment.commands, result);
    m_job->context()->limiter->noteBatchResult(batch);
    for (const BatchItem &item : batch.items) {
        if (!item.ok()) {
            ApiError error = item.error;
            if (!error.isError())
                error = ApiError::make(ApiError::Kind::UnexpectedAnswer, u"ERROR_UNEXPECTED_ANSWER"_s,
                                       u"The batch left the page %1 unanswered."_s.arg(item.key));
            fail(error);
            return;
        }
        QJsonArray rows;
        if (!pageRows(item.result, m_job->options().resultKey, &rows)) {
            fail(notAList());
            return;
        }
        ApiError error;
        if (!advanceCursor(rows, &segment.cursor, &error)) {
            fail(error);
            return;
        }
        if (segment.rows == 0 && !rows.isEmpty())
            segment.firstId = rowId(rows.first(), m_job->options().idKey).value_or(-1);
        segment.rows += rows.size();
        segment.pages.append(rows);
        // Pages after a short one chained to a missing row: their answers are meaningless.
        if (rows.size() < kPageSize || segment.cursor >= segment.upper) {
            segment.done = true;
            break;
        }
    }
    if (m_sizing && segment.id == 0)
        endSizing(segment);
    pump();
}

void BatchedKeysetStrategy::endSizing(Segment &segment)
{
    m_sizing = false;
    if (segment.firstId > segment.lower) // IDs may begin far above the walk's start
        segment.lower = segment.firstId - 1;
    if (!segment.done) { // the rest of the range goes to segments sized from this one
        segment.upper = segment.cursor;
        segment.done = true;
        m_nextLower = segment.cursor;
    }
}

void BatchedKeysetStrategy::pump()
{
    while (!m_handing && !m_stopped) {
        if (m_segments.empty()) {
            m_stopped = true;
            m_job->complete();
            return;
        }
        Segment &first = m_segments.front();
        if (first.pages.isEmpty())
            return; // its batch is on the wire
        const QList<QJsonArray> pages = std::exchange(first.pages, {});
        if (first.done) {
            m_seenRows += first.rows;
            m_seenSpan += first.upper - first.lower;
            m_segments.pop_front();
        }
        // The next batches go on the wire before these rows are written, and the rows follow once
        // the event loop has sent them: the portal works while the client writes. A limit counts
        // delivered rows to size the next batch, so it has to wait for them.
        const bool afterRows = m_job->options().limit >= 0;
        if (!afterRows)
            refill();
        m_handing = true;
        QMetaObject::invokeMethod(
            this,
            [this, pages, afterRows] {
                m_handing = false;
                if (m_stopped || !deliver(pages))
                    return;
                if (afterRows)
                    refill();
                pump();
            },
            Qt::QueuedConnection);
        return;
    }
}

bool BatchedKeysetStrategy::deliver(const QList<QJsonArray> &pages)
{
    for (const QJsonArray &rows : pages) {
        if (!m_job->deliverPage(rows)) {
            fail({});
            return false;
        }
    }
    return true;
}

void BatchedKeysetStrategy::fail(const ApiError &error)
{
    // The other segments' answers are no longer wanted.
    m_stopped = true;
    stopAfterInFlight();
    m_job->complete(error);
}

} // namespace b24
