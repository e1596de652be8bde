#include "ui/profiles/webhookcheckdialog.h"

#include "core/b24/b24hook.h"
#include "core/catalog/webhookcheck.h"
#include "ui/profiles/webhookcheckview.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

WebhookCheckDialog::WebhookCheckDialog(B24Hook *hook, QWidget *parent)
    : QDialog(parent)
    , m_hook(hook)
    , m_view(new WebhookCheckView(this))
{
    setObjectName(u"webhookCheckDialog"_s);
    setWindowTitle(tr("Webhook check"));
    setMinimumWidth(480);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void WebhookCheckDialog::start()
{
    if (!m_hook || m_check)
        return;
    m_view->showRunning(m_hook->getTargetOrigin());
    m_check = new WebhookCheck(m_hook, this);
    connect(m_check, &WebhookCheck::finished, this, [this] {
        m_view->showReport(m_check->report());
        emit checked(m_check->report().ok());
    });
    m_check->start();
}

} // namespace b24
