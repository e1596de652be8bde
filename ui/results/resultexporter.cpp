#include "ui/results/resultexporter.h"

#include "ui/results/exportdialog.h"
#include "ui/results/exportjob.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QProgressDialog>

namespace b24 {

ResultExporter::ResultExporter(ResultView *results, QWidget *window)
    : QObject(window)
    , m_results(results)
    , m_window(window)
{}

ExportJob *ResultExporter::exportTo(const ExportRequest &base)
{
    if (m_export)
        return nullptr;
    ExportRows rows = m_results->shownRows();
    ExportRequest request = base;
    if (request.format == RowWriter::Format::Csv && request.columns.isEmpty())
        request.columns = m_results->shownColumns();
    request.shown = m_results->tableModel()->shownValues();
    if (request.shown) {
        if (request.values == ExportRequest::Values::BothColumns && !request.columns.isEmpty())
            request.columns = request.shown->columns().withLabelColumns(request.columns);
        if (request.headerTitles)
            request.csv.headerTitles = request.shown->columns().titles();
    }
    m_export = new ExportJob(std::move(rows), request, this);
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, m_export, &ExportJob::cancel);
    connect(m_export, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(m_export, &ExportJob::finished, this, [this](bool ok, const QString &text) {
        if (m_progress)
            m_progress->deleteLater();
        m_export->deleteLater();
        emit message(ok ? text : tr("Export failed: %1").arg(text), 10000);
        emit finished(ok, text);
    });
    m_export->start();
    return m_export;
}

void ResultExporter::showDialog()
{
    if (m_results->tableModel()->rowTotal() == 0) {
        emit message(tr("Nothing to export yet: run a request first."), 5000);
        return;
    }
    ExportDialog dialog(m_window);
    dialog.setPartial(m_results->partialText());
    dialog.setNamesAvailable(m_results->tableModel()->shownValues() != nullptr,
                             m_results->tableModel()->headerTitles());
    if (dialog.exec() == QDialog::Accepted)
        exportTo(dialog.request());
}

} // namespace b24
