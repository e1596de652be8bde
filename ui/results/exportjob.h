#pragma once

#include "export/csvoptions.h"
#include "export/rowwriter.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace b24 {

// What to write and where.
struct ExportRequest
{
    QString path;
    RowWriter::Format format = RowWriter::Format::Csv;
    CsvOptions csv;
    QStringList columns; // CSV columns in order; JSON formats keep whole rows when empty
};

// Writes a snapshot of rows with core/export's writers into an ExportFile (atomic: the target
// appears only when complete) on a worker thread; progress and cancel come back to the caller's
// thread. Deleting the job cancels it and waits for the worker.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(std::vector<QJsonObject> rows, const ExportRequest &request, QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    qint64 total() const { return qint64(m_rows.size()); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok=false with the reason, or "cancelled"; the target is untouched unless ok.
    void finished(bool ok, const QString &message);

private:
    void work();

    std::vector<QJsonObject> m_rows;
    ExportRequest m_request;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace b24
