#pragma once

#include "core/catalog/webhookcheck.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace b24 {

// The health report of a webhook (WebhookCheckReport) as a readable form: who the webhook acts
// as, admin or not, scopes, method count, round trip, plan, and plain-language advice.
class WebhookCheckView : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookCheckView(QWidget *parent = nullptr);

    void showRunning(const QString &origin);
    void showReport(const WebhookCheckReport &report);
    // The text of every row, for tests and copying.
    QString text() const;

private:
    void addRow(const QString &name, const QString &value, bool problem = false);
    void clearRows();

    QLabel *m_headline;
    QFormLayout *m_form;
};

} // namespace b24
