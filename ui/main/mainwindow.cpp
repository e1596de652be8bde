#include "ui/main/mainwindow.h"

#include "core/b24/redaction.h"
#include "core/profiles/historyentry.h"
#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "ui/common/languagemenu.h"
#include "ui/history/curlcommand.h"
#include "ui/history/historyview.h"
#include "ui/main/limitsgauge.h"
#include "ui/main/runpresenter.h"
#include "ui/main/runprogress.h"
#include "ui/main/session.h"
#include "ui/main/welcomepage.h"
#include "ui/profiles/addprofiledialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profiles/webhookcheckdialog.h"
#include "ui/request/hookschemasource.h"
#include "ui/request/methodbox.h"
#include "ui/request/requesteditor.h"
#include "ui/results/exportdialog.h"
#include "ui/results/exportjob.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

MainWindow::MainWindow(const ExplorerServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(new Session(services.profiles, this))
    , m_runs(new RunController(this))
    , m_request(new RequestEditor(this))
    , m_results(new ResultView(this))
    , m_progress(new RunProgress(this))
    , m_limits(new LimitsGauge(this))
    , m_history(new HistoryView(services.history, this))
    , m_historyDock(new QDockWidget(tr("History"), this))
    , m_profileBox(new QComboBox(this))
    , m_banner(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("B24 Explorer"));
    m_profileBox->setObjectName(u"profileSwitcher"_s);
    m_profileBox->setMinimumWidth(220);
    m_banner->setObjectName(u"keychainBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(u"QLabel { padding: 6px; border: 1px solid palette(mid); }"_s);

    auto *workspace = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, workspace);
    splitter->addWidget(m_request);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 460}); // the result gets the room; the user can drag
    auto *workLayout = new QVBoxLayout(workspace);
    workLayout->setContentsMargins(4, 4, 4, 4);
    workLayout->addWidget(splitter);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(workspace);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    statusBar()->addWidget(m_progress, 1);
    statusBar()->addPermanentWidget(m_limits);
    buildActions();

    connect(m_welcome, &WelcomePage::demoRequested, m_session, &Session::openDemo);
    connect(m_welcome, &WelcomePage::addProfileRequested, this, &MainWindow::showAddProfile);
    connect(m_session, &Session::opening, this,
            [this](const QString &label) { m_welcome->setBusy(tr("Connecting to %1…").arg(label)); });
    connect(m_session, &Session::hookChanged, this, &MainWindow::onHookChanged);
    connect(m_session, &Session::failed, this, [this](const QString &message) {
        m_welcome->setBusy({});
        statusBar()->showMessage(message, 10000);
    });
    connect(m_request, &RequestEditor::runRequested, this, &MainWindow::runCurrent);
    connect(m_request, &RequestEditor::cancelRequested, m_runs, &RunController::cancel);
    connect(m_request, &RequestEditor::methodChanged, m_limits, &LimitsGauge::setMethod);
    new RunPresenter(m_runs, m_progress, m_results, this);
    connect(m_progress, &RunProgress::cancelRequested, m_runs, &RunController::cancel);
    connect(m_runs, &RunController::started, this, &MainWindow::onRunStarted);
    connect(m_runs, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(m_history, &HistoryView::reopenRequested, this, [this](const HistoryEntry &entry) {
        m_request->setMethod(entry.method);
        m_request->setParams(entry.params);
        // History counts rows of All pages runs only.
        m_request->setRunMode(entry.rows >= 0 ? RequestEditor::RunMode::AllPages
                                              : RequestEditor::RunMode::Single);
    });
    connect(m_history, &HistoryView::curlRequested, this, [this](const HistoryEntry &entry, bool reveal) {
        const std::optional<Profile> owner =
            m_services.profiles ? m_services.profiles->profile(entry.profileId) : std::nullopt;
        QString why;
        const QString command = CurlCommand::forEntry(
            entry, m_session->profileId(), m_session->hook() ? &m_session->hook()->webhook() : nullptr, owner,
            reveal, &why);
        if (command.isEmpty()) {
            statusBar()->showMessage(why, 8000);
            return;
        }
        QApplication::clipboard()->setText(command);
        statusBar()->showMessage(
            reveal ? tr("Copied as curl, with the secret.") : tr("Copied as curl (secret masked)."), 5000);
    });
    connect(m_profileBox, &QComboBox::activated, this, &MainWindow::onProfileChosen);
    if (m_services.profiles)
        connect(m_services.profiles, &ProfileStore::changed, this, &MainWindow::reloadProfiles);

    reloadProfiles();
    restoreState();
    probeKeychain();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *exportAction = file->addAction(tr("&Export result…"), this, &MainWindow::showExportDialog);
    exportAction->setShortcut(u"Ctrl+E"_s);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto *run = menuBar()->addMenu(tr("&Run"));
    auto *runAction = run->addAction(tr("&Run request"), this, &MainWindow::runCurrent);
    runAction->setShortcuts({QKeySequence(u"Ctrl+Return"_s), QKeySequence(u"Ctrl+Enter"_s)});
    auto *cancel = run->addAction(tr("&Cancel"), m_runs, &RunController::cancel);
    cancel->setShortcut(Qt::Key_Escape);
    auto *palette = run->addAction(tr("&Method…"), this, [this] {
        m_request->methodBox()->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_request->methodBox()->lineEdit()->selectAll();
    });
    palette->setShortcut(u"Ctrl+K"_s);

    auto *profiles = menuBar()->addMenu(tr("&Portal"));
    profiles->addAction(tr("&Add webhook…"), this, &MainWindow::showAddProfile);
    profiles->addAction(tr("&Manage profiles…"), this, &MainWindow::showProfiles);
    profiles->addAction(tr("&Check webhook"), this, &MainWindow::showWebhookCheck);
    profiles->addAction(tr("Explore the &demo portal"), m_session, &Session::openDemo);

    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_historyDock->toggleViewAction());
    view->addMenu(new LanguageMenu(m_services.settings, this));

    auto *bar = addToolBar(tr("Portal"));
    bar->setObjectName(u"portalToolBar"_s);
    bar->addWidget(m_profileBox);
    bar->addAction(tr("Add webhook…"), this, &MainWindow::showAddProfile);
    bar->addAction(tr("Check"), this, &MainWindow::showWebhookCheck);
    bar->addSeparator();
    bar->addAction(exportAction);
    bar->addAction(m_historyDock->toggleViewAction());
}

