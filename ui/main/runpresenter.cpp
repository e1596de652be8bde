#include "ui/main/runpresenter.h"

#include "core/b24/redaction.h"
#include "ui/main/runprogress.h"
#include "ui/results/resultview.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

RunPresenter::RunPresenter(RunController *runs, RunProgress *progress, ResultView *results, QObject *parent)
    : QObject(parent)
    , m_progress(progress)
    , m_results(results)
{
    connect(runs, &RunController::started, this, &RunPresenter::onStarted);
    connect(runs, &RunController::strategyChosen, this,
            [this](ListOptions::Strategy strategy, const QString &reason) {
                m_progress->setStrategy(strategyTitle(strategy), reason);
            });
    connect(runs, &RunController::rowsArrived, m_results, &ResultView::appendRows);
    connect(runs, &RunController::progress, m_progress, &RunProgress::setProgress);
    connect(runs, &RunController::waiting, m_progress, &RunProgress::setWaiting);
    connect(runs, &RunController::noted, this, [this](const QString &note) {
        // Shown at once: a strategy replaced mid-walk matters before the walk ends.
        m_notes.append(note);
        m_results->setNotes(m_notes);
    });
    connect(runs, &RunController::callFinished, m_results, &ResultView::showCallResult);
    connect(runs, &RunController::batchFinished, m_results, &ResultView::showBatchResult);
    connect(runs, &RunController::finished, this, &RunPresenter::onFinished);
}

QString RunPresenter::strategyTitle(ListOptions::Strategy strategy)
{
    switch (strategy) {
    case ListOptions::Strategy::Auto:
        return tr("auto");
    case ListOptions::Strategy::BatchedKeyset:
        return tr("batched keyset");
    case ListOptions::Strategy::Keyset:
        return tr("keyset");
    case ListOptions::Strategy::Offset:
        return tr("offset");
    }
    return {};
}

QString RunPresenter::summaryText(const RunController::Summary &summary)
{
    const int rows = int(qMin<qint64>(summary.rows, std::numeric_limits<int>::max()));
    if (summary.cancelled) {
        const QString text = tr("Cancelled after %Ln row(s)", nullptr, rows);
        return summary.partial() ? text + u" · "_s + tr("partial result") : text;
    }
    if (!summary.ok) {
        const QString text = tr("%1: %2").arg(summary.method, redact(summary.status));
        return summary.partial() ? text + u" · "_s + tr("partial result: %Ln row(s) read", nullptr, rows)
                                 : text;
    }
    QString text = tr("%1: %Ln row(s) in %2", nullptr, rows)
                       .arg(summary.method, RunProgress::elapsedText(summary.elapsedMs));
    // The strategy stays beside it, with its reason.
    if (summary.mode == RunController::Mode::AllPages)
        text += u" · "_s + tr("%Ln request(s)", nullptr, summary.requests);
    return text;
}

QStringList RunPresenter::warnings(const RunController::Summary &summary)
{
    QStringList lines;
    const int rows = int(qMin<qint64>(summary.rows, std::numeric_limits<int>::max()));
    if (summary.partial()) {
        lines.append(
            summary.cancelled
                ? tr("Partial result: the list was cancelled after %Ln row(s).", nullptr, rows)
                : tr("Partial result: %Ln row(s) were read before the list failed (%1).", nullptr, rows)
                      .arg(summary.code));
    }
    for (const QString &note : summary.notes)
        lines.append(redact(note));
    return lines;
}

void RunPresenter::onStarted(const QString &method, RunController::Mode mode)
{
    m_notes.clear();
    m_results->clear();
    m_progress->start(mode == RunController::Mode::AllPages ? tr("Fetching every page of %1…").arg(method)
                      : mode == RunController::Mode::Batch  ? tr("Running the batch…")
                                                            : tr("Calling %1…").arg(method));
}

void RunPresenter::onFinished(const RunController::Summary &summary)
{
    const QStringList lines = warnings(summary);
    m_progress->finish(summaryText(summary), lines, summary.partial());
    m_results->setNotes(lines);
}

} // namespace b24
