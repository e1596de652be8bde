#include "ui/main/runprogress.h"

#include "ui/common/elidedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

RunProgress::RunProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new ElidedLabel(this))
    , m_strategy(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"runProgress"_s);
    m_cancel->setObjectName(u"cancelRun"_s);
    m_strategy->setObjectName(u"runStrategy"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    // The counts keep their room in a narrow window; a longer line ends in "…" rather than widening
    // the window (the tooltip has it whole).
    const QFontMetrics metrics = m_label->fontMetrics();
    m_label->setMinimumWidth(
        qMax(metrics.horizontalAdvance(tr("%1 of %2 rows").arg(u"000,000"_s, u"000,000"_s)),
             metrics.horizontalAdvance(waitingText(u"00 s"_s) + u" (…)"_s)));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_strategy);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &RunProgress::cancelRequested);
    m_cancel->setEnabled(false);
    m_cancel->hide(); // shown while a run can be cancelled: the room is the line's
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_tick.setInterval(250); // the countdown shows whole seconds; a quarter keeps it on time
    connect(&m_tick, &QTimer::timeout, this, &RunProgress::refresh);
}

void RunProgress::start(const QString &what)
{
    m_clock.start();
    m_tick.stop();
    m_waiting = false;
    m_showCounts = false;
    m_rows = 0;
    m_total = -1;
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_label->setText(what);
    m_label->setToolTip(what);
    m_strategy->clear();
    m_strategy->setToolTip({});
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void RunProgress::setStrategy(const QString &title, const QString &reason)
{
    m_strategy->setText(title.isEmpty() ? QString() : tr("strategy: %1").arg(title));
    m_strategy->setToolTip(reason);
}

QString RunProgress::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString RunProgress::elapsedText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return durationText(ms / 1000);
}

QString RunProgress::describe(qint64 rows, qint64 total, double elapsedSeconds)
{
    const QLocale locale;
    QString text = total >= 0 ? tr("%1 of %2 rows").arg(locale.toString(rows), locale.toString(total))
                              : tr("%1 rows").arg(locale.toString(rows));
    if (elapsedSeconds > 0.2 && rows > 0) {
        const double rate = double(rows) / elapsedSeconds;
        text += u" · "_s + tr("%1 rows/s").arg(locale.toString(qRound64(rate)));
        if (total > rows)
            text += u" · "_s + tr("%1 left").arg(durationText(qRound64(double(total - rows) / rate)));
    }
    return text;
}

QString RunProgress::waitingText(const QString &resumesIn)
{
    return tr("Waiting for the portal's limits: resumes in %1").arg(resumesIn);
}

void RunProgress::setProgress(qint64 rows, qint64 total)
{
    m_rows = rows;
    m_total = total;
    m_showCounts = true;
    refresh();
}

void RunProgress::setWaiting(qint64 ms, const QString &cause)
{
    m_waiting = true;
    m_waitCause = cause;
    m_resumeAt = QDeadlineTimer(ms);
    m_tick.start();
    refresh();
}

void RunProgress::refresh()
{
    if (m_waiting && m_resumeAt.hasExpired()) {
        m_waiting = false;
        m_tick.stop();
    }
    if (m_waiting) {
        // Busy, not frozen: the walk is alive and says when it goes on.
        m_bar->setRange(0, 0);
        m_bar->setTextVisible(false);
    } else if (m_total > 0) {
        // QProgressBar is int-based; scale to per-mille so huge totals still fit.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qMin<qint64>(1000, m_rows * 1000 / m_total)));
        m_bar->setTextVisible(true);
    }
    QString text;
    if (m_waiting) {
        // The countdown first: it is what the user waits for. A rate would only fall meanwhile.
        const qint64 left = (m_resumeAt.remainingTime() + 999) / 1000;
        text = waitingText(durationText(left)) + u" (%1)"_s.arg(m_waitCause);
        if (m_showCounts)
            text += u" · "_s + describe(m_rows, m_total, 0);
    } else if (m_showCounts) {
        text = describe(m_rows, m_total, double(m_clock.elapsed()) / 1000.0);
    }
    if (!text.isEmpty()) {
        m_label->setText(text);
        m_label->setToolTip(text);
    }
}

void RunProgress::finish(const QString &summary, const QStringList &warnings, bool partial)
{
    m_tick.stop();
    m_waiting = false;
    // A full bar would say "all of it": a partial result keeps the share it got.
    m_bar->setRange(0, 1000);
    m_bar->setValue(!partial ? 1000 : m_total > 0 ? int(qMin<qint64>(1000, m_rows * 1000 / m_total)) : 0);
    m_bar->setTextVisible(false);
    m_label->setText(warnings.isEmpty() ? summary : u"⚠ "_s + summary);
    m_label->setToolTip(warnings.isEmpty() ? summary : summary + u"\n\n"_s + warnings.join(u'\n'));
    m_cancel->setEnabled(false);
    m_cancel->hide();
}

QString RunProgress::text() const
{
    return m_label->text();
}

QString RunProgress::shownText() const
{
    return m_label->shownText();
}

QString RunProgress::strategyText() const
{
    return m_strategy->text();
}

QString RunProgress::strategyToolTip() const
{
    return m_strategy->toolTip();
}

QString RunProgress::toolTipText() const
{
    return m_label->toolTip();
}

} // namespace b24