void MainWindow::reloadProfiles()
{
    m_profileBox->clear();
    m_profileBox->addItem(tr("Choose a portal…"));
    if (m_services.profiles) {
        for (const Profile &profile : m_services.profiles->profiles()) {
            const QString suffix = profile.isSessionOnly() ? u" "_s + tr("(this session)") : QString();
            m_profileBox->addItem(profile.label + suffix, profile.id);
        }
    }
    m_profileBox->addItem(tr("Demo portal"), u"demo:"_s);
    for (int i = 0; i < m_profileBox->count(); ++i) {
        const QString id = m_profileBox->itemData(i).toString();
        if (!id.isEmpty() && (id == m_session->profileId() || (id == u"demo:"_s && m_session->isDemo())))
            m_profileBox->setCurrentIndex(i);
    }
}

void MainWindow::onProfileChosen(int index)
{
    const QString id = m_profileBox->itemData(index).toString();
    if (id == u"demo:"_s)
        m_session->openDemo();
    else if (!id.isEmpty())
        m_session->openProfile(id);
}

void MainWindow::onHookChanged()
{
    B24Hook *hook = m_session->hook();
    m_runs->setHook(hook);
    m_limits->setLimiter(hook ? hook->limiter() : nullptr);
    m_welcome->setBusy({});
    m_pages->setCurrentIndex(hook ? 1 : 0);
    setWindowTitle(hook ? tr("%1 — B24 Explorer").arg(redact(m_session->label())) : tr("B24 Explorer"));
    if (m_schema)
        m_schema->deleteLater();
    m_schema = hook ? new HookSchemaSource(hook, m_session->profileId(), this) : nullptr;
    m_request->setSchemaSource(m_schema);
    if (hook) {
        statusBar()->showMessage(tr("Connected to %1").arg(hook->getTargetOrigin()), 5000);
        if (m_request->method().isEmpty()) {
            m_request->setMethod(u"crm.deal.list"_s);
            m_request->setRunMode(RequestEditor::RunMode::AllPages);
        }
    }
    reloadProfiles();
}

