#include "core/b24/internal/batchedkeysetstrategy.h"

#include "core/b24/batchjob.h"
#include "core/b24/batchreference.h"
#include "core/b24/batchresult.h"
#include "core/b24/calljob.h"
#include "core/b24/internal/hookcontext.h"
#include "core/b24/internal/listsink.h"
#include "core/b24/listjob.h"
#include "core/b24/portallimiter.h"
#include "core/b24/resultrows.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
constexpr qint64 kUnbounded = ListRequest::kUnbounded;
}

void BatchedKeysetStrategy::start()
{
    int pages = 1;
    if (!fitBudget(&pages, [this] { start(); }))
        return;
    const ListRequest &list = m_job->request();
    m_start = list.startPosition();
    const OrderedJson after = m_start == kUnbounded ? OrderedJson() : OrderedJson(list.idAt(m_start));
    startCall(m_job->method(), list.keysetParams(after, kUnbounded, true, true),
              [this](const CallResult &result) { onLastId(result); });
}

void BatchedKeysetStrategy::onLastId(const CallResult &result)
{
    if (!result.ok() && retryAfterLimit(result.error, {}, [this] { start(); }))
        return;
    QJsonArray rows;
    if (!takePage(result, &rows))
        return;
    limitLifted();
    if (askForId(rows)) {
        start();
        return;
    }
    if (result.total)
        m_job->setTotal(*result.total);
    if (rows.isEmpty()) {
        m_job->deliverPage(rows);
        m_job->complete();
        return;
    }
    // The page walks the order reversed: checked as the walk would see it, last row first.
    QJsonArray forward;
    for (qsizetype i = rows.size() - 1; i >= 0; --i)
        forward.append(rows.at(i));
    qint64 last = 0;
    QString why;
    if (!checkPage(forward, m_start, kUnbounded, &last, &why)) {
        fallBack(why, kUnbounded);
        return;
    }
    m_last = last;
    const ListOptions &options = m_job->options();
    const qint64 batchRows = qint64(options.pagesPerBatch) * kPageSize;
    const qint64 expected = m_job->totalKnown() ? m_job->total() : m_last - m_start;
    // A limit sizes each batch by the rows delivered so far: one walk, one batch at a time. Rows
    // that fit one batch have nothing to split.
    if (options.parallelParts > 1 && options.limit < 0 && expected > batchRows)
        m_parts = options.parallelParts;
    m_nextLower = m_start; // a segment starts after its lower position
    // With several segments the first batch walks alone, unbounded: its rows tell where the IDs
    // begin and how dense they are, which sizes the segments after it.
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
        return m_last - m_nextLower;
    // IDs are unique: a segment never holds more rows than IDs, so a batch-wide segment never
    // needs a second batch; sparser IDs widen the segments to the density seen so far.
    const qint64 batchRows = qint64(m_job->options().pagesPerBatch) * kPageSize;
    if (m_seenRows <= 0)
        return m_seenSpan > 0 ? 2 * m_seenSpan : batchRows;
    return std::max(batchRows, batchRows * m_seenSpan / m_seenRows);
}

BatchedKeysetStrategy::Segment *BatchedKeysetStrategy::segment(int id)
{
    const auto found = std::find_if(m_segments.begin(), m_segments.end(),
                                    [id](const Segment &segment) { return segment.id == id; });
    return found == m_segments.end() ? nullptr : &*found;
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
    // Under an operating budget each batch is sized to what is left of it once the batches on the
    // wire are counted (PortalLimiter::reserveOperating): they never spend the same seconds twice,
    // and the portal works on one batch while the client reads another.
    const int parts = m_sizing ? 1 : m_parts;
    while (int(m_segments.size()) < parts && m_nextLower < m_last && !m_job->cancelRequested()) {
        Segment segment;
        segment.id = m_nextId++;
        segment.lower = m_nextLower;
        segment.cursor = m_nextLower;
        segment.upper = m_sizing ? m_last : std::min(m_last, m_nextLower + segmentWidth());
        segment.bounded = segment.upper < m_last;
        segment.maxPages = std::clamp(m_job->options().pagesPerBatch, 1, BatchJob::kMaxCommands);
        m_nextLower = segment.upper;
        m_segments.push_back(segment);
        sendBatch(m_segments.back());
    }
}

QList<BatchCommand> BatchedKeysetStrategy::chainedCommands(qint64 cursor, int pages, qint64 upper) const
{
    const ListRequest &list = m_job->request();
    const ListOptions &options = m_job->options();
    // The last row's ID of the page before: [49][ID], or inside the wrapper, [items][49][id].
    QStringList lastId{QString::number(kPageSize - 1), options.idKey};
    if (!options.resultKey.isEmpty())
        lastId.prepend(options.resultKey);
    QList<BatchCommand> commands;
    for (int k = 0; k < pages; ++k) {
        // Named keys make the portal answer with objects, never position-shifted arrays.
        OrderedJson after;
        if (k > 0)
            after = batchResultReference(u"cmd_%1"_s.arg(k - 1), lastId);
        else if (cursor != kUnbounded)
            after = list.idAt(cursor);
        commands.append(BatchCommand{u"cmd_%1"_s.arg(k), m_job->method(), list.keysetParams(after, upper)});
    }
    return commands;
}

