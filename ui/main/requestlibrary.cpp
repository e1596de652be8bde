#include "ui/main/requestlibrary.h"

#include "core/b24/batchcommand.h"
#include "core/b24/redaction.h"
#include "core/profiles/historycurl.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/savedrequeststore.h"
#include "ui/history/historyview.h"
#include "ui/main/session.h"
#include "ui/request/requesteditor.h"
#include "ui/saved/savedrequestsview.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

QString modeName(RequestEditor::RunMode mode)
{
    switch (mode) {
    case RequestEditor::RunMode::AllPages:
        return u"all-pages"_s;
    case RequestEditor::RunMode::Batch:
        return u"batch"_s;
    case RequestEditor::RunMode::Single:
        break;
    }
    return u"single"_s;
}

RequestEditor::RunMode modeFromName(const QString &name)
{
    return name == u"all-pages"_s ? RequestEditor::RunMode::AllPages
           : name == u"batch"_s   ? RequestEditor::RunMode::Batch
                                  : RequestEditor::RunMode::Single;
}

} // namespace

RequestLibrary::RequestLibrary(QMainWindow *window, const ExplorerServices &services, Session *session,
                               RequestEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_session(session)
    , m_editor(editor)
    , m_history(new HistoryView(services.history, window))
    , m_historyDock(new QDockWidget(tr("History"), window))
    , m_saved(new SavedRequestsView(
          services.saved, [this] { return portalChoices(); }, window))
    , m_savedDock(new QDockWidget(tr("Saved requests"), window))
{
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_history);
    m_savedDock->setObjectName(u"savedDock"_s);
    m_savedDock->setWidget(m_saved);
    window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_savedDock);
    window->tabifyDockWidget(m_savedDock, m_historyDock);
    m_historyDock->hide();
    m_savedDock->hide();
    // History's columns need room; the window remembers what the user makes of it (saveState).
    window->resizeDocks({m_historyDock, m_savedDock}, {560, 560}, Qt::Horizontal);

    connect(m_history, &HistoryView::reopenRequested, this, [this](const HistoryEntry &entry) {
        m_editor->openRequest(
            entry.method, entry.params,
            entry.allPages ? RequestEditor::RunMode::AllPages : RequestEditor::RunMode::Single, entry.api);
    });
    connect(m_history, &HistoryView::curlRequested, this, &RequestLibrary::copyAsCurl);
    connect(m_history, &HistoryView::saveRequested, this, &RequestLibrary::askSaveEntry);
    connect(m_saved, &SavedRequestsView::openRequested, this, [this](const SavedRequest &request) {
        m_editor->openRequest(request.method, request.params, modeFromName(request.runMode),
                              apiVersionFromName(request.apiVersion).value_or(ApiVersion::V2));
    });
}

void RequestLibrary::setPortal(const QString &key, const QString &label)
{
    m_portal = key;
    m_portalLabel = label;
    m_history->setCurrentPortal(key, label);
    m_saved->setPortal(key);
}

QList<QPair<QString, QString>> RequestLibrary::portalChoices() const
{
    QList<QPair<QString, QString>> portals;
    if (m_services.profiles) {
        for (const Profile &profile : m_services.profiles->profiles())
            portals.append({profile.id, profile.label});
    }
    if (!m_portal.isEmpty() &&
        std::none_of(portals.cbegin(), portals.cend(), [this](const auto &p) { return p.first == m_portal; }))
        portals.append({m_portal, m_portalLabel});
    return portals;
}

QString RequestLibrary::save(const QString &portal, const QString &method, const OrderedJson &params,
                             const QString &mode, ApiVersion api, const QString &name)
{
    if (!m_services.saved || portal.isEmpty() || name.trimmed().isEmpty())
        return {};
    SavedRequest request;
    request.portal = portal;
    request.name = name.trimmed();
    request.method = method;
    request.params = params;
    request.runMode = mode;
    request.apiVersion = apiVersionName(api);
    QString error;
    const QString id = m_services.saved->add(request, &error);
    emit message(id.isEmpty() ? tr("Could not save the request: %1").arg(error)
                              : tr("Saved as \"%1\".").arg(request.name),
                 5000);
    return id;
}

QString RequestLibrary::saveCurrent(const QString &name)
{
    const RequestEditor::RunMode mode = m_editor->runMode();
    if (mode == RequestEditor::RunMode::Batch)
        return save(m_portal, u"batch"_s,
                    BatchCommand::toStoredJson(m_editor->batchCommands(), m_editor->haltOnError()),
                    modeName(mode), m_editor->api(), name);
    return save(m_portal, m_editor->method(), m_editor->params(), modeName(mode), m_editor->api(), name);
}

QString RequestLibrary::saveEntry(const HistoryEntry &entry, const QString &name)
{
    QList<BatchCommand> commands;
    bool halt = false;
    const bool batch =
        entry.method == u"batch"_s && BatchCommand::fromStoredJson(entry.params, &commands, &halt);
    const QString mode = batch ? u"batch"_s : entry.allPages ? u"all-pages"_s : u"single"_s;
    return save(entry.portalKey(), entry.method, entry.params, mode, entry.api, name);
}

QString RequestLibrary::askName(const QString &suggestion)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Save request"), tr("Name:"), QLineEdit::Normal, suggestion, &ok);
    return ok ? name : QString();
}

void RequestLibrary::askSaveCurrent()
{
    if (m_portal.isEmpty()) {
        emit message(tr("Choose a portal first."), 5000);
        return;
    }
    const QString name =
        askName(m_editor->runMode() == RequestEditor::RunMode::Batch ? u"batch"_s : m_editor->method());
    if (!name.isEmpty() && !saveCurrent(name).isEmpty())
        m_savedDock->show();
}

void RequestLibrary::askSaveEntry(const HistoryEntry &entry)
{
    const QString name = askName(entry.method);
    if (!name.isEmpty() && !saveEntry(entry, name).isEmpty())
        m_savedDock->show();
}

void RequestLibrary::copyAsCurl(const HistoryEntry &entry, bool reveal)
{
    const std::optional<Profile> owner =
        m_services.profiles ? m_services.profiles->profile(entry.profileId) : std::nullopt;
    QString why;
    const QString command = HistoryCurl::forEntry(entry, m_session->profileId(),
                                                  m_session->hook() ? &m_session->hook()->webhook() : nullptr,
                                                  owner, reveal, &why);
    if (command.isEmpty()) {
        emit message(why, 8000);
        return;
    }
    QApplication::clipboard()->setText(command);
    emit message(reveal ? tr("Copied as curl, with the secret.") : tr("Copied as curl (secret masked)."),
                 5000);
}

} // namespace b24
