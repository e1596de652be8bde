#include "ui/main/session.h"

#include "core/b24/redaction.h"
#include "core/profiles/profilestore.h"
#include "ui/main/demoportal.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

Session::Session(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{}

Session::~Session() = default;

ClientOptions Session::optionsFor(const QList<QSslCertificate> &trusted, const QString &profileId) const
{
    ClientOptions options;
    options.extraCaCertificates = trusted;
    // The profile's plan (given when it was added, or read from the licence by its check) sets the
    // request rate; without one the limiter keeps the Standard pace, the safe one.
    if (profileId.isEmpty() || !m_profiles)
        return options;
    if (const auto profile = m_profiles->profile(profileId))
        options.plan = ClientOptions::planFromName(profile->plan);
    return options;
}

bool Session::openUrl(const QString &label, const QString &webhookUrl, const QList<QSslCertificate> &trusted,
                      const QString &profileId)
{
    WebhookUrl::ParseError error = WebhookUrl::ParseError::None;
    const ClientOptions options = optionsFor(trusted, profileId);
    std::unique_ptr<B24Hook> hook = B24Hook::fromWebhookUrl(webhookUrl, &error, options);
    if (!hook) {
        emit failed(WebhookUrl::errorText(error));
        return false;
    }
    m_hook = std::move(hook);
    m_options = options;
    m_label = label;
    m_profileId = profileId;
    m_demoActive = m_demo && m_demo->isRunning() && webhookUrl == m_demo->webhookUrl();
    emit hookChanged();
    return true;
}

void Session::openProfile(const QString &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile) {
        emit failed(tr("That profile no longer exists."));
        return;
    }
    const QString label = profile->label;
    emit opening(label);
    m_profiles->webhookUrl(
        profileId, this, [this, label, profileId](const QString &url, const SecretError &error) {
            if (error.isError()) {
                emit failed(
                    tr("The webhook of \"%1\" could not be read: %2").arg(label, redact(error.toString())));
                return;
            }
            openUrl(label, url, m_profileTrust, profileId);
        });
}

void Session::openDemo()
{
    if (m_demo && m_demo->isRunning()) {
        openUrl(tr("Demo portal"), m_demo->webhookUrl(), {m_demo->certificate()});
        return;
    }
    if (!m_demo) {
        m_demo = new DemoPortal(this);
        connect(m_demo, &DemoPortal::ready, this,
                [this] { openUrl(tr("Demo portal"), m_demo->webhookUrl(), {m_demo->certificate()}); });
        connect(m_demo, &DemoPortal::failed, this, &Session::failed);
    }
    emit opening(tr("Demo portal"));
    m_demo->start();
}

void Session::close()
{
    m_hook.reset();
    m_options = {};
    m_label.clear();
    m_profileId.clear();
    m_demoActive = false;
    emit hookChanged();
}

} // namespace b24
