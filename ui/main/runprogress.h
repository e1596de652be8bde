#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace b24 {

class ElidedLabel;

// The progress of a run: a bar (a percentage when the total is known, busy when it is not or while
// the run waits for the portal's limits), rows so far, rows per second, the time left, the wait's
// countdown, the list strategy used (why, as its tooltip), and Cancel.
class RunProgress : public QWidget
{
    Q_OBJECT
public:
    explicit RunProgress(QWidget *parent = nullptr);

    void start(const QString &what);
    // title: the strategy's name; reason: why it was chosen (the tooltip).
    void setStrategy(const QString &title, const QString &reason);
    void setProgress(qint64 rows, qint64 total);
    // The run pauses for the portal's limits; the label counts down to its resumption.
    void setWaiting(qint64 ms, const QString &cause);
    bool isWaiting() const { return m_waiting; }
    // warnings: what the user should know about the result (shown as the tooltip, marked with ⚠);
    // partial: the run stopped before the end (the bar is not filled).
    void finish(const QString &summary, const QStringList &warnings = {}, bool partial = false);

    QString text() const;
    QString shownText() const; // text() as painted: it ends in "…" when the bar is narrow
    QString strategyText() const;
    QString strategyToolTip() const;
    QString toolTipText() const;
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    // "1 234 rows · 5 000 rows/s · 12 s left" (pure, for tests).
    static QString describe(qint64 rows, qint64 total, double elapsedSeconds);
    // "42 s", "3 min 5 s", "2 h 10 min".
    static QString durationText(qint64 seconds);
    // How long a run took: "850 ms", "35.7 s", "3 min 5 s".
    static QString elapsedText(qint64 ms);

signals:
    void cancelRequested();

private:
    void refresh();
    static QString waitingText(const QString &resumesIn);

    QProgressBar *m_bar;
    ElidedLabel *m_label;
    QLabel *m_strategy;
    QPushButton *m_cancel;
    QElapsedTimer m_clock;
    QTimer m_tick; // the wait's countdown
    QDeadlineTimer m_resumeAt;
    QString m_waitCause;
    qint64 m_rows = 0;
    qint64 m_total = -1;
    bool m_waiting = false;
    bool m_showCounts = false; // a list's rows have been reported since start()
};

} // namespace b24
