#pragma once

#include "core/b24/listoptions.h"
#include "ui/main/runcontroller.h"

#include <QObject>
#include <QStringList>

namespace b24 {

class ResultView;
class RunProgress;

// Shows a run as it goes: the status bar's progress (rows, percentage, time left, the strategy
// and why, the countdown of a wait for the portal's limits) and, above the result, what the user
// must know about the rows (a partial result, the walk's notes). Only presents; RunController runs.
class RunPresenter : public QObject
{
    Q_OBJECT
public:
    RunPresenter(RunController *runs, RunProgress *progress, ResultView *results, QObject *parent = nullptr);

    // "batched keyset", "keyset", "offset" in the user's language.
    static QString strategyTitle(ListOptions::Strategy strategy);
    // The status bar's line for a finished run.
    static QString summaryText(const RunController::Summary &summary);
    // "partial: 2,550 of 3,000 — connection lost"; empty when the result is complete.
    static QString partialText(const RunController::Summary &summary);
    // The lines above the result: partial or not, then the walk's notes.
    static QStringList warnings(const RunController::Summary &summary);

private:
    void onStarted(const QString &method, RunController::Mode mode);
    void onFinished(const RunController::Summary &summary);

    RunController *m_runs;
    RunProgress *m_progress;
    ResultView *m_results;
    QStringList m_notes;     // of the run in progress
    CallResult m_lastAnswer; // of the list in progress
};

} // namespace b24
