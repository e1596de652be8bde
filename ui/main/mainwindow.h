#pragma once

#include "ui/main/explorerservices.h"
#include "ui/main/runcontroller.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace b24 {

class ExportJob;
class HistoryView;
class LimitsGauge;
class NamePresenter;
class HookSchemaSource;
class ProfileSwitcher;
class RequestEditor;
class RequestLibrary;
class ResultExporter;
class ResultView;
class RunProgress;
class Session;
class WelcomePage;
class WriteConfirmation;
struct ExportRequest;

// The explorer window, a thin composer: profile switcher, request area, results, history,
// progress and limits in the status bar. Work is done by Session, RunController and the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ExplorerServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    RunController *runs() const { return m_runs; }
    NamePresenter *names() const { return m_names; }
    RequestEditor *request() const { return m_request; }
    ResultView *results() const { return m_results; }
    RunProgress *runProgress() const { return m_progress; }
    HistoryView *history() const;
    RequestLibrary *library() const { return m_library; }
    QComboBox *profileSwitcher() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    WriteConfirmation *writeConfirmation() const { return m_writes; }
    bool showsWelcome() const;
    QString keychainProblem() const { return m_keychainProblem; }

    void runCurrent();
    // Starts an export of the shown rows without asking (the dialog calls this too).
    ExportJob *exportTo(const ExportRequest &request);
    void showExportDialog();
    void showAddProfile();
    void showProfiles();
    void showWebhookCheck();

signals:
    void exportFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void onHookChanged();
    void applyColumnOrder();
    void onRunStarted(const QString &method, RunController::Mode mode);
    void onRunFinished(const RunController::Summary &summary);
    void probeKeychain();
    void restoreState();
    void openLastProfile();

    ExplorerServices m_services;
    Session *m_session;
    RunController *m_runs;
    NamePresenter *m_names = nullptr;
    RequestEditor *m_request;
    QPointer<HookSchemaSource> m_schema;
    ResultView *m_results;
    RunProgress *m_progress;
    LimitsGauge *m_limits;
    RequestLibrary *m_library;
    ResultExporter *m_exporter;
    ProfileSwitcher *m_profileBox;
    QLabel *m_banner;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    WriteConfirmation *m_writes;
    QString m_keychainProblem;
    QString m_portalKey; // the portal the results shown came from
};

} // namespace b24
