#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace b24 {

class ExportJob;
class ResultView;
struct ExportRequest;

// Exports the rows a ResultView shows (filter, sort and column order applied): the dialog (which
// says when the rows are a partial result), then the job with a progress dialog and Cancel.
class ResultExporter : public QObject
{
    Q_OBJECT
public:
    ResultExporter(ResultView *results, QWidget *window);

    // Starts an export without asking; null while another one runs.
    ExportJob *exportTo(const ExportRequest &request);
    void showDialog();

signals:
    void finished(bool ok, const QString &message);
    void message(const QString &text, int timeoutMs);

private:
    ResultView *m_results;
    QWidget *m_window;
    QPointer<ExportJob> m_export;
    QPointer<QProgressDialog> m_progress;
};

} // namespace b24
