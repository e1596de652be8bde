// A result that is not whole says so wherever it shows (table, status bar, export dialog and the
// exported file's name); a run that retries or waits says which; Raw and Headers after All pages
// show the last answer with a note; Raw is pretty-printed with Cyrillic as text.
#include "tests/gui/windowfixture.h"
#include "ui/common/jsontreemodel.h"
#include "ui/main/runprogress.h"
#include "ui/request/paramspane.h"
#include "ui/request/requesteditor.h"
#include "ui/results/answertextview.h"
#include "ui/results/exportdialog.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QApplication>
#include <QCheckBox>
#include <QLocale>
#include <QProgressBar>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestPartialResult : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lostConnectionIsPartialEverywhere();
    void rawAndHeadersAfterAllPages();
    void rawIsPrettyWithCyrillicAsText();

private:
    std::unique_ptr<b24::SandboxServer> m_server;
    const int m_deals = 3000;
};

void TestPartialResult::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = b24::test::startSandbox(m_deals, {}, b24::PortalOptions::Plan::Unlimited);
    QVERIFY(m_server);
    m_server->portal().methods().add(u"cyrillic.get"_s, u"crm"_s, [](const b24::CallContext &) {
        b24::PhpValue row = b24::PhpValue::array();
        row.insert(u"TITLE"_s, b24::PhpValue(u"Оплата"_s));
        return b24::MethodResult::success(row);
    });
}

void TestPartialResult::lostConnectionIsPartialEverywhere()
{
    // A portal of its own: it goes away in the middle of the walk.
    const auto server = b24::test::startSandbox(m_deals, {}, b24::PortalOptions::Plan::Unlimited);
    QVERIFY(server);
    server->setLatencyMs(30);
    b24::test::WindowFixture fixture;
    auto window = b24::test::openWindow(fixture.services(), *server);
    QVERIFY(window);
    window->request()->setMethod(u"crm.deal.list"_s);
    window->request()->setRunMode(b24::RequestEditor::RunMode::AllPages);
    window->request()->setListStrategy(b24::ListOptions::Strategy::Offset);

    QSignalSpy finished(window->runs(), &b24::RunController::finished);
    QSignalSpy progress(window->runs(), &b24::RunController::progress);
    QSignalSpy retrying(window->runs(), &b24::RunController::retrying);
    window->request()->findChild<QPushButton *>(u"run"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().toLongLong() >= 100, 20000);
    server->stop();
    // The client tries again, and says so instead of "0 s left".
    QVERIFY(retrying.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(window->runProgress()->text().contains(u"Retrying (attempt 2 of "_s), 5000);
    QVERIFY(!window->runProgress()->text().contains(u"0 s left"_s));
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<b24::RunController::Summary>();
    QVERIFY(summary.partial());
    const QLocale locale;
    const QString partial =
        u"partial: %1 of %2 — connection lost"_s.arg(locale.toString(summary.rows), locale.toString(m_deals));
    QVERIFY2(window->results()->countText().contains(partial), qPrintable(window->results()->countText()));
    QVERIFY2(window->runProgress()->text().contains(partial), qPrintable(window->runProgress()->text()));
    QVERIFY(window->runProgress()->bar()->value() < window->runProgress()->bar()->maximum());

    // The export dialog says it too, and marks the file's name.
    QString dialogPartial;
    QString dialogPath;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<b24::ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogPartial = dialog->partialText();
        dialogPath = dialog->path();
        dialog->reject();
    });
    window->showExportDialog();
    QVERIFY2(dialogPartial.contains(partial), qPrintable(dialogPartial));
    QVERIFY2(dialogPath.endsWith(u"-partial.csv"_s), qPrintable(dialogPath));
}

void TestPartialResult::rawAndHeadersAfterAllPages()
{
    b24::test::WindowFixture fixture;
    auto window = b24::test::openWindow(fixture.services(), *m_server);
    QVERIFY(window);
    window->request()->setMethod(u"crm.deal.list"_s);
    window->request()->setRunMode(b24::RequestEditor::RunMode::AllPages);
    window->request()->setParams(b24::OrderedJson::fromJson(R"({"select":["STAGE_ID","*"]})"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->request()->paramsPane()->specs().isEmpty(), 10000);
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY(summary && summary->ok);
    QCOMPARE(summary->rows, qint64(m_deals));
    // Columns: the select's first, then the portal's field order (not alphabetical).
    const QStringList columns = window->results()->shownColumns();
    QVERIFY2(columns.mid(0, 4) == (QStringList{u"STAGE_ID"_s, u"ID"_s, u"TITLE"_s, u"TYPE_ID"_s}),
             qPrintable(columns.join(u',')));
    QCOMPARE(columns.size(), window->results()->tableModel()->columnCount());
    b24::ResultView *results = window->results();
    QVERIFY(results->rawText().contains(u"\"result\""_s));
    QVERIFY2(results->headersText().startsWith(u"HTTP 200"_s), qPrintable(results->headersText()));
    QVERIFY2(results->exchangeNote().contains(u"last answer of this list"_s),
             qPrintable(results->exchangeNote()));
    QVERIFY(results->countText().startsWith(u"3"_s)); // a whole list: no "partial"
    QVERIFY(!results->countText().contains(u"partial"_s));
}

void TestPartialResult::rawIsPrettyWithCyrillicAsText()
{
    b24::test::WindowFixture fixture;
    auto window = b24::test::openWindow(fixture.services(), *m_server);
    QVERIFY(window);
    window->request()->setMethod(u"cyrillic.get"_s);
    window->request()->setRunMode(b24::RequestEditor::RunMode::Single);
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY(summary && summary->ok);
    b24::ResultView *results = window->results();
    const QString pretty = results->rawText();
    QVERIFY2(pretty.contains(u"\"TITLE\": \"Оплата\""_s), qPrintable(pretty));
    QVERIFY(pretty.contains(u"\n    \"result\""_s));
    QVERIFY(results->exchangeNote().isEmpty());
    // Off: exactly as received (the portal escapes non-ASCII, as PHP does).
    results->rawView()->prettyToggle()->setChecked(false);
    QVERIFY2(!results->rawText().contains(u'\n'), qPrintable(results->rawText()));
    QVERIFY(results->rawText().contains(u"\\u041e"_s));
    // The JSON tree gives its value column the room (values were cut with "…" in an empty pane).
    auto *tree = results->findChild<QTreeView *>(u"resultTree"_s);
    QVERIFY(tree);
    auto *tabs = results->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(tabs->indexOf(tree)); // as a click on the tab does
    QTRY_VERIFY(tree->columnWidth(b24::JsonTreeModel::ValueColumn) >= tree->viewport()->width() / 3);
    // Rows is filled for a single call too.
    QCOMPARE(summary->rows, qint64(1));
    QCOMPARE(results->tableModel()->rowTotal(), 1);
}

QTEST_MAIN(TestPartialResult)
#include "tst_partialresult.moc"
