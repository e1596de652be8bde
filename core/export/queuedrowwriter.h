#pragma once

#include "core/export/rowwriter.h"

#include <QJsonArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace b24 {

// Runs a RowWriter on a thread of its own, so encoding and writing a page overlap the network
// fetching the next one. Pages wait in a short queue; post() blocks its caller while the queue
// holds maxPendingRows or more, so a slow disk slows the reading instead of filling memory.
// Only for callers that may block briefly (the command line): the explorer exports a snapshot
// with ExportJob instead. The writer's device must not be touched by others until finish().
class QueuedRowWriter
{
public:
    explicit QueuedRowWriter(std::unique_ptr<RowWriter> writer, qint64 maxPendingRows = 2500);
    ~QueuedRowWriter(); // discard()s unless finish() was called
    QueuedRowWriter(const QueuedRowWriter &) = delete;
    QueuedRowWriter &operator=(const QueuedRowWriter &) = delete;

    // Queues a page; false once the writer has failed (errorString() says why).
    bool post(const QJsonArray &rows);
    // Writes everything queued, then the writer's end; false if anything failed.
    bool finish();
    // Drops what is queued and stops once the page being written is done: the device is free.
    void discard();

    bool hasFailed() const;
    QString errorString() const;
    // Rows written so far (all of them once finish() returned).
    qint64 rowCount() const;

private:
    void run();

    std::unique_ptr<RowWriter> m_writer;
    const qint64 m_maxPendingRows;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QJsonArray> m_queue;
    qint64 m_pendingRows = 0;
    qint64 m_written = 0;
    bool m_failed = false;
    bool m_closing = false; // no more pages come: write the end
    bool m_discard = false; // stop now, drop the queue
    bool m_finishOk = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace b24
