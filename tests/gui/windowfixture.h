#pragma once

// Shared by the window tests: throwaway settings, secrets and history, a window opened on a
// sandbox portal, and helpers that wrap a sandbox method to record or bend what it does.

#include "app/common/demoportal.h"
#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/savedrequeststore.h"
#include "core/sandbox/methodregistry.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/sandboxserver.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/main/explorerservices.h"
#include "ui/main/mainwindow.h"
#include "ui/main/session.h"
#include "ui/main/writeconfirmation.h"
#include "ui/request/methodbox.h"
#include "ui/request/requesteditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace b24::test {

struct WindowFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    b24::MemorySecretStore session;
    b24::HistoryStore history{dir.filePath(QStringLiteral("history.jsonl"))};
    b24::ProfileStore profiles{&settings, &session, &session};
    b24::DemoPortal demo;
    b24::SavedRequestStore saved{dir.filePath(QStringLiteral("saved-requests.json"))};

    b24::ExplorerServices services(b24::HistoryStore *historyStore = nullptr)
    {
        return {&settings, &session, &session, &profiles, historyStore ? historyStore : &history,
                &saved,    &demo};
    }
};

// A started sandbox portal holding `deals` deals (and what `data` adds); null if it did not start.
inline std::unique_ptr<b24::SandboxServer>
startSandbox(int deals, const QMap<QString, int> &data = {},
             b24::PortalOptions::Plan plan = b24::PortalOptions{}.plan)
{
    b24::PortalOptions portal;
    portal.plan = plan;
    portal.data.insert(QStringLiteral("deals"), deals);
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        portal.data.insert(it.key(), it.value());
    auto server = std::make_unique<b24::SandboxServer>(portal);
    return server->start() ? std::move(server) : nullptr;
}

// Saves a profile for `url` the way the add dialog does and returns its ID (empty if it failed).
inline QString addProfile(b24::ProfileStore &profiles, const QString &label, const QString &url,
                          QObject *context)
{
    QString id;
    profiles.add(label, url, QString(), context,
                 [&id](const b24::ProfileResult &result) { id = result.profile.id; });
    return QTest::qWaitFor([&id] { return !id.isEmpty(); }, 5000) ? id : QString();
}

// A shown window connected to `server` (no profile saved: the URL is at hand); null if it failed.
inline std::unique_ptr<b24::MainWindow> openWindow(const b24::ExplorerServices &services,
                                                   b24::SandboxServer &server)
{
    auto window = std::make_unique<b24::MainWindow>(services);
    window->show();
    if (!window->session()->openUrl(QStringLiteral("Sandbox"), server.webhookUrl(), {server.certificate()}))
        return nullptr;
    return window;
}

// Picks the API in the request's switch as the user does (activated, not a programmatic change).
inline void chooseApi(b24::MainWindow &window, b24::ApiVersion api)
{
    auto *box = window.request()->findChild<QComboBox *>(QStringLiteral("apiVersion"));
    box->setCurrentIndex(box->findData(int(api)));
    emit box->activated(box->currentIndex());
}

// Types the name key by key, as the user does, then commits it with Enter.
inline void typeMethod(b24::MainWindow &window, const QString &method)
{
    QLineEdit *edit = window.request()->methodBox()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, method);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Types the name key by key without committing it; false as soon as the API switch moved.
inline bool typeKeepsApi(b24::MainWindow &window, const QString &method)
{
    QLineEdit *edit = window.request()->methodBox()->lineEdit();
    const b24::ApiVersion before = window.request()->api();
    edit->setFocus();
    edit->selectAll();
    for (const QChar c : method) {
        QTest::keyClicks(edit, QString(c));
        if (window.request()->api() != before)
            return false;
    }
    return edit->text() == method;
}

// Clicks Run as the user does and waits for the run's summary; nullopt if Run was disabled or
// the run did not finish in time.
inline std::optional<b24::RunController::Summary> runAndWait(b24::MainWindow &window, int timeoutMs = 60000)
{
    QSignalSpy finished(window.runs(), &b24::RunController::finished);
    auto *run = window.request()->findChild<QPushButton *>(QStringLiteral("run"));
    if (!run || !run->isEnabled())
        return std::nullopt;
    run->click();
    // A write asks first (once per method and portal): these runs mean to send it.
    if (QMessageBox *ask = window.writeConfirmation()->pending())
        ask->findChild<QPushButton *>(QStringLiteral("confirmWriteSend"))->click();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return std::nullopt;
    return finished.first().first().value<b24::RunController::Summary>();
}

// Adds `name` to the portal: `body` answers every call, given the call and crm.deal.list's handler.
inline void
addDealList(b24::Portal &portal, const QString &name,
            std::function<b24::MethodResult(const b24::CallContext &, const b24::MethodHandler &)> body)
{
    const b24::MethodHandler deals = portal.methods().find(QStringLiteral("crm.deal.list"))->handler;
    portal.methods().add(name, QStringLiteral("crm"),
                         [deals, body](const b24::CallContext &call) { return body(call, deals); });
}

} // namespace b24::test
