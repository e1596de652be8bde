#pragma once

#include <QDialog>
#include <QPointer>

namespace b24 {

class B24Hook;
class WebhookCheck;
class WebhookCheckView;

// Runs b24::WebhookCheck against a hook and shows its report.
class WebhookCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WebhookCheckDialog(B24Hook *hook, QWidget *parent = nullptr);

    void start();
    WebhookCheckView *view() const { return m_view; }

signals:
    void checked(bool ok);

private:
    QPointer<B24Hook> m_hook;
    WebhookCheckView *m_view;
    WebhookCheck *m_check = nullptr;
};

} // namespace b24
