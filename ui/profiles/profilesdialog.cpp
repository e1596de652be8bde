#include "ui/profiles/profilesdialog.h"

#include "core/profiles/profilestore.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Portals"));
    m_list->setObjectName(u"profileList"_s);
    m_status->setWordWrap(true);
    auto *rename = new QPushButton(tr("Rename…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(rename, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(rename, &QPushButton::clicked, this, [this] {
        if (currentId().isEmpty())
            return;
        bool ok = false;
        const QString label =
            QInputDialog::getText(this, tr("Rename portal"), tr("New name:"), QLineEdit::Normal,
                                  m_list->currentItem()->data(Qt::UserRole + 1).toString(), &ok);
        if (ok)
            renameCurrent(label);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (currentId().isEmpty())
            return;
        if (QMessageBox::question(this, tr("Remove portal"),
                                  tr("Remove \"%1\" and delete its webhook from the keychain?")
                                      .arg(m_list->currentItem()->data(Qt::UserRole + 1).toString())) ==
            QMessageBox::Yes)
            removeCurrent();
    });
    if (m_profiles)
        connect(m_profiles, &ProfileStore::changed, this, &ProfilesDialog::reload);
    reload();
}

void ProfilesDialog::reload()
{
    m_list->clear();
    if (!m_profiles)
        return;
    for (const Profile &profile : m_profiles->profiles()) {
        const QString where = profile.isSessionOnly() ? tr("this session only") : tr("keychain");
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(profile.label, profile.redactedUrl(), where));
        item->setData(Qt::UserRole, profile.id);
        item->setData(Qt::UserRole + 1, profile.label);
        m_list->addItem(item);
    }
}

QString ProfilesDialog::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

bool ProfilesDialog::renameCurrent(const QString &label)
{
    ProfileError error;
    if (!m_profiles->rename(currentId(), label.trimmed(), &error)) {
        m_status->setText(error.message);
        return false;
    }
    m_status->clear();
    return true;
}

void ProfilesDialog::removeCurrent()
{
    m_profiles->remove(currentId(), this, [this](const ProfileResult &result) {
        m_status->setText(result.ok() ? QString() : result.error.message);
    });
}

} // namespace b24
