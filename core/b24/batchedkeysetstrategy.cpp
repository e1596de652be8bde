#include "b24/batchedkeysetstrategy.h"

#include "b24/batchjob.h"
#include "b24/batchresult.h"
#include "b24/listjob.h"
#include "b24/portallimiter.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

void BatchedKeysetStrategy::start()
{
    m_cursor = initialCursor();
    QJsonObject params = keysetParams(m_cursor);
    params.insert("order"_L1, QJsonObject{{m_job->options().cursorIdKey, u"DESC"_s}});
    startCall(m_job->method(), params, [this](const CallResult &result) { onLastId(result); });
}

void BatchedKeysetStrategy::onLastId(const CallResult &result)
{
    if (!result.ok()) {
        m_job->complete(result.error);
        return;
    }
    QJsonArray rows;
    if (!pageRows(result.result, m_job->options().resultKey, &rows)) {
        m_job->complete(notAList());
        return;
    }
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
    sendBatch();
}

QList<BatchCommand> BatchedKeysetStrategy::chainedCommands(qint64 cursor, int pages) const
{
    const ListOptions &options = m_job->options();
    const QString wrapper = options.resultKey.isEmpty() ? QString() : u'[' + options.resultKey + u']';
    QList<BatchCommand> commands;
    for (int k = 0; k < pages; ++k) {
        // Named keys make the portal answer with objects, never position-shifted arrays.
        const QJsonValue after = k == 0 ? QJsonValue(cursor)
                                        : QJsonValue(u"$result[cmd_%1]"_s.arg(k - 1) + wrapper +
                                                     u"[%1][%2]"_s.arg(kPageSize - 1).arg(options.idKey));
        commands.append(BatchCommand{u"cmd_%1"_s.arg(k), m_job->method(), keysetParams(after)});
    }
    return commands;
}

void BatchedKeysetStrategy::sendBatch()
{
    // IDs are unique integers: no more rows than IDs left in the range.
    qint64 left = m_lastId - m_cursor;
    if (m_job->remaining() >= 0)
        left = std::min(left, m_job->remaining());
    const int pages = int(std::clamp<qint64>((left + kPageSize - 1) / kPageSize, 1, BatchJob::kMaxCommands));
    m_commands = chainedCommands(m_cursor, pages);
    startBatch(m_commands, [this](const CallResult &result) { onBatch(result); });
}

void BatchedKeysetStrategy::onBatch(const CallResult &result)
{
    if (!result.ok()) {
        m_job->complete(result.error);
        return;
    }
    const BatchResult batch = parseBatchResult(m_commands, result);
    m_job->context()->limiter->noteBatchResult(batch);
    for (const BatchItem &item : batch.items) {
        if (!item.ok()) {
            ApiError error = item.error;
            if (!error.isError())
                error = ApiError::make(ApiError::Kind::UnexpectedAnswer, u"ERROR_UNEXPECTED_ANSWER"_s,
                                       u"The batch left the page %1 unanswered."_s.arg(item.key));
            m_job->complete(error);
            return;
        }
        QJsonArray rows;
        if (!pageRows(item.result, m_job->options().resultKey, &rows)) {
            m_job->complete(notAList());
            return;
        }
        ApiError error;
        if (!advanceCursor(rows, &m_cursor, &error)) {
            m_job->complete(error);
            return;
        }
        // Pages after a short one chained to a missing row: their answers are meaningless.
        if (!m_job->deliverPage(rows) || rows.size() < kPageSize || m_cursor >= m_lastId) {
            m_job->complete();
            return;
        }
    }
    sendBatch();
}

} // namespace b24
