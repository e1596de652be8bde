// History and portals: a batch is kept whole (reopens in the batch editor, copies as curl with
// the real batch body, the secret masked); every call names its portal and History filters by it;
// another portal starts with no results; a restart opens the portal used last.
#include "core/b24/batchcommand.h"
#include "tests/gui/windowfixture.h"
#include "ui/history/historymodel.h"
#include "ui/history/historyview.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QAction *historyAction(b24::MainWindow &window, const QString &text)
{
    for (QAction *action : window.history()->table()->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestPortalHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void batchReopensAndCopiesAsCurl();
    void historyShowsAndFiltersByPortal();
    void restartOpensLastPortal();

private:
    std::unique_ptr<b24::SandboxServer> m_server;
};

void TestPortalHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = b24::test::startSandbox(80);
    QVERIFY(m_server);
}

void TestPortalHistory::batchReopensAndCopiesAsCurl()
{
    b24::test::WindowFixture fixture;
    auto window = b24::test::openWindow(fixture.services(), *m_server);
    QVERIFY(window);
    const QList<b24::BatchCommand> commands{
        {u"first"_s, u"crm.deal.list"_s,
         b24::OrderedJson::fromJson(R"({"select":["ID"],"order":{"ID":"ASC"}})")},
        {u"one"_s, u"crm.deal.get"_s, b24::OrderedJson::fromJson(R"({"id":"$result[first][0][ID]"})")}};
    b24::RequestEditor *editor = window->request();
    editor->setRunMode(b24::RequestEditor::RunMode::Batch);
    editor->setBatchCommands(commands);
    editor->setHaltOnError(true);
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no run");

    b24::HistoryModel *model = window->history()->model();
    QTRY_VERIFY(model->rowCount() >= 1);
    QCOMPARE(model->entry(0).method, u"batch"_s);
    QCOMPARE(model->index(0, b24::HistoryModel::RowsColumn).data().toInt(), 2);

    // Reopened as the user does it (double-click), into an empty single-call editor.
    editor->setRunMode(b24::RequestEditor::RunMode::Single);
    editor->setBatchCommands({});
    editor->setMethod(u"crm.deal.list"_s);
    QTableView *table = window->history()->table();
    table->setCurrentIndex(model->index(0, b24::HistoryModel::MethodColumn));
    emit table->doubleClicked(table->currentIndex());
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::Batch);
    QCOMPARE(editor->batchCommands(), commands);
    QVERIFY(editor->haltOnError());

    // Copy as curl: the body the portal receives, the secret masked.
    QAction *curl = historyAction(*window, u"Copy as curl"_s);
    QVERIFY(curl);
    curl->trigger();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QString::fromUtf8(b24::BatchCommand::requestBody(commands, true))),
             qPrintable(copied));
    QVERIFY(copied.contains(u"/rest/1/••••/batch"_s));
    const QString secret = m_server->webhookUrl().section(u'/', 5, 5);
    QVERIFY(!copied.contains(secret));
}

void TestPortalHistory::historyShowsAndFiltersByPortal()
{
    b24::test::WindowFixture fixture;
    b24::MainWindow window(fixture.services());
    window.show();
    QVERIFY(window.session()->openUrl(u"Portal A"_s, m_server->webhookUrl(), {m_server->certificate()}));
    window.request()->setMethod(u"crm.deal.list"_s);
    window.request()->setRunMode(b24::RequestEditor::RunMode::Single);
    QVERIFY(b24::test::runAndWait(window));
    QVERIFY(window.results()->tableModel()->rowTotal() > 0);
    b24::HistoryModel *model = window.history()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, b24::HistoryModel::PortalColumn).data().toString(), u"Portal A"_s);
    // Rows is filled for a single call too (one page: 50 of the 80 deals).
    QCOMPARE(model->index(0, b24::HistoryModel::RowsColumn).data().toInt(), 50);

    // Another portal: the rows of the first are not shown under its name.
    QVERIFY(window.session()->openUrl(u"Portal B"_s, m_server->webhookUrl(), {m_server->certificate()}));
    QCOMPARE(window.results()->tableModel()->rowTotal(), 0);
    QVERIFY(window.windowTitle().startsWith(u"Portal B"_s));
    QComboBox *filter = window.history()->portalFilter();
    QCOMPARE(filter->currentText(), u"Portal B"_s);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(b24::test::runAndWait(window));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, b24::HistoryModel::PortalColumn).data().toString(), u"Portal B"_s);
    filter->setCurrentIndex(filter->findData(QString()));
    QCOMPARE(filter->currentText(), u"All portals"_s);
    QCOMPARE(model->rowCount(), 2);
    filter->setCurrentIndex(filter->findText(u"Portal A"_s));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).portal, u"Portal A"_s);
}

void TestPortalHistory::restartOpensLastPortal()
{
    b24::test::WindowFixture fixture;
    const QString id =
        b24::test::addProfile(fixture.profiles, u"Sandbox saved"_s, m_server->webhookUrl(), this);
    QVERIFY(!id.isEmpty());
    {
        b24::MainWindow first(fixture.services());
        first.show();
        // Nothing was used yet: the welcome page.
        QTest::qWait(20);
        QVERIFY(first.showsWelcome());
        QSignalSpy opened(first.session(), &b24::Session::hookChanged);
        first.session()->openProfile(id);
        QVERIFY(opened.count() == 1 || opened.wait(5000));
        QVERIFY(!first.showsWelcome());
    }
    b24::MainWindow second(fixture.services());
    second.show();
    QTRY_COMPARE(second.session()->profileId(), id);
    QVERIFY(second.session()->hook());
    QVERIFY(!second.showsWelcome());
    QVERIFY(second.windowTitle().startsWith(u"Sandbox saved"_s));
    QCOMPARE(second.profileSwitcher()->currentText(), u"Sandbox saved"_s);
}

QTEST_MAIN(TestPortalHistory)
#include "tst_portalhistory.moc"
