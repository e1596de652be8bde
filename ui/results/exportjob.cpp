#include "ui/results/exportjob.h"

#include "core/export/exportfile.h"
#include "core/table/columnset.h"

#include <QThread>

namespace b24 {

ExportJob::ExportJob(ExportRows rows, const ExportRequest &request, QObject *parent)
    : QObject(parent)
    , m_rows(std::move(rows))
    , m_request(request)
{}

ExportJob::~ExportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

void ExportJob::cancel()
{
    m_cancel = true;
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QJsonObject ExportJob::shownRow(const QJsonObject &row) const
{
    const ShownValues *shown = m_request.shown.get();
    if (!shown)
        return row;
    switch (m_request.values) {
    case ExportRequest::Values::AsShown:
        return shown->shownRow(row);
    case ExportRequest::Values::BothColumns:
        return shown->columns().labelled(row, shown->names());
    case ExportRequest::Values::Codes:
        break;
    }
    return row;
}

// Runs on the worker thread: only the immutable snapshot and the atomic flag are shared.
void ExportJob::work()
{
    const qint64 total = this->total();
    auto report = [this](bool ok, const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, ok, message] { emit finished(ok, message); }, Qt::QueuedConnection);
    };
    ExportFile file(m_request.path);
    if (!file.open()) {
        report(false, file.errorString());
        return;
    }
    const bool csv = m_request.format == RowWriter::Format::Csv;
    const ColumnSet columns = m_request.columns.isEmpty() ? ColumnSet() : ColumnSet(m_request.columns);
    std::unique_ptr<RowWriter> writer =
        RowWriter::create(m_request.format, file.device(), csv ? columns : ColumnSet(), m_request.csv);
    constexpr qint64 chunk = 5000;
    for (qint64 i = 0; i < total; ++i) {
        if (!writer->writeRow(shownRow(m_rows.rows.row(m_rows.order[size_t(i)])))) {
            report(false, writer->errorString());
            return;
        }
        if ((i + 1) % chunk == 0) {
            if (m_cancel) {
                file.cancel();
                report(false, tr("cancelled"));
                return;
            }
            QMetaObject::invokeMethod(
                this, [this, i, total] { emit progress(i + 1, total); }, Qt::QueuedConnection);
        }
    }
    if (m_cancel) {
        file.cancel();
        report(false, tr("cancelled"));
        return;
    }
    if (!writer->finish()) {
        report(false, writer->errorString());
        return;
    }
    if (!file.commit()) {
        report(false, file.errorString());
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, total] { emit progress(total, total); }, Qt::QueuedConnection);
    report(true, tr("%n row(s) written to %1", nullptr, int(total)).arg(m_request.path));
}

} // namespace b24
