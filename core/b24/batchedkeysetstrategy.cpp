#include "b24/batchedkeysetstrategy.h"

#include "b24/batchjob.h"
#include "b24/batchresult.h"
#include "b24/listjob.h"
#include "b24/portallimiter.h"

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
    // A limit wants the first rows only: later parts would fetch rows nobody takes.
    if (options.parallelParts <= 1 || options.limit >= 0 || m_lastId - m_start <= kBatchRows ||
        m_job->cancelRequested()) {
        split(m_start + 1);
        return;
    }
    QJsonObject params = keysetParams(m_start);
    params.insert("select"_L1, QJsonArray{options.cursorIdKey});
    startCall(m_job->method(), params, [this](const CallResult &result) { onFirstId(result); });
}

void BatchedKeysetStrategy::onFirstId(const CallResult &result)
{
    QJsonArray rows;
    if (!takePage(result, &rows))
        return;
    // Rows deleted since the last-ID probe: one part walks whatever is left.
    const std::optional<qint64> first =
        rows.isEmpty() ? std::optional<qint64>(m_start + 1) : rowId(rows.first(), m_job->options().idKey);
    if (!first) {
        m_job->complete(idNotNumeric());
        return;
    }
    split(std::max(*first, m_start + 1));
}

void BatchedKeysetStrategy::split(qint64 first)
{
    const qint64 base = first - 1; // each part starts after its cursor
    const qint64 span = std::max<qint64>(1, m_lastId - base);
    // Parts narrower than one batch would only add requests.
    const qint64 wanted = std::max(1, m_job->options().parallelParts);
    const int count = int(std::clamp<qint64>((span + kBatchRows - 1) / kBatchRows, 1, wanted));
    m_parts.assign(size_t(count), Part{});
    for (int i = 0; i < count; ++i) {
        Part &part = m_parts[size_t(i)];
        part.cursor = base + span / count * i + span % count * i / count;
        part.bounded = i + 1 < count;
        part.upper = part.bounded ? base + span / count * (i + 1) + span % count * (i + 1) / count : m_lastId;
    }
    for (int i = 0; i < count; ++i)
        sendBatch(i);
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

void BatchedKeysetStrategy::sendBatch(int index)
{
    Part &part = m_parts[size_t(index)];
    // IDs are unique integers: no more rows than IDs left in the range.
    qint64 left = part.upper - part.cursor;
    if (m_job->remaining() >= 0)
        left = std::min(left, m_job->remaining());
    const int pages = int(std::clamp<qint64>((left + kPageSize - 1) / kPageSize, 1, BatchJob::kMaxCommands));
    part.commands = chainedCommands(part.cursor, pages, part.bounded ? part.upper : -1);
    startBatch(part.commands, [this, index](const CallResult &result) { onBatch(index, result); });
}

void BatchedKeysetStrategy::onBatch(int index, const CallResult &result)
{
    if (m_stopped)
        return;
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    Part &part = m_parts[size_t(index)];
    const BatchResult batch = parseBatchResult(part.commands, result);
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
        if (!advanceCursor(rows, &part.cursor, &error)) {
            fail(error);
            return;
        }
        part.pages.append(rows);
        // Pages after a short one chained to a missing row: their answers are meaningless.
        if (rows.size() < kPageSize || part.cursor >= part.upper) {
            part.done = true;
            break;
        }
    }
    part.ready = true;
    handOver();
}

void BatchedKeysetStrategy::handOver()
{
    while (!m_handing) {
        Part &part = m_parts[size_t(m_turn)];
        if (!part.ready)
            return;
        part.ready = false;
        const QList<QJsonArray> pages = std::exchange(part.pages, {});
        const bool more = !part.done;
        part.over = part.done;
        // A limit counts delivered rows to size the next batch, so it has to wait for them.
        if (m_parts.size() > 1 || m_job->options().limit < 0) {
            // The part's next batch goes on the wire before these rows are written, and they follow
            // once the event loop has sent it: the portal works while the client writes.
            if (more)
                sendBatch(m_turn);
            m_handing = true;
            QMetaObject::invokeMethod(
                this,
                [this, pages] {
                    m_handing = false;
                    if (!m_stopped && deliver(pages) && advanceTurn())
                        handOver();
                },
                Qt::QueuedConnection);
            return;
        }
        if (!deliver(pages))
            return;
        if (more)
            sendBatch(m_turn);
        if (!advanceTurn())
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

bool BatchedKeysetStrategy::advanceTurn()
{
    const int count = int(m_parts.size());
    for (int step = 1; step <= count; ++step) {
        const int next = (m_turn + step) % count;
        if (!m_parts[size_t(next)].over) {
            m_turn = next;
            return true;
        }
    }
    m_stopped = true;
    m_job->complete();
    return false;
}

void BatchedKeysetStrategy::fail(const ApiError &error)
{
    // The other parts' answers are no longer wanted.
    m_stopped = true;
    stopAfterInFlight();
    m_job->complete(error);
}

} // namespace b24
