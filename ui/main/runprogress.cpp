#include "main/runprogress.h"

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
    , m_label(new QLabel(this))
    , m_strategy(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"runProgress"_s);
    m_cancel->setObjectName(u"cancelRun"_s);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_strategy);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &RunProgress::cancelRequested);
    m_cancel->setEnabled(false);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
}

void RunProgress::start(const QString &what)
{
    m_clock.start();
    m_bar->setRange(0, 0);
    m_label->setText(what);
    m_strategy->clear();
    m_cancel->setEnabled(true);
}

void RunProgress::setStrategy(const QString &strategy)
{
    m_strategy->setText(strategy.isEmpty() ? QString() : tr("strategy: %1").arg(strategy));
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
            text += u" · "_s + tr("%1 s left").arg(locale.toString(qRound64(double(total - rows) / rate)));
    }
    return text;
}

void RunProgress::setProgress(qint64 rows, qint64 total)
{
    if (total > 0) {
        // QProgressBar is int-based; scale to per-mille so huge totals still fit.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qMin<qint64>(1000, rows * 1000 / total)));
    }
    m_label->setText(describe(rows, total, double(m_clock.elapsed()) / 1000.0));
}

void RunProgress::finish(const QString &summary)
{
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_label->setText(summary);
    m_cancel->setEnabled(false);
}

QString RunProgress::text() const
{
    return m_label->text();
}

} // namespace b24