void MainWindow::runCurrent()
{
    if (m_runs->isRunning())
        return;
    if (!m_session->hook()) {
        statusBar()->showMessage(tr("Choose a portal first."), 5000);
        return;
    }
    const QStringList problems = m_request->validationErrors();
    if (!problems.isEmpty()) {
        statusBar()->showMessage(problems.join(u"; "_s), 10000);
        return;
    }
    switch (m_request->runMode()) {
    case RequestEditor::RunMode::Batch:
        m_runs->runBatch(m_request->batchCommands(), m_request->haltOnError());
        break;
    case RequestEditor::RunMode::AllPages:
        // RequestEditor::ListStrategy mirrors ListOptions::Strategy value for value.
        m_runs->run(m_request->method(), m_request->params(), RunController::Mode::AllPages,
                    ListOptions::Strategy(int(m_request->listStrategy())));
        break;
    case RequestEditor::RunMode::Single:
        m_runs->run(m_request->method(), m_request->params(), RunController::Mode::Single);
        break;
    }
}

void MainWindow::onRunStarted(const QString &method, RunController::Mode)
{
    statusBar()->clearMessage(); // a message would hide the run's progress
    m_request->setRunning(true);
    m_limits->setMethod(method);
}

void MainWindow::onRunFinished(const RunController::Summary &summary)
{
    m_request->setRunning(false);
    m_limits->refresh();
    if (m_services.history)
        m_services.history->append(summary.toHistoryEntry(m_session->profileId()));
}

ExportJob *MainWindow::exportTo(const ExportRequest &base)
{
    if (m_export)
        return nullptr;
    ResultTableModel *model = m_results->tableModel();
    ExportRows rows = m_results->shownRows();
    ExportRequest request = base;
    if (request.format == RowWriter::Format::Csv && request.columns.isEmpty())
        request.columns = model->columns();
    m_export = new ExportJob(std::move(rows), request, this);
    m_exportProgress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 1000, this);
    m_exportProgress->setWindowModality(Qt::NonModal);
    m_exportProgress->setMinimumDuration(300);
    m_exportProgress->setAutoClose(false);
    connect(m_exportProgress, &QProgressDialog::canceled, m_export, &ExportJob::cancel);
    connect(m_export, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_exportProgress && total > 0)
            m_exportProgress->setValue(int(done * 1000 / total));
    });
    connect(m_export, &ExportJob::finished, this, [this](bool ok, const QString &message) {
        if (m_exportProgress)
            m_exportProgress->deleteLater();
        m_export->deleteLater();
        statusBar()->showMessage(ok ? message : tr("Export failed: %1").arg(message), 10000);
        emit exportFinished(ok, message);
    });
    m_export->start();
    return m_export;
}

void MainWindow::showExportDialog()
{
    if (m_results->tableModel()->rowTotal() == 0) {
        statusBar()->showMessage(tr("Nothing to export yet: run a request first."), 5000);
        return;
    }
    ExportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        exportTo(dialog.request());
}

void MainWindow::showAddProfile()
{
    auto *dialog = new AddProfileDialog(m_services.profiles, m_keychainProblem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddProfileDialog::profileAdded, m_session, &Session::openProfile);
    dialog->open();
}

void MainWindow::showProfiles()
{
    auto *dialog = new ProfilesDialog(m_services.profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showWebhookCheck()
{
    if (!m_session->hook()) {
        statusBar()->showMessage(tr("Choose a portal first."), 5000);
        return;
    }
    auto *dialog = new WebhookCheckDialog(m_session->hook(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

void MainWindow::probeKeychain()
{
    auto *keychain = qobject_cast<KeychainSecretStore *>(m_services.keychain);
    if (!keychain)
        return;
    keychain->probe(this, [this](const SecretResult &result) {
        if (result.ok())
            return;
        m_keychainProblem = result.error.toString();
        m_banner->setText(tr("No system keychain is available: %1\nWebhooks you add can be used for this "
                             "session only; they are forgotten when the window closes.")
                              .arg(m_keychainProblem));
        m_banner->setVisible(true);
    });
}

void MainWindow::restoreState()
{
    if (!m_services.settings)
        return;
    // The first start gets room for the editor, a table and the status bar's progress.
    if (!restoreGeometry(m_services.settings->value(u"window/geometry"_s).toByteArray()))
        resize(QSize(1100, 700).boundedTo(screen()->availableSize()));
    QMainWindow::restoreState(m_services.settings->value(u"window/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_runs->cancel();
    if (m_services.settings) {
        m_services.settings->setValue(u"window/geometry"_s, saveGeometry());
        m_services.settings->setValue(u"window/state"_s, saveState());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Widgets follow a changed system palette by themselves; the banner's frame is re-polished.
    if (event->type() == QEvent::PaletteChange)
        m_banner->setStyleSheet(m_banner->styleSheet());
    QMainWindow::changeEvent(event);
}

} // namespace b24