std::function<void()> BatchedKeysetStrategy::resender(int id)
{
    return [this, id] {
        if (Segment *waiting = segment(id))
            sendBatch(*waiting);
    };
}

void BatchedKeysetStrategy::sendBatch(Segment &segment)
{
    // IDs are unique integers: no more rows than positions left in the range, nor than the count.
    qint64 left = segment.upper - segment.cursor;
    if (m_parts == 1 && m_job->totalKnown())
        left = std::min(left, std::max<qint64>(1, m_job->total() - m_taken));
    if (m_job->remaining() >= 0)
        left = std::min(left, m_job->remaining());
    int pages = int(std::clamp<qint64>((left + kPageSize - 1) / kPageSize, 1, segment.maxPages));
    segment.inFlight = true; // on the wire, or waiting for the operating budget
    const int id = segment.id;
    if (!fitBudget(&pages, resender(id)))
        return;
    segment.commands = chainedCommands(segment.cursor, pages, segment.bounded ? segment.upper : kUnbounded);
    CallJob *call =
        startBatch(segment.commands, [this, id](const CallResult &result) { onBatch(id, result); });
    // A batch that runs too long is cut in half here, not sent again unchanged.
    call->setRetryTooSlow(false);
}

void BatchedKeysetStrategy::onBatch(int id, const CallResult &result)
{
    Segment *found = segment(id);
    if (m_stopped || !found)
        return;
    Segment &current = *found;
    current.inFlight = false;
    const int pages = int(current.commands.size());
    if (!result.ok() && CallJob::tooSlow(result.error) && pages > 1) {
        current.maxPages = pages / 2;
        m_job->addNote(
            u"A batch of %1 pages ran too long; the walk goes on with %2 pages per batch."_s.arg(pages).arg(
                current.maxPages));
        sendBatch(current);
        return;
    }
    QStringList methods(pages, m_job->method());
    if (!result.ok() && retryAfterLimit(result.error, methods, resender(id))) {
        current.inFlight = true;
        return;
    }
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    bool limited = false;
    if (!takePages(current, result, &limited))
        return;
    if (limited) {
        current.inFlight = true; // waits to be sent again from its cursor
    } else {
        limitLifted();
        if (m_sizing && current.id == 0)
            endSizing(current);
    }
    pump();
}

bool BatchedKeysetStrategy::takePages(Segment &current, const CallResult &result, bool *limited)
{
    const BatchResult batch = parseBatchResult(current.commands, result);
    m_job->context()->limiter->noteBatchResult(batch);
    const int id = current.id;
    for (const BatchItem &item : batch.items) {
        if (!item.ok()) {
            // A page refused for a limit: the pages before it stand, the walk resumes after them.
            if (retryAfterLimit(item.error, {m_job->method()}, resender(id))) {
                *limited = true;
                return true;
            }
            ApiError error = item.error;
            if (!error.isError())
                error = ApiError::make(ApiError::Kind::UnexpectedAnswer, u"ERROR_UNEXPECTED_ANSWER"_s,
                                       u"The batch left the page %1 unanswered."_s.arg(item.key));
            fail(error);
            return false;
        }
        const std::optional<QJsonArray> page = listIn(item.result, m_job->options().resultKey);
        if (!page) {
            fail(notAList());
            return false;
        }
        const QJsonArray &rows = *page;
        qint64 last = current.cursor;
        QString why;
        if (!checkPage(rows, current.cursor, current.bounded ? current.upper : kUnbounded, &last, &why)) {
            stopAndFallBack(why);
            return false;
        }
        if (current.rows == 0 && !rows.isEmpty())
            current.firstPos = m_job->request().position(*rowId(rows.first(), m_job->options().idKey));
        current.rows += rows.size();
        m_taken += rows.size();
        current.cursor = last;
        current.pages.append(rows);
        // Pages after a short one chained to a missing row: their answers are meaningless.
        if (rows.size() < kPageSize || current.cursor >= current.upper) {
            current.done = true;
            break;
        }
    }
    return true;
}

void BatchedKeysetStrategy::endSizing(Segment &segment)
{
    m_sizing = false;
    // IDs may begin far above the walk's start.
    if (segment.firstPos != kUnbounded &&
        (segment.lower == kUnbounded || segment.firstPos - 1 > segment.lower))
        segment.lower = segment.firstPos - 1;
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
            if (first.lower != kUnbounded) {
                m_seenRows += first.rows;
                m_seenSpan += first.upper - first.lower;
            }
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
        if (!rows.isEmpty())
            m_delivered = m_job->request().position(*rowId(rows.last(), m_job->options().idKey));
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
    cancelCalls();
    m_job->complete(error);
}

void BatchedKeysetStrategy::stopAndFallBack(const QString &why)
{
    m_stopped = true;
    cancelCalls();
    // Rows answered but not handed over are asked for again by the offset walk.
    fallBack(why, m_job->rowCount() > 0 ? m_delivered : kUnbounded);
}

} // namespace b24
