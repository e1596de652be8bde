#include "ui/main/limitsgauge.h"

#include "core/b24/portallimiter.h"
#include "ui/common/elidedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

LimitsGauge::LimitsGauge(QWidget *parent)
    : QWidget(parent)
    , m_bucket(new QProgressBar(this))
    , m_bucketLabel(new QLabel(this))
    , m_operating(new ElidedLabel(this))
{
    setObjectName(u"limitsGauge"_s);
    m_bucket->setMaximumWidth(80);
    m_bucket->setMaximumHeight(12);
    m_bucket->setTextVisible(false);
    // In a narrow status bar the run's progress comes first: this line gives way, ending in "…".
    m_operating->setMinimumWidth(m_operating->fontMetrics().horizontalAdvance(u"0.0 s of 480 s"_s));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bucketLabel);
    layout->addWidget(m_bucket);
    layout->addWidget(m_operating);
    refresh();
}

void LimitsGauge::setLimiter(std::shared_ptr<PortalLimiter> limiter)
{
    if (m_limiter)
        disconnect(m_limiter.get(), nullptr, this, nullptr);
    m_limiter = std::move(limiter);
    if (m_limiter)
        connect(m_limiter.get(), &PortalLimiter::changed, this, &LimitsGauge::refresh, Qt::QueuedConnection);
    refresh();
}

void LimitsGauge::setMethod(const QString &method)
{
    m_method = method;
    refresh();
}

QString LimitsGauge::bucketText() const
{
    if (!m_limiter)
        return tr("Limits: no portal");
    if (m_limiter->isUnlimited())
        return tr("Requests: unlimited");
    return tr("Requests: %1 / %2").arg(qRound(m_limiter->bucketLevel())).arg(m_limiter->burst());
}

QString LimitsGauge::operatingText() const
{
    if (!m_limiter || m_method.isEmpty())
        return {};
    const double used = m_limiter->operatingSeconds(m_method);
    const double budget = m_limiter->settings().operatingLimitSeconds;
    QString text = tr("%1: %2 s of %3 s operating").arg(m_method).arg(used, 0, 'f', 1).arg(budget, 0, 'f', 0);
    if (m_limiter->pausedUntilMs(m_method) > 0)
        text += u' ' + tr("(paused by the portal)");
    // When the oldest minute leaves the portal's ten-minute window, its seconds are free again.
    if (const qint64 frees = m_limiter->operatingFreesInMs(m_method); frees > 0)
        text += u' ' + tr("(frees in %1 s)").arg((frees + 999) / 1000);
    return text;
}

void LimitsGauge::refresh()
{
    m_bucketLabel->setText(bucketText());
    m_bucket->setVisible(m_limiter && !m_limiter->isUnlimited());
    if (m_limiter && !m_limiter->isUnlimited()) {
        m_bucket->setRange(0, qMax(1, m_limiter->burst()));
        m_bucket->setValue(qRound(m_limiter->bucketLevel()));
    }
    m_operating->setText(operatingText());
    m_operating->setToolTip(operatingText());
}

} // namespace b24
