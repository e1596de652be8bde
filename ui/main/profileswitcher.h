#pragma once

#include <QComboBox>

namespace b24 {

class ProfileStore;
class Session;

// The toolbar's portal list: "Choose a portal…", each saved webhook (a session-only one says so),
// and the demo portal; the open one is current. Choosing an entry opens it in the session.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT
public:
    // `profiles` may be null (no saved webhooks: the demo only).
    ProfileSwitcher(ProfileStore *profiles, Session *session, QWidget *parent = nullptr);

    // Lists the profiles again and selects the session's portal.
    void reload();

private:
    void onChosen(int index);

    ProfileStore *m_profiles;
    Session *m_session;
};

} // namespace b24
