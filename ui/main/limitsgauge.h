#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;

namespace b24 {

class ElidedLabel;

class PortalLimiter;

// Status-bar gauge of the portal's limits: how full the request bucket is, and the operating
// time the current method used in the last 10 minutes against its budget.
class LimitsGauge : public QWidget
{
    Q_OBJECT
public:
    explicit LimitsGauge(QWidget *parent = nullptr);

    void setLimiter(std::shared_ptr<PortalLimiter> limiter);
    void setMethod(const QString &method);
    void refresh();

    QString bucketText() const;
    QString operatingText() const;

private:
    std::shared_ptr<PortalLimiter> m_limiter;
    QString m_method;
    QProgressBar *m_bucket;
    QLabel *m_bucketLabel;
    ElidedLabel *m_operating;
};

} // namespace b24
