#pragma once

#include "core/profiles/historyentry.h"
#include "ui/main/explorerservices.h"

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace b24 {

class HistoryView;
class RequestEditor;
class SavedRequestsView;
class Session;

// Requests kept for later, beside the window: History (every call, by portal; reopen, copy as
// curl) and Saved requests (by name, per portal; save from the editor or from History, export and
// import). Both open into the request editor; neither runs anything.
class RequestLibrary : public QObject
{
    Q_OBJECT
public:
    RequestLibrary(QMainWindow *window, const ExplorerServices &services, Session *session,
                   RequestEditor *editor);

    HistoryView *history() const { return m_history; }
    QDockWidget *historyDock() const { return m_historyDock; }
    SavedRequestsView *saved() const { return m_saved; }
    QDockWidget *savedDock() const { return m_savedDock; }

    // The portal now open: History and Saved requests show its calls and requests.
    void setPortal(const QString &key, const QString &label);
    // Saves what the editor holds under `name` for the open portal; the new id, or empty.
    QString saveCurrent(const QString &name);
    // Saves a call of History under `name` for the portal it went to.
    QString saveEntry(const HistoryEntry &entry, const QString &name);
    // Ask a name, then save (the menu's and History's actions).
    void askSaveCurrent();
    void askSaveEntry(const HistoryEntry &entry);

signals:
    void message(const QString &text, int timeoutMs);

private:
    QString save(const QString &portal, const QString &method, const OrderedJson &params, const QString &mode,
                 ApiVersion api, const QString &name);
    QString askName(const QString &suggestion);
    void copyAsCurl(const HistoryEntry &entry, bool reveal);
    QList<QPair<QString, QString>> portalChoices() const;

    QMainWindow *m_window;
    ExplorerServices m_services;
    Session *m_session;
    RequestEditor *m_editor;
    HistoryView *m_history;
    QDockWidget *m_historyDock;
    SavedRequestsView *m_saved;
    QDockWidget *m_savedDock;
    QString m_portal;
    QString m_portalLabel;
};

} // namespace b24
