// Saved requests, per portal: saved from the editor or from History, opened back into the editor
// (a batch into the batch editor), renamed, deleted; exported as JSON without a secret or a portal,
// imported into the portal the user names.
#include "core/b24/batchcommand.h"
#include "tests/gui/windowfixture.h"
#include "ui/history/historymodel.h"
#include "ui/history/historyview.h"
#include "ui/main/requestlibrary.h"
#include "ui/saved/savedrequestsview.h"

#include <QAction>
#include <QListWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestSavedRequests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveOpenRenameDelete();
    void batchFromHistoryReopensAsBatch();
    void exportIsSecretFreeAndImportNamesThePortal();

private:
    std::unique_ptr<b24::SandboxServer> m_server;
    std::unique_ptr<b24::test::WindowFixture> m_fixture;
    std::unique_ptr<b24::MainWindow> m_window;
};

void TestSavedRequests::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = b24::test::startSandbox(60);
    QVERIFY(m_server);
}

void TestSavedRequests::init()
{
    m_fixture = std::make_unique<b24::test::WindowFixture>();
    m_window = std::make_unique<b24::MainWindow>(m_fixture->services());
    m_window->show();
    QVERIFY(m_window->session()->openUrl(u"Portal A"_s, m_server->webhookUrl(), {m_server->certificate()}));
}

void TestSavedRequests::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestSavedRequests::saveOpenRenameDelete()
{
    b24::RequestEditor *editor = m_window->request();
    b24::RequestLibrary *library = m_window->library();
    editor->setMethod(u"crm.deal.list"_s);
    editor->setParams(b24::OrderedJson::fromJson(R"({"filter":{"STAGE_ID":"NEW"},"select":["ID","TITLE"]})"));
    editor->setRunMode(b24::RequestEditor::RunMode::AllPages);
    QVERIFY(!library->saveCurrent(u"New deals"_s).isEmpty());
    QListWidget *list = library->saved()->list();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"New deals"_s);

    editor->setMethod(u"crm.contact.add"_s);
    editor->setParams(b24::OrderedJson::object());
    list->setCurrentRow(0);
    library->saved()->openCurrent();
    QCOMPARE(editor->method(), u"crm.deal.list"_s);
    QCOMPARE(editor->params().toJson(),
             QByteArray(R"({"filter":{"STAGE_ID":"NEW"},"select":["ID","TITLE"]})"));
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::AllPages);
    QVERIFY(editor->carriedNote().isEmpty());

    QVERIFY(library->saved()->renameCurrent(u"Deals: new"_s));
    QCOMPARE(list->item(0)->text(), u"Deals: new"_s);
    // Another portal has its own list.
    QVERIFY(m_window->session()->openUrl(u"Portal B"_s, m_server->webhookUrl(), {m_server->certificate()}));
    QCOMPARE(list->count(), 0);
    QVERIFY(m_window->session()->openUrl(u"Portal A"_s, m_server->webhookUrl(), {m_server->certificate()}));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QVERIFY(library->saved()->deleteCurrent());
    QCOMPARE(list->count(), 0);
    QVERIFY(m_fixture->saved.requests(u"Portal A"_s).isEmpty());
}

void TestSavedRequests::batchFromHistoryReopensAsBatch()
{
    const QList<b24::BatchCommand> commands{
        {u"deals"_s, u"crm.deal.list"_s, b24::OrderedJson::fromJson(R"({"select":["ID"]})")},
        {u"first"_s, u"crm.deal.get"_s, b24::OrderedJson::fromJson(R"({"id":"$result[deals][0][ID]"})")}};
    b24::RequestEditor *editor = m_window->request();
    editor->setRunMode(b24::RequestEditor::RunMode::Batch);
    editor->setBatchCommands(commands);
    QVERIFY(b24::test::runAndWait(*m_window));
    b24::HistoryView *history = m_window->history();
    QTRY_COMPARE(history->model()->rowCount(), 1);
    bool offered = false;
    for (QAction *action : history->table()->actions())
        offered = offered || action->text() == u"Save request…"_s;
    QVERIFY(offered);
    QVERIFY(!m_window->library()->saveEntry(history->model()->entry(0), u"Deals and the first"_s).isEmpty());

    editor->setRunMode(b24::RequestEditor::RunMode::Single);
    editor->setBatchCommands({});
    m_window->library()->saved()->list()->setCurrentRow(0);
    m_window->library()->saved()->openCurrent();
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::Batch);
    QCOMPARE(editor->batchCommands(), commands);
}

void TestSavedRequests::exportIsSecretFreeAndImportNamesThePortal()
{
    b24::RequestEditor *editor = m_window->request();
    editor->setMethod(u"crm.deal.add"_s);
    // A URL with the secret typed into a parameter does not leave with the request.
    editor->setParams(b24::OrderedJson::fromJson(
        u"{\"fields\":{\"TITLE\":\"From %1\"}}"_s.arg(m_server->webhookUrl()).toUtf8()));
    QVERIFY(!m_window->library()->saveCurrent(u"Add a deal"_s).isEmpty());
    const QString secret = m_server->webhookUrl().section(u'/', 5, 5);
    QFile stored(m_fixture->saved.filePath());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(!stored.readAll().contains(secret.toUtf8()));

    const QString path = m_fixture->dir.filePath(u"shared.json"_s);
    QVERIFY(m_window->library()->saved()->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(!exported.contains(secret.toUtf8()));
    QVERIFY(exported.contains("\"name\": \"Add a deal\""));
    QVERIFY(!exported.contains("\"portal\""));
    QVERIFY(!exported.contains("Portal A"));

    // A colleague imports it into their portal B.
    QCOMPARE(m_window->library()->saved()->importFrom(path, u"Portal B"_s), 1);
    QCOMPARE(m_fixture->saved.requests(u"Portal B"_s).size(), 1);
    QCOMPARE(m_fixture->saved.requests(u"Portal A"_s).size(), 1);
    QVERIFY(m_window->session()->openUrl(u"Portal B"_s, m_server->webhookUrl(), {m_server->certificate()}));
    QCOMPARE(m_window->library()->saved()->list()->count(), 1);
    // Not a file of saved requests: nothing is added, and the view says why.
    QFile junk(m_fixture->dir.filePath(u"junk.json"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"requests\": 3}");
    junk.close();
    QCOMPARE(m_window->library()->saved()->importFrom(junk.fileName(), u"Portal B"_s), -1);
    QVERIFY(m_window->library()->saved()->statusText().contains(u"not a file of saved requests"_s));
}

QTEST_MAIN(TestSavedRequests)
#include "tst_savedrequests.moc"
