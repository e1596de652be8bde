// End-to-end flows of the explorer window against the in-process sandbox portal over HTTPS.
#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/sandboxserver.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/b24/sandboxfixture.h"
#include "tests/gui/windowfixture.h"
#include "ui/history/historymodel.h"
#include "ui/history/historyview.h"
#include "ui/main/mainwindow.h"
#include "ui/main/runcontroller.h"
#include "ui/main/runprogress.h"
#include "ui/main/session.h"
#include "ui/profiles/addprofiledialog.h"
#include "ui/profiles/webhookcheckview.h"
#include "ui/request/requesteditor.h"
#include "ui/results/exportjob.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The OS keychain cannot be switched off from a test, so its refusal is played by this store:
// every write fails the way KeychainSecretStore reports "no Secret Service".
class UnavailableSecretStore : public b24::SecretStore
{
public:
    void read(const QString &, const QObject *context, Callback done) override { refuse(context, done); }
    void write(const QString &, const QString &, const QObject *context, Callback done) override
    {
        refuse(context, done);
    }
    void remove(const QString &, const QObject *context, Callback done) override { refuse(context, done); }
    bool isPersistent() const override { return true; }
    QString displayName() const override { return u"System keychain"_s; }

private:
    void refuse(const QObject *context, Callback done)
    {
        b24::SecretResult result;
        result.error.kind = b24::SecretError::Kind::Unavailable;
        result.error.message = u"The name org.freedesktop.secrets was not provided by any .service files"_s;
        deliver(context, std::move(done), result);
    }
};

// Every text a model shows (display and tooltip), all rows and levels.
QString modelText(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QString text;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            text += index.data(Qt::DisplayRole).toString() + u'\n' + index.data(Qt::ToolTipRole).toString() +
                    u'\n';
            if (column == 0)
                text += modelText(model, index);
        }
    }
    return text;
}

using Fixture = b24test::WindowFixture;

} // namespace

class TestExplorerWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addProfileCheckListExport();
    void cancelMidList();
    void keychainUnavailableOffersSessionOnly();
    void demoPortalFromWelcomePage();
    void renamedPortalShowsNoSecret();

private:
    std::unique_ptr<b24::SandboxServer> m_server;
    const int m_deals = 1200;
};

void TestExplorerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    b24::PortalOptions portal;
    portal.data.insert(u"deals"_s, m_deals);
    m_server = std::make_unique<b24::SandboxServer>(portal);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestExplorerWindow::addProfileCheckListExport()
{
    Fixture f;
    b24::MemorySecretStore keychain;
    b24::ProfileStore profiles(&f.settings, &keychain, &f.session);

    // 1. Add: the URL is parsed as typed, the rule broken is named.
    b24::AddProfileDialog dialog(&profiles, QString());
    dialog.setTrustedCertificates({m_server->certificate()});
    dialog.urlEdit()->setText(u"http://portal.example/rest/1/abc/"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.parseStatus()->text().contains(u"https"_s, Qt::CaseInsensitive));
    dialog.urlEdit()->setText(m_server->webhookUrl());
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.parseStatus()->text().contains(m_server->portal().secret()));

    // 2. Check it live.
    QSignalSpy checked(&dialog, &b24::AddProfileDialog::checkFinished);
    dialog.checkButton()->click();
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().first().toBool(), true);
    QVERIFY(dialog.checkView()->text().contains(u"works"_s));
    QVERIFY(!dialog.checkView()->text().contains(m_server->portal().secret()));

    QSignalSpy added(&dialog, &b24::AddProfileDialog::profileAdded);
    dialog.labelEdit()->setText(u"Sandbox"_s);
    dialog.saveButton()->click();
    QVERIFY(added.count() == 1 || added.wait(5000));
    const QString id = added.first().first().toString();
    QVERIFY(keychain.contains(b24::SecretStore::webhookKey(id)));
    // The plan the check read from the portal's licence is kept with the profile.
    QCOMPARE(profiles.profile(id)->plan, u"standard"_s);

    // 3. Open it in the window and list every deal.
    b24::ExplorerServices services{&f.settings, &keychain, &f.session, &profiles, &f.history};
    b24::MainWindow window(services);
    QAbstractItemModelTester tester(window.results()->tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.session()->setTrustedCertificates({m_server->certificate()});
    QSignalSpy hook(window.session(), &b24::Session::hookChanged);
    window.session()->openProfile(id);
    QVERIFY(hook.wait(5000));
    QVERIFY(window.session()->hook());
    window.request()->setMethod(u"crm.deal.list"_s);
    window.request()->setRunMode(b24::RequestEditor::RunMode::AllPages);
    QSignalSpy finished(window.runs(), &b24::RunController::finished);
    window.runCurrent();
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<b24::RunController::Summary>();
    QVERIFY2(summary.ok, qPrintable(summary.status));
    b24::ResultTableModel *model = window.results()->tableModel();
    QCOMPARE(model->rowCount(), m_deals);
    QVERIFY(model->columns().contains(u"ID"_s));
    QVERIFY(model->columns().contains(u"TITLE"_s));
    QVERIFY(!window.windowTitle().contains(m_server->portal().secret()));

    // History recorded the run, redacted.
    const QList<b24::HistoryEntry> entries = f.history.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().method, u"crm.deal.list"_s);
    QCOMPARE(entries.first().rows, qint64(m_deals));

    // 4. Export the table to CSV.
    b24::ExportRequest request;
    request.path = f.dir.filePath(u"deals.csv"_s);
    QSignalSpy exported(&window, &b24::MainWindow::exportFinished);
    QVERIFY(window.exportTo(request));
    QVERIFY(exported.wait(30000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("ID,") || lines.first().contains(",ID,") ||
            lines.first().contains("ID"));
    // header + rows (+ empty tail after the last line break); no embedded line breaks in seeded data
    QCOMPARE(lines.size() - 1 - (lines.last().isEmpty() ? 0 : -1), m_deals + 1);
    const int idColumn = int(model->columns().indexOf(u"ID"_s));
    QVERIFY(lines.at(1).split(',').at(idColumn).trimmed() == model->cellText(0, idColumn).toUtf8());
}

