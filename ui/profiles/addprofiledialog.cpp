#include "ui/profiles/addprofiledialog.h"

#include "core/b24/redaction.h"
#include "core/catalog/webhookcheck.h"
#include "core/profiles/profilestore.h"
#include "ui/profiles/webhookcheckview.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

AddProfileDialog::AddProfileDialog(ProfileStore *profiles, const QString &keychainProblem, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_label(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_parse(new QLabel(this))
    , m_status(new QLabel(this))
    , m_check(new QPushButton(tr("Check"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_sessionOnly(new QPushButton(tr("Use for this session only"), this))
    , m_view(new WebhookCheckView(this))
{
    setObjectName(u"addProfileDialog"_s);
    setWindowTitle(tr("Add a webhook"));
    setMinimumWidth(560);
    m_url->setObjectName(u"webhookUrl"_s);
    m_label->setObjectName(u"profileLabel"_s);
    m_url->setPlaceholderText(u"https://your-portal.bitrix24.com/rest/1/xxxxxxxxxxxxxxxx/"_s);
    // The URL carries the secret: hidden like a password once typed.
    m_url->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_label->setPlaceholderText(tr("A name for this portal (default: its host)"));
    m_parse->setObjectName(u"parseStatus"_s);
    m_status->setObjectName(u"saveStatus"_s);
    m_status->setWordWrap(true);
    m_sessionOnly->setObjectName(u"sessionOnly"_s);
    if (!keychainProblem.isEmpty())
        m_status->setText(tr("No system keychain: %1").arg(keychainProblem));

    auto *form = new QFormLayout;
    form->addRow(tr("Webhook URL:"), m_url);
    form->addRow(QString(), m_parse);
    form->addRow(tr("Name:"), m_label);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_sessionOnly, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_sessionOnly->setVisible(false); // offered only when the keychain refuses
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textChanged, this, &AddProfileDialog::onUrlChanged);
    connect(m_check, &QPushButton::clicked, this, &AddProfileDialog::runCheck);
    connect(m_save, &QPushButton::clicked, this, &AddProfileDialog::save);
    connect(m_sessionOnly, &QPushButton::clicked, this, &AddProfileDialog::keepForSession);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onUrlChanged();
}

AddProfileDialog::~AddProfileDialog()
{
    if (!m_pendingId.isEmpty() && m_profiles)
        m_profiles->discardPending(m_pendingId);
}

void AddProfileDialog::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_trusted = certificates;
}

void AddProfileDialog::onUrlChanged()
{
    WebhookUrl::ParseError error = WebhookUrl::ParseError::None;
    const WebhookUrl url = WebhookUrl::parse(m_url->text().trimmed(), &error);
    const bool ok = url.isValid() && error == WebhookUrl::ParseError::None;
    if (m_url->text().trimmed().isEmpty())
        m_parse->setText(
            tr("Paste the inbound webhook URL from Developer resources → Other → Inbound webhook."));
    else if (ok)
        m_parse->setText(tr("Portal %1, acting as user %2").arg(url.targetOrigin()).arg(url.userId()));
    else
        m_parse->setText(WebhookUrl::errorText(error));
    m_check->setEnabled(ok && !m_running);
    m_save->setEnabled(ok);
}

void AddProfileDialog::runCheck()
{
    ClientOptions options;
    options.extraCaCertificates = m_trusted;
    const QString checkedUrl = m_url->text().trimmed();
    m_hook = B24Hook::fromWebhookUrl(checkedUrl, nullptr, options);
    if (!m_hook)
        return;
    m_view->showRunning(m_hook->getTargetOrigin());
    m_running = new WebhookCheck(m_hook.get(), this);
    m_check->setEnabled(false);
    connect(m_running, &WebhookCheck::finished, this, [this, checkedUrl] {
        const WebhookCheckReport &report = m_running->report();
        m_view->showReport(report);
        const bool ok = report.ok();
        // Saved with the profile, so the explorer paces requests by the portal's real limits.
        const bool planKnown = ok && ClientOptions::planFromName(report.plan).has_value();
        m_checkedUrl = planKnown ? checkedUrl : QString();
        m_checkedPlan = planKnown ? report.plan : QString();
        m_running->deleteLater();
        m_running = nullptr;
        m_check->setEnabled(true);
        emit checkFinished(ok);
    });
    m_running->start();
}

void AddProfileDialog::save()
{
    if (!m_profiles)
        return;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving the secret in the system keychain…"));
    const QString url = m_url->text().trimmed();
    const QString plan = url == m_checkedUrl ? m_checkedPlan : QString();
    m_profiles->add(m_label->text().trimmed(), url, plan, this, [this](const ProfileResult &result) {
        m_save->setEnabled(true);
        if (result.ok()) {
            emit profileAdded(result.profile.id);
            accept();
            return;
        }
        if (result.error.kind == ProfileError::Kind::SecretStore && !result.pendingId.isEmpty()) {
            m_pendingId = result.pendingId;
            m_status->setText(tr("The secret could not be stored in the system keychain: %1\n"
                                 "You can use this webhook for this session only; it is "
                                 "forgotten when the window closes.")
                                  .arg(redact(result.error.secret.toString())));
            m_sessionOnly->setVisible(true);
            return;
        }
        m_status->setText(redact(result.error.message));
    });
}

void AddProfileDialog::keepForSession()
{
    if (m_pendingId.isEmpty())
        return;
    const QString pending = m_pendingId;
    m_pendingId.clear();
    m_profiles->keepForSession(pending, this, [this](const ProfileResult &result) {
        if (result.ok()) {
            emit profileAdded(result.profile.id);
            accept();
        } else {
            m_status->setText(redact(result.error.message));
        }
    });
}

} // namespace b24
