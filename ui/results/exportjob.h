#pragma once

#include "core/export/csvoptions.h"
#include "core/export/rowwriter.h"
#include "core/labels/shownvalues.h"
#include "ui/results/rowsnapshot.h"

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
    // Nameable values: as the table shows them, the codes as received, or both (a FIELD.label
    // column after each such field). Names come from `shown` (null: codes only).
    enum class Values
    {
        AsShown,
        Codes,
        BothColumns
    } values = Values::AsShown;
    bool headerTitles = false; // CSV headers are the fields' titles
    std::shared_ptr<const ShownValues> shown;
};

// The rows to write: a snapshot of a result and which of its rows, in order (rows are decoded
// one at a time on the worker, so exporting a million rows does not hold a million objects).
struct ExportRows
{
    RowSnapshot rows;
    std::vector<int> order;
};

// Writes a snapshot of rows with core/export's writers into an ExportFile (atomic: the target
// appears only when complete) on a worker thread; progress and cancel come back to the caller's
// thread. Deleting the job cancels it and waits for the worker.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(ExportRows rows, const ExportRequest &request, QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    qint64 total() const { return qint64(m_rows.order.size()); }

signals:
    void progress(qint64 done, qint64 total);
    // ok=false with the reason, or "cancelled"; the target is untouched unless ok.
    void finished(bool ok, const QString &message);

private:
    void work();
    QJsonObject shownRow(const QJsonObject &row) const;

    ExportRows m_rows;
    ExportRequest m_request;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace b24
