#include "core/export/queuedrowwriter.h"

namespace b24 {

QueuedRowWriter::QueuedRowWriter(std::unique_ptr<RowWriter> writer, qint64 maxPendingRows)
    : m_writer(std::move(writer))
    , m_maxPendingRows(std::max<qint64>(1, maxPendingRows))
    , m_thread([this] { run(); })
{}

QueuedRowWriter::~QueuedRowWriter()
{
    discard();
}

void QueuedRowWriter::discard()
{
    {
        const std::lock_guard lock(m_mutex);
        m_discard = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool QueuedRowWriter::post(const QJsonArray &rows)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_failed || m_pendingRows < m_maxPendingRows; });
    if (m_failed || m_closing)
        return false;
    m_queue.push_back(rows);
    m_pendingRows += rows.size();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool QueuedRowWriter::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_closing)
            return m_finishOk;
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    const std::lock_guard lock(m_mutex);
    return m_finishOk;
}

void QueuedRowWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_discard || m_closing || !m_queue.empty(); });
        if (m_discard)
            return;
        if (m_queue.empty()) { // closing, and everything is written
            lock.unlock();
            const bool ok = !m_failed && m_writer->finish();
            lock.lock();
            m_finishOk = ok;
            if (!ok) {
                m_failed = true;
                m_error = m_writer->errorString();
            }
            return;
        }
        QJsonArray rows = std::move(m_queue.front());
        m_queue.pop_front();
        const qsizetype count = rows.size();
        lock.unlock();
        const bool ok = m_writer->writeRows(rows);
        rows = QJsonArray(); // freeing a parsed page is not free either: outside the lock
        const qint64 written = m_writer->rowCount();
        const QString error = ok ? QString() : m_writer->errorString();
        lock.lock();
        m_pendingRows -= count;
        m_written = written;
        if (!ok) {
            m_failed = true;
            m_error = error;
            m_queue.clear();
            m_pendingRows = 0;
        }
        m_changed.notify_all();
    }
}

bool QueuedRowWriter::hasFailed() const
{
    const std::lock_guard lock(m_mutex);
    return m_failed;
}

QString QueuedRowWriter::errorString() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

qint64 QueuedRowWriter::rowCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_written;
}

} // namespace b24
