#include "ui/main/profileswitcher.h"

#include "core/profiles/profilestore.h"
#include "ui/main/session.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ProfileSwitcher::ProfileSwitcher(ProfileStore *profiles, Session *session, QWidget *parent)
    : QComboBox(parent)
    , m_profiles(profiles)
    , m_session(session)
{
    setObjectName(u"profileSwitcher"_s);
    setMinimumWidth(220);
    connect(this, &QComboBox::activated, this, &ProfileSwitcher::onChosen);
    if (m_profiles)
        connect(m_profiles, &ProfileStore::changed, this, &ProfileSwitcher::reload);
}

void ProfileSwitcher::reload()
{
    clear();
    addItem(tr("Choose a portal…"));
    if (m_profiles) {
        for (const Profile &profile : m_profiles->profiles()) {
            const QString suffix = profile.isSessionOnly() ? u" "_s + tr("(this session)") : QString();
            addItem(profile.label + suffix, profile.id);
        }
    }
    addItem(tr("Demo portal"), u"demo:"_s);
    for (int i = 0; i < count(); ++i) {
        const QString id = itemData(i).toString();
        if (!id.isEmpty() && (id == m_session->profileId() || (id == u"demo:"_s && m_session->isDemo())))
            setCurrentIndex(i);
    }
}

void ProfileSwitcher::onChosen(int index)
{
    const QString id = itemData(index).toString();
    if (id == u"demo:"_s)
        m_session->openDemo();
    else if (!id.isEmpty())
        m_session->openProfile(id);
}

} // namespace b24
