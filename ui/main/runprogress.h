#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace b24 {

// The progress of a run: a bar (busy when the total is unknown), rows so far, rows per second,
// the time left, the list strategy used, and Cancel.
class RunProgress : public QWidget
{
    Q_OBJECT
public:
    explicit RunProgress(QWidget *parent = nullptr);

    void start(const QString &what);
    void setStrategy(const QString &strategy);
    void setProgress(qint64 rows, qint64 total);
    void finish(const QString &summary);

    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }
    // "1 234 rows · 5 000 rows/s · 12 s left" (pure, for tests).
    static QString describe(qint64 rows, qint64 total, double elapsedSeconds);

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QLabel *m_strategy;
    QPushButton *m_cancel;
    QElapsedTimer m_clock;
};

} // namespace b24
