#pragma once

#include "core/profiles/savedrequest.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QListWidget;
class QLabel;

namespace b24 {

class SavedRequestStore;

// The saved requests of the open portal: open, rename, delete, and export or import as a JSON
// file a colleague can use (secret-free by construction; importing asks which portal to use).
class SavedRequestsView : public QWidget
{
    Q_OBJECT
public:
    // (portal key, name) of every portal an import may go to.
    using PortalChoices = std::function<QList<QPair<QString, QString>>()>;

    SavedRequestsView(SavedRequestStore *store, PortalChoices portals, QWidget *parent = nullptr);

    void setPortal(const QString &key);
    QString portal() const { return m_portal; }
    QListWidget *list() const { return m_list; }
    QString statusText() const;

    // What the buttons do once the user has answered the dialogs (tests call them directly).
    void openCurrent();
    bool renameCurrent(const QString &name);
    bool deleteCurrent();
    bool exportTo(const QString &path);
    int importFrom(const QString &path, const QString &portal);

signals:
    void openRequested(const b24::SavedRequest &request);

private:
    void reload();
    QString currentId() const;
    void askImport();

    SavedRequestStore *m_store;
    PortalChoices m_portals;
    QString m_portal;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace b24
