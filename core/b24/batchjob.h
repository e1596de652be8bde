#pragma once

#include "core/b24/batchresult.h"
#include "core/b24/hookcontext.h"

#include <QObject>

namespace b24 {

class CallJob;

// A batch of commands: up to 50 in one request (callBatch), or any number sent 50 per request one
// after the other (callBatchByChunk). Every input position keeps its item; with haltOnError a
// failure also stops the chunks not sent yet.
class BatchJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxCommands = 50;

    BatchJob(HookContextPtr context, const QList<BatchCommand> &commands, bool haltOnError, bool chunked,
             QObject *parent = nullptr);

    void start();
    void cancel();
    const BatchResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void sendChunk();
    void onChunkFinished();
    void finish();

    HookContextPtr m_context;
    QList<BatchCommand> m_commands;
    bool m_halt = true;
    bool m_chunked = false;
    int m_next = 0; // first command of the chunk on the wire
    int m_chunkSize = 0;
    CallJob *m_call = nullptr;
    BatchResult m_result;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace b24