void TestExplorerWindow::cancelMidList()
{
    Fixture f;
    b24::MainWindow window(f.services());
    QSignalSpy hook(window.session(), &b24::Session::hookChanged);
    QVERIFY(window.session()->openUrl(u"Sandbox"_s, m_server->webhookUrl(), {m_server->certificate()}));
    m_server->setLatencyMs(40);
    // One page per request, so the list is still running when the cancel arrives.
    window.request()->setMethod(u"crm.deal.list"_s);
    window.request()->setRunMode(b24::RequestEditor::RunMode::AllPages);
    b24::RunController *runs = window.runs();
    QSignalSpy finished(runs, &b24::RunController::finished);
    QSignalSpy progress(runs, &b24::RunController::progress);
    runs->run(u"crm.deal.list"_s, {}, b24::RunController::Mode::AllPages, b24::ListOptions::Strategy::Keyset);
    QVERIFY(progress.wait(20000));
    QVERIFY(runs->isRunning());
    QVERIFY(window.runProgress()->cancelButton()->isEnabled());
    window.runProgress()->cancelButton()->click();
    // Cancel aborts the read on the wire: the run may end before click() returns.
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    m_server->setLatencyMs(0);
    const auto summary = finished.first().first().value<b24::RunController::Summary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.rows > 0);
    QVERIFY(summary.rows < m_deals);
    QCOMPARE(qint64(window.results()->tableModel()->rowCount()), summary.rows);
    QVERIFY(window.runProgress()->text().contains(u"Cancelled"_s));
    QVERIFY(!window.runProgress()->cancelButton()->isEnabled());
    // The rows shown are not all the portal holds, and the window says so.
    QVERIFY(summary.partial());
    QVERIFY(window.runProgress()->bar()->value() < window.runProgress()->bar()->maximum());
    QVERIFY(window.runProgress()->text().contains(u"partial result"_s));
    QVERIFY2(window.results()->notesText().contains(u"Partial result: the list was cancelled after"_s),
             qPrintable(window.results()->notesText()));
}

void TestExplorerWindow::keychainUnavailableOffersSessionOnly()
{
    Fixture f;
    UnavailableSecretStore keychain;
    b24::ProfileStore profiles(&f.settings, &keychain, &f.session);
    b24::AddProfileDialog dialog(&profiles, QString());
    dialog.urlEdit()->setText(m_server->webhookUrl());
    QVERIFY(dialog.sessionButton()->isHidden());
    dialog.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.sessionButton()->isHidden(), 5000);
    // The reason is said plainly, with the backend's words, and never the secret.
    QVERIFY(dialog.saveStatus()->text().contains(u"keychain"_s));
    QVERIFY2(dialog.saveStatus()->text().contains(u"org.freedesktop.secrets"_s),
             qPrintable(dialog.saveStatus()->text()));
    QVERIFY(!dialog.saveStatus()->text().contains(m_server->portal().secret()));
    QVERIFY(profiles.profiles().isEmpty());

    QSignalSpy added(&dialog, &b24::AddProfileDialog::profileAdded);
    dialog.sessionButton()->click();
    QVERIFY(added.count() == 1 || added.wait(5000));
    const auto profile = profiles.profile(added.first().first().toString());
    QVERIFY(profile);
    QVERIFY(profile->isSessionOnly());
    QVERIFY(f.session.contains(b24::SecretStore::webhookKey(profile->id)));
}

