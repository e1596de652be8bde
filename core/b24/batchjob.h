#pragma once

#include "core/b24/batchresult.h"
#include "core/b24/internal/hookcontext.h"

#include <QObject>

#include <memory>

namespace b24 {

class B24Hook;
class CallJob;
struct HookContext;

// A batch of commands: up to 50 in one request (callBatch), or any number sent 50 per request one
// after the other (callBatchByChunk). Every input position keeps its item; with haltOnError a
// failure also stops the chunks not sent yet. Under REST 3.0 a request is all or nothing: its
// error stands for every command of it, and the chunks after it are not sent.
// Made by B24Hook.
class BatchJob final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxCommands = 50;

    void start();
    void cancel();
    const BatchResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

signals:
    void progress(int done, int total);
    void finished();

private:
    friend class B24Hook;
    BatchJob(std::shared_ptr<const HookContext> context, const QList<BatchCommand> &commands,
             bool haltOnError, bool chunked, QObject *parent = nullptr);
    // REST 3.0 (before start()): the JSON batch, all or nothing, references within each request.
    void setApi(ApiVersion api) { m_api = api; }
    void takeV3Answer(const CallResult &outer);

    void sendChunk();
    void onChunkFinished();
    void finish();

    std::shared_ptr<const HookContext> m_context;
    QList<BatchCommand> m_commands;
    bool m_halt = true;
    bool m_chunked = false;
    ApiVersion m_api = ApiVersion::V2;
    int m_next = 0; // first command of the chunk on the wire
    int m_chunkSize = 0;
    CallJob *m_call = nullptr;
    BatchResult m_result;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace b24
