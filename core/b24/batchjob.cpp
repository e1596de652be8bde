#include "core/b24/batchjob.h"

#include "core/b24/calljob.h"
#include "core/b24/internal/hookcontext.h"
#include "core/b24/portallimiter.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

BatchJob::BatchJob(HookContextPtr context, const QList<BatchCommand> &commands, bool haltOnError,
                   bool chunked, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_commands(commands)
    , m_halt(haltOnError)
    , m_chunked(chunked)
{
    for (const BatchCommand &command : m_commands) {
        BatchItem item;
        item.key = command.key.isEmpty() ? QString::number(m_result.items.size()) : command.key;
        item.method = command.method;
        m_result.items.append(item);
    }
}

void BatchJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Refused before anything is sent: the portal would silently skip commands 51+.
    if (m_commands.isEmpty()) {
        m_result.error = ApiError::make(ApiError::Kind::InvalidRequest, u"BATCH_EMPTY"_s,
                                        u"A batch needs at least one command."_s);
    } else if (!m_chunked && m_commands.size() > kMaxCommands) {
        m_result.error = ApiError::make(
            ApiError::Kind::InvalidRequest, u"BATCH_TOO_LARGE"_s,
            u"A batch takes at most %1 commands (%2 given); send them by chunk."_s.arg(kMaxCommands)
                .arg(m_commands.size()));
    } else if (const QString alias = m_api == ApiVersion::V3
                                         ? BatchCommand::referenceAcrossChunks(m_commands, kMaxCommands)
                                         : QString();
               !alias.isEmpty()) {
        m_result.error = ApiError::make(
            ApiError::Kind::InvalidRequest, u"BATCH_REFERENCE_UNRESOLVED"_s,
            u"A command refers to \"%1\", which no earlier command of its request (%2 commands) names."_s
                .arg(alias)
                .arg(kMaxCommands));
    } else if (const QString twice = BatchCommand::duplicateKey(m_commands); !twice.isEmpty()) {
        // The portal keeps one of two equal keys: two commands would share one result.
        m_result.error = ApiError::make(
            ApiError::Kind::InvalidRequest, u"BATCH_DUPLICATE_KEY"_s,
            u"The key \"%1\" names two commands (a label used twice, or a label equal to a position)."_s.arg(
                twice));
    }
    if (m_result.error.isError()) {
        m_result.error.method = u"batch"_s;
        finish();
        return;
    }
    sendChunk();
}

void BatchJob::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel(); // finishes through onChunkFinished with Kind::Cancelled
        return;
    }
    m_result.error = ApiError::make(ApiError::Kind::Cancelled, u"REQUEST_CANCELLED"_s,
                                    u"The batch was cancelled before it was sent."_s);
    finish();
}

void BatchJob::sendChunk()
{
    const QList<BatchCommand> chunk = m_commands.mid(m_next, kMaxCommands);
    m_chunkSize = int(chunk.size());
    const QByteArray body = m_api == ApiVersion::V3 ? BatchCommand::requestBodyV3(chunk)
                                                    : BatchCommand::requestBody(chunk, m_halt);
    m_call = new CallJob(m_context, u"batch"_s, body, this);
    m_call->setBatchCommands(chunk);
    m_call->setApi(m_api);
    connect(m_call, &CallJob::finished, this, &BatchJob::onChunkFinished);
    m_call->start();
}

void BatchJob::onChunkFinished()
{
    CallJob *call = m_call;
    m_call = nullptr;
    const CallResult outer = call->result();
    call->deleteLater();
    m_result.requests += outer.attempts;
    if (!outer.idempotencyKey.isEmpty())
        m_result.keyedRequests.append({outer.idempotencyKey, outer.replayed});
    if (!outer.ok()) {
        // Every command of this chunk shares the request's fate: say so per command, so a lost
        // answer names exactly the writes whose outcome is unknown. Without halt, go on.
        for (int i = m_next; i < m_next + m_chunkSize; ++i)
            m_result.items[i].error = outer.error;
        m_next += m_chunkSize;
        if (!m_halt && outer.error.kind == ApiError::Kind::OutcomeUnknown && m_next < m_commands.size()) {
            sendChunk();
            return;
        }
        m_result.error = outer.error;
        finish();
        return;
    }
    if (m_api == ApiVersion::V3) {
        takeV3Answer(outer);
        return;
    }
    const BatchResult chunk = parseBatchResult(m_commands.mid(m_next, m_chunkSize), outer);
    m_context->limiter->noteBatchResult(chunk);
    for (int i = 0; i < chunk.items.size(); ++i) {
        BatchItem item = chunk.items.at(i);
        // Positional commands are keyed by their place in the whole input, not in the chunk.
        if (m_commands.at(m_next + i).key.isEmpty())
            item.key = QString::number(m_next + i);
        m_result.items[m_next + i] = item;
    }
    if (chunk.error.isError()) {
        m_result.error = chunk.error;
        finish();
        return;
    }
    m_next += m_chunkSize;
    emit progress(m_next, int(m_commands.size()));
    const bool halted = m_halt && chunk.failedCount() > 0;
    if (!halted && m_next < m_commands.size())
        sendChunk();
    else
        finish();
}

void BatchJob::takeV3Answer(const CallResult &outer)
{
    // {"result": [...]} in request order; every command ran.
    const QJsonArray results = outer.result.toArray();
    for (int i = 0; i < m_chunkSize; ++i) {
        BatchItem &item = m_result.items[m_next + i];
        item.executed = i < results.size();
        item.result = results.at(i);
        if (!item.executed)
            item.error = ApiError::make(ApiError::Kind::UnexpectedAnswer, u"ERROR_UNEXPECTED_ANSWER"_s,
                                        u"The batch answered fewer results than it had commands."_s);
    }
    m_next += m_chunkSize;
    emit progress(m_next, int(m_commands.size()));
    if (m_next < m_commands.size() && results.size() >= m_chunkSize)
        sendChunk();
    else
        finish();
}

void BatchJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace b24