void TestExplorerWindow::demoPortalFromWelcomePage()
{
    Fixture f;
    b24::MainWindow window(f.services());
    auto *demo = window.findChild<QPushButton *>(u"exploreDemo"_s);
    QVERIFY(demo);
    QSignalSpy hook(window.session(), &b24::Session::hookChanged);
    demo->click();
    QVERIFY(hook.wait(30000));
    QVERIFY(window.session()->isDemo());
    QVERIFY(window.session()->hook());
    QSignalSpy finished(window.runs(), &b24::RunController::finished);
    window.request()->setMethod(u"server.time"_s);
    window.request()->setRunMode(b24::RequestEditor::RunMode::Single);
    window.runCurrent();
    QVERIFY(finished.wait(20000));
    const auto summary = finished.first().first().value<b24::RunController::Summary>();
    QVERIFY2(summary.ok, qPrintable(summary.status));
    QVERIFY(!window.results()->rawText().isEmpty());
}

// A renamed portal answers 302 with the new address, which holds the webhook path: the user
// sees where it points in every view, never the secret.
void TestExplorerWindow::renamedPortalShowsNoSecret()
{
    b24::test::ScriptedServer renamed([](const b24::HttpRequest &request) {
        const QByteArray target = "https://renamed.example" + request.path;
        b24::HttpResponse response;
        response.status = 302;
        response.headers = {{"location", target}, {"content-type", "text/html"}};
        response.body = "<a href=\"" + target + "\">" + target + "</a>";
        return response;
    });
    QVERIFY(renamed.ok());
    const QString secret = u"scriptedSecret42"_s;
    QVERIFY(renamed.webhookUrl().contains(secret));
    Fixture f;
    b24::MainWindow window(f.services());
    QVERIFY(window.session()->openUrl(u"Renamed"_s, renamed.webhookUrl(), {renamed.certificate()}));
    window.request()->setMethod(u"server.time"_s);
    window.request()->setRunMode(b24::RequestEditor::RunMode::Single);
    QSignalSpy finished(window.runs(), &b24::RunController::finished);
    window.runCurrent();
    QVERIFY(finished.wait(20000));
    const auto summary = finished.first().first().value<b24::RunController::Summary>();
    QVERIFY(!summary.ok);
    QCOMPARE(summary.code, u"REDIRECT"_s);
    QVERIFY(renamed.requests().first().path.contains(secret.toUtf8()));

    b24::ResultView *results = window.results();
    // What the user needs is there...
    QVERIFY2(results->headersText().contains(u"https://renamed.example/rest/7/"_s),
             qPrintable(results->headersText()));
    QVERIFY(results->rawText().contains(u"renamed.example"_s));
    // ... and the secret nowhere: headers, raw body, JSON tree, table, history, status, title.
    QVERIFY2(!results->headersText().contains(secret), qPrintable(results->headersText()));
    QVERIFY2(!results->rawText().contains(secret), qPrintable(results->rawText()));
    auto *tree = results->findChild<QTreeView *>(u"resultTree"_s);
    QVERIFY(tree);
    QVERIFY(!modelText(tree->model()).isEmpty());
    QVERIFY(!modelText(tree->model()).contains(secret));
    QVERIFY(!modelText(results->tableModel()).contains(secret));
    QCOMPARE(f.history.entries().size(), 1);
    QVERIFY(!f.history.entries().first().toJson().toJson().contains(secret.toUtf8()));
    window.history()->reload();
    QVERIFY(modelText(window.history()->model()).contains(u"server.time"_s));
    QVERIFY(!modelText(window.history()->model()).contains(secret));
    QVERIFY(!window.runProgress()->text().contains(secret));
    QVERIFY(!window.windowTitle().contains(secret));
}

QTEST_MAIN(TestExplorerWindow)
#include "tst_explorerwindow.moc"
