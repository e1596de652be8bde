#pragma once

// Shared by the window tests: throwaway settings, secrets and history, a window opened on a
// sandbox portal, and helpers that wrap a sandbox method to record or bend what it does.

#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/sandbox/methodregistry.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/sandboxserver.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/main/explorerservices.h"
#include "ui/main/mainwindow.h"
#include "ui/main/session.h"
#include "ui/request/requesteditor.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace b24test {

struct WindowFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    b24::MemorySecretStore session;
    b24::HistoryStore history{dir.filePath(QStringLiteral("history.jsonl"))};
    b24::ProfileStore profiles{&settings, &session, &session};

    b24::ExplorerServices services(b24::HistoryStore *historyStore = nullptr)
    {
        return {&settings, &session, &session, &profiles, historyStore ? historyStore : &history};
    }
};

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

// Clicks Run as the user does and waits for the run's summary; nullopt if Run was disabled or
// the run did not finish in time.
inline std::optional<b24::RunController::Summary> runAndWait(b24::MainWindow &window, int timeoutMs = 60000)
{
    QSignalSpy finished(window.runs(), &b24::RunController::finished);
    auto *run = window.request()->findChild<QPushButton *>(QStringLiteral("run"));
    if (!run || !run->isEnabled())
        return std::nullopt;
    run->click();
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

} // namespace b24test
