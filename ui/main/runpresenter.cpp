#include "ui/main/runpresenter.h"

#include "core/b24/redaction.h"
#include "ui/main/runprogress.h"
#include "ui/results/resultview.h"
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

RunPresenter::RunPresenter(RunController *runs, RunProgress *progress, ResultView *results, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
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
    connect(runs, &RunController::retrying, m_progress, &RunProgress::setRetrying);
    connect(runs, &RunController::noted, this, [this](const QString &note) {
        // Shown at once: a strategy replaced mid-walk matters before the walk ends.
        m_notes.append(note);
        m_results->setNotes(m_notes);
    });
    connect(runs, &RunController::callFinished, m_results, &ResultView::showCallResult);
    connect(runs, &RunController::batchFinished, m_results, &ResultView::showBatchResult);
    connect(runs, &RunController::lastListAnswer, this,
            [this](const CallResult &answer) { m_lastAnswer = answer; });
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

QString RunPresenter::partialText(const RunController::Summary &summary)
{
    if (!summary.partial())
        return {};
    const QLocale locale;
    const bool lost = summary.errorKind == ApiError::Kind::Network ||
                      summary.errorKind == ApiError::Kind::Timeout ||
                      summary.errorKind == ApiError::Kind::OutcomeUnknown;
    const QString why = summary.cancelled ? tr("cancelled") : lost ? tr("connection lost") : summary.code;
    return summary.total > summary.rows
               ? tr("partial: %1 of %2 — %3")
                     .arg(locale.toString(summary.rows), locale.toString(summary.total), why)
               : tr("partial: %1 rows — %2").arg(locale.toString(summary.rows), why);
}

QString RunPresenter::summaryText(const RunController::Summary &summary)
{
    const int rows = int(qMin<qint64>(summary.rows, std::numeric_limits<int>::max()));
    if (summary.cancelled) {
        const QString text = tr("Cancelled after %Ln row(s)", nullptr, rows);
        return summary.partial() ? partialText(summary) + u" · "_s + text : text;
    }
    if (!summary.ok) {
        const QString text = tr("%1: %2").arg(summary.method, redact(summary.status));
        return summary.partial() ? partialText(summary) + u" · "_s + text : text;
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
    // A REST 3.0 refusal names every parameter it refused: each on its own line, not one summary.
    if (!summary.ok && !summary.validation.isEmpty()) {
        lines.append(tr("The portal refused %n parameter(s) (%1):", nullptr, int(summary.validation.size()))
                         .arg(summary.code));
        for (const FieldError &entry : summary.validation)
            lines.append(
                redact(entry.field.isEmpty() ? entry.message : entry.field + u": "_s + entry.message));
    }
    if (summary.documentationExample)
        lines.append(tr("Documentation example — not data from a portal: the demo portal answers methods it "
                        "does not emulate with the example their documentation shows."));
    for (const QString &note : summary.notes)
        lines.append(redact(note));
    return lines;
}

void RunPresenter::onStarted(const QString &method, RunController::Mode mode)
{
    m_notes.clear();
    m_results->clear();
    m_results->setEndpoint(m_runs->endpoint());
    m_progress->start(mode == RunController::Mode::AllPages ? tr("Fetching every page of %1…").arg(method)
                      : mode == RunController::Mode::Batch  ? tr("Running the batch…")
                                                            : tr("Calling %1…").arg(method));
}

void RunPresenter::onFinished(const RunController::Summary &summary)
{
    const QStringList lines = warnings(summary);
    m_progress->finish(summaryText(summary), lines, summary.partial());
    m_results->setNotes(lines);
    m_results->setPartial(partialText(summary));
    if (summary.mode == RunController::Mode::AllPages) {
        // The table holds every page; Raw and Headers can show one answer: the last.
        m_results->showExchange(
            m_lastAnswer, m_lastAnswer.httpStatus != 0
                              ? tr("The last answer of this list's %n request(s); the table holds the rows "
                                   "of all of them.",
                                   nullptr, summary.requests)
                              : tr("No answer to show: the list received none."));
        m_lastAnswer = {};
    }
}

} // namespace b24
