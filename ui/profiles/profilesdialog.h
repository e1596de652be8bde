#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace b24 {

class ProfileStore;

// The saved portals: rename and remove (removing also deletes the secret from the keychain).
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(ProfileStore *profiles, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    bool renameCurrent(const QString &label);
    void removeCurrent();
    // The selected profile's CA file (PEM); empty clears it. False, with the reason shown, when the
    // file holds no certificate.
    bool setCaFileForCurrent(const QString &path);
    QString statusText() const;

private:
    void reload();
    QString currentId() const;

    ProfileStore *m_profiles;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace b24
