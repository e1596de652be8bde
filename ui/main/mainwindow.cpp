#include "ui/main/mainwindow.h"

#include "core/b24/redaction.h"
#include "core/profiles/historycurl.h"
#include "core/profiles/historyentry.h"
#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/secretstore.h"
#include "ui/common/languagemenu.h"
#include "ui/history/historyview.h"
#include "ui/main/limitsgauge.h"
#include "ui/main/namepresenter.h"
#include "ui/main/profileswitcher.h"
#include "ui/main/requestlibrary.h"
#include "ui/main/runpresenter.h"
#include "ui/main/runprogress.h"
#include "ui/main/session.h"
#include "ui/main/welcomepage.h"
#include "ui/main/writeconfirmation.h"
#include "ui/profiles/addprofiledialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profiles/webhookcheckdialog.h"
#include "ui/request/hookschemasource.h"
#include "ui/request/methodbox.h"
#include "ui/request/paramspane.h"
#include "ui/request/requesteditor.h"
#include "ui/results/exportdialog.h"
#include "ui/results/exportjob.h"
#include "ui/results/resultexporter.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

MainWindow::MainWindow(const ExplorerServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(new Session(services.profiles, services.demo, this))
    , m_runs(new RunController(this))
    , m_request(new RequestEditor(this))
    , m_results(new ResultView(this))
    , m_progress(new RunProgress(this))
    , m_limits(new LimitsGauge(this))
    , m_library(new RequestLibrary(this, services, m_session, m_request))
    , m_exporter(new ResultExporter(m_results, this))
    , m_profileBox(new ProfileSwitcher(services.profiles, m_session, this))
    , m_banner(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_writes(new WriteConfirmation(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("B24 Explorer"));
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

    statusBar()->addWidget(m_progress, 1);
    statusBar()->addPermanentWidget(m_limits);
    auto *namesStatus = new QLabel(this);
    namesStatus->setObjectName(u"namesStatus"_s);
    statusBar()->addPermanentWidget(namesStatus);
    m_names = new NamePresenter(m_runs, m_results, namesStatus, this);
    buildActions();

    connect(m_welcome, &WelcomePage::demoRequested, m_session, &Session::openDemo);
    connect(m_welcome, &WelcomePage::addProfileRequested, this, &MainWindow::showAddProfile);
    // The documented API needs no portal: search, forms, examples and pages work offline.
    connect(m_welcome, &WelcomePage::browseRequested, this, [this] {
        m_pages->setCurrentIndex(1);
        m_request->methodBox()->lineEdit()->setFocus();
    });
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
    connect(m_request, &RequestEditor::fieldsChanged, this, &MainWindow::applyColumnOrder);
    new RunPresenter(m_runs, m_progress, m_results, this);
    connect(m_progress, &RunProgress::cancelRequested, m_runs, &RunController::cancel);
    connect(m_runs, &RunController::started, this, &MainWindow::onRunStarted);
    connect(m_runs, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(m_library, &RequestLibrary::message, statusBar(), &QStatusBar::showMessage);
    connect(m_exporter, &ResultExporter::message, statusBar(), &QStatusBar::showMessage);
    connect(m_exporter, &ResultExporter::finished, this, &MainWindow::exportFinished);

    m_profileBox->reload();
    restoreState();
    probeKeychain();
    // After the window is up (and the caller has set what a profile needs, e.g. extra trust).
    QTimer::singleShot(0, this, &MainWindow::openLastProfile);
}

bool MainWindow::showsWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::openLastProfile()
{
    if (!m_services.settings || !m_services.profiles)
        return;
    const QString id = m_services.settings->value(u"session/lastProfile"_s).toString();
    // A profile removed since, or one of a session that ended: the welcome page stays.
    if (!id.isEmpty() && m_services.profiles->profile(id) &&
        !m_services.profiles->profile(id)->isSessionOnly())
        m_session->openProfile(id);
}

MainWindow::~MainWindow() = default;

QComboBox *MainWindow::profileSwitcher() const
{
    return m_profileBox;
}

HistoryView *MainWindow::history() const
{
    return m_library->history();
}

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
    auto *save = run->addAction(tr("&Save request…"), m_library, &RequestLibrary::askSaveCurrent);
    save->setShortcut(QKeySequence::Save);

    auto *profiles = menuBar()->addMenu(tr("&Portal"));
    profiles->addAction(tr("&Add webhook…"), this, &MainWindow::showAddProfile);
    profiles->addAction(tr("&Manage profiles…"), this, &MainWindow::showProfiles);
    profiles->addAction(tr("&Check webhook"), this, &MainWindow::showWebhookCheck);
    profiles->addAction(tr("Explore the &demo portal"), m_session, &Session::openDemo);

    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_library->historyDock()->toggleViewAction());
    view->addAction(m_library->savedDock()->toggleViewAction());
    m_names->addActions(view);
    view->addMenu(new LanguageMenu(m_services.settings, this));

    auto *bar = addToolBar(tr("Portal"));
    bar->setObjectName(u"portalToolBar"_s);
    bar->addWidget(m_profileBox);
    bar->addAction(tr("Add webhook…"), this, &MainWindow::showAddProfile);
    bar->addAction(tr("Check"), this, &MainWindow::showWebhookCheck);
    bar->addSeparator();
    bar->addAction(exportAction);
    bar->addAction(m_library->historyDock()->toggleViewAction());
    bar->addAction(m_library->savedDock()->toggleViewAction());
}

void MainWindow::onHookChanged()
{
    B24Hook *hook = m_session->hook();
    m_runs->setHook(hook);
    m_names->setHook(hook);
    m_limits->setLimiter(hook ? hook->limiter() : nullptr);
    m_welcome->setBusy({});
    m_pages->setCurrentIndex(hook ? 1 : 0);
    setWindowTitle(hook ? tr("%1 — B24 Explorer").arg(redact(m_session->label())) : tr("B24 Explorer"));
    if (m_schema)
        m_schema->deleteLater();
    m_schema = hook ? new HookSchemaSource(hook, m_session->profileId(), this) : nullptr;
    m_request->setSchemaSource(m_schema);
    if (hook)
        m_request->setDefaultApi(hook->webhook().api()); // a pasted /rest/api/ address speaks REST 3.0
    // Results belong to the portal they came from: another portal starts with none.
    const QString portalKey =
        hook ? HistoryEntry::portalKeyFor(m_session->profileId(), m_session->label()) : QString();
    if (portalKey != m_portalKey) {
        m_runs->cancel();
        m_results->clear();
        m_progress->reset();
        m_portalKey = portalKey;
    }
    m_library->setPortal(portalKey, redact(m_session->label()));
    // The next start opens the portal used last (the demo is one click away anyway).
    if (hook && m_services.settings && !m_session->profileId().isEmpty())
        m_services.settings->setValue(u"session/lastProfile"_s, m_session->profileId());
    if (hook) {
        statusBar()->showMessage(tr("Connected to %1").arg(hook->getTargetOrigin()), 5000);
        if (m_request->method().isEmpty()) {
            m_request->setMethod(u"crm.deal.list"_s);
            m_request->setRunMode(RequestEditor::RunMode::AllPages);
        }
    }
    m_profileBox->reload();
}

void MainWindow::runCurrent()
{
    if (m_runs->isRunning())
        return;
    if (!m_session->hook()) {
        statusBar()->showMessage(tr("Choose a portal first."), 5000);
        return;
    }
    m_request->commitMethod(); // a name typed and run with Ctrl+Enter: the API it selects
    const QStringList problems = m_request->validationErrors();
    if (!problems.isEmpty()) {
        statusBar()->showMessage(problems.join(u"; "_s), 10000);
        return;
    }
    // What is sent is what the user saw when asked, even if the editor changes meanwhile.
    const RequestEditor::RunMode mode = m_request->runMode();
    const QString method = m_request->method();
    const OrderedJson params = m_request->params();
    const QList<BatchCommand> commands = m_request->batchCommands();
    const bool halt = m_request->haltOnError();
    const ListOptions::Strategy strategy = m_request->listStrategy();
    const ApiVersion api = m_request->api();
    QStringList methods{method};
    if (mode == RequestEditor::RunMode::Batch) {
        methods.clear();
        for (const BatchCommand &command : commands)
            methods.append(command.method);
    }
    const QPointer<B24Hook> hook = m_session->hook();
    m_writes->confirmThen(hook->getTargetOrigin(), methods, api, [=, this] {
        if (m_runs->isRunning() || m_session->hook() != hook)
            return; // another run started, or another portal opened, while the question was up
        switch (mode) {
        case RequestEditor::RunMode::Batch:
            m_runs->runBatch(commands, halt, api);
            break;
        case RequestEditor::RunMode::AllPages:
            m_runs->run(method, params, RunController::Mode::AllPages, strategy, api);
            break;
        case RequestEditor::RunMode::Single:
            m_runs->run(method, params, RunController::Mode::Single, ListOptions::Strategy::Auto, api);
            break;
        }
    });
}

void MainWindow::applyColumnOrder()
{
    // The columns the user asked for first, then the portal's order of its fields.
    QStringList order;
    const OrderedJson select = m_request->params().value(u"select"_s);
    for (qsizetype i = 0; select.isArray() && i < select.size(); ++i)
        order.append(select.at(i).toString());
    for (const FieldDescriptor &spec : m_request->paramsPane()->specs())
        order.append(spec.name);
    m_results->setColumnOrder(order);
}

void MainWindow::onRunStarted(const QString &method, RunController::Mode)
{
    applyColumnOrder();
    statusBar()->clearMessage(); // a message would hide the run's progress
    m_request->setRunning(true);
    m_limits->setMethod(method);
}

void MainWindow::onRunFinished(const RunController::Summary &summary)
{
    m_request->setRunning(false);
    applyColumnOrder(); // the field list may have arrived during the run
    m_limits->refresh();
    if (m_services.history)
        m_services.history->append(summary.toHistoryEntry(m_session->profileId(), m_session->label()));
}

ExportJob *MainWindow::exportTo(const ExportRequest &request)
{
    return m_exporter->exportTo(request);
}

void MainWindow::showExportDialog()
{
    m_exporter->showDialog();
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
    if (!m_services.keychain)
        return;
    m_services.keychain->probe(this, [this](const SecretResult &result) {
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
    // The first start gets room for the editor, a table and the status bar's progress: most of
    // the screen, at least 1100×700 where the screen has it.
    if (!restoreGeometry(m_services.settings->value(u"window/geometry"_s).toByteArray())) {
        const QSize available = screen()->availableSize();
        resize(QSize(qMax(1100, available.width() * 4 / 5), qMax(700, available.height() * 4 / 5))
                   .boundedTo(available));
    }
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
