// REST 3.0 in the explorer window, against the sandbox over HTTPS: the API switch beside the method
// box (its default from the webhook URL), single calls, all pages and writes under /rest/api/, the
// item and validation errors as the user reads them, the Idempotency-Key in Headers & timing, and
// history that reopens a request with its API.
#include "core/catalog/openapicache.h"
#include "core/profiles/historycurl.h"
#include "tests/gui/windowfixture.h"
#include "ui/history/historymodel.h"
#include "ui/history/historyview.h"
#include "ui/main/namepresenter.h"
#include "ui/main/requestlibrary.h"
#include "ui/main/runprogress.h"
#include "ui/request/methodbox.h"
#include "ui/request/paramspane.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"
#include "ui/saved/savedrequestsview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTasks = 180; // more than the 50 tasks.task.list answers a page

QComboBox *apiBox(b24::MainWindow &window)
{
    return window.request()->findChild<QComboBox *>(u"apiVersion"_s);
}

QString columnText(b24::ResultTableModel *model, int row, const QString &column)
{
    return model->cellText(row, int(model->columns().indexOf(column)));
}

} // namespace

class TestExplorerV3 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pastedApiWebhookDefaultsToV3AndV2StillWorks();
    void portalsV3MethodsAreOfferedWithTheirForms();
    void portalsV3CatalogIsCachedPerProfile();
    void singleCallShowsTheItem();
    void allPagesShowsEveryTaskOnce();
    void tailIsOfferedAllPages();
    void writeAsksThenShowsItsIdempotencyKey();
    void replayedAnswerIsSaidSo();
    void validationErrorShowsEachField();
    void historyReopensWithItsApi();
    void savedRequestKeepsItsApi();

private:
    std::unique_ptr<b24::MainWindow> openV3(b24::test::WindowFixture &fixture);
    QString v3Url() const
    {
        QString url = m_server->webhookUrl();
        return url.replace(u"/rest/"_s, u"/rest/api/"_s);
    }

    std::unique_ptr<b24::SandboxServer> m_server;
};

void TestExplorerV3::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = b24::test::startSandbox(60, {{u"tasks"_s, kTasks}});
    QVERIFY(m_server);
}

std::unique_ptr<b24::MainWindow> TestExplorerV3::openV3(b24::test::WindowFixture &fixture)
{
    auto window = std::make_unique<b24::MainWindow>(fixture.services());
    window->show();
    if (!window->session()->openUrl(u"Sandbox v3"_s, v3Url(), {m_server->certificate()}))
        return nullptr;
    return window;
}

void TestExplorerV3::pastedApiWebhookDefaultsToV3AndV2StillWorks()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    b24::RequestEditor *editor = window->request();
    QCOMPARE(editor->api(), b24::ApiVersion::V3);
    QCOMPARE(apiBox(*window)->currentData().toInt(), int(b24::ApiVersion::V3));

    // The same webhook, the classic protocol chosen by hand: a v2 method runs as before.
    QSignalSpy changed(editor, &b24::RequestEditor::apiChanged);
    b24::test::chooseApi(*window, b24::ApiVersion::V2);
    QCOMPARE(changed.size(), 1);
    editor->openRequest(u"crm.deal.list"_s, b24::OrderedJson::fromJson(R"({"select":["ID","TITLE"]})"),
                        b24::RequestEditor::RunMode::Single, editor->api());
    QCOMPARE(editor->api(), b24::ApiVersion::V2);
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no run");
    QCOMPARE(summary->api, b24::ApiVersion::V2);
    QCOMPARE(summary->rows, 50);
    QVERIFY(window->results()->headersText().contains(u"API: classic REST (v2)"_s));
    QVERIFY(window->results()->headersText().contains(u"/rest/1/••••/crm.deal.list"_s));
}

void TestExplorerV3::portalsV3MethodsAreOfferedWithTheirForms()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    b24::MethodBox *box = window->request()->methodBox();
    // The portal's OpenAPI document (asked once the switch is on v3) lists tasks.task.get, which the
    // shipped documentation does not mark as REST 3.0.
    QTRY_VERIFY_WITH_TIMEOUT(
        [box] {
            box->search(u"tasks.task"_s);
            return box->offeredMethods().contains(u"tasks.task.get"_s);
        }(),
        20000);
    QVERIFY(box->offeredMethods().contains(u"tasks.task.list"_s));
    b24::test::typeMethod(*window, u"tasks.task.list"_s);
    QCOMPARE(box->badgeText(), u"available (REST 3.0)"_s);
    // The parameter pane gets the method's description: REST 3.0 forms and builders.
    b24::ParamsPane *pane = window->request()->paramsPane();
    QCOMPARE(pane->api(), b24::ApiVersion::V3);
    QVERIFY(pane->v3Method());
    QCOMPARE(pane->v3Method()->name, u"tasks.task.list"_s);
    // Back on v2 the classic builders return; the method and parameters stay.
    b24::test::chooseApi(*window, b24::ApiVersion::V2);
    QCOMPARE(pane->api(), b24::ApiVersion::V2);
    QCOMPARE(window->request()->method(), u"tasks.task.list"_s);
}

void TestExplorerV3::portalsV3CatalogIsCachedPerProfile()
{
    b24::test::WindowFixture fixture;
    // A saved profile whose address names REST 3.0: its window starts on v3 and asks the catalog.
    const QString id = b24::test::addProfile(fixture.profiles, u"Tasks"_s, v3Url(), this);
    QVERIFY(!id.isEmpty());
    QFile::remove(b24::OpenApiCache::filePath(id));
    {
        b24::MainWindow window(fixture.services());
        window.session()->setTrustedCertificates({m_server->certificate()});
        window.session()->openProfile(id);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->hook(), 10000);
        QCOMPARE(window.request()->api(), b24::ApiVersion::V3);
        QTRY_VERIFY_WITH_TIMEOUT(window.request()->methodBox()->isKnownV3(u"tasks.task.get"_s), 20000);
    }
    const auto cached = b24::OpenApiCache::load(id);
    QVERIFY(cached);
    QVERIFY(cached->find(u"tasks.task.get"_s));
    // The next window answers from the cache while the portal answers nothing but gateway pages.
    QVERIFY(m_server->faults().setSpec(u"html502=1"_s));
    {
        b24::MainWindow window(fixture.services());
        window.session()->setTrustedCertificates({m_server->certificate()});
        window.session()->openProfile(id);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->hook(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.request()->methodBox()->isKnownV3(u"tasks.task.get"_s), 5000);
    }
    m_server->faults().setSpec({});
}

void TestExplorerV3::singleCallShowsTheItem()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    window->request()->openRequest(u"tasks.task.get"_s,
                                   b24::OrderedJson::fromJson(R"({"id":7,"select":["id","title"]})"),
                                   b24::RequestEditor::RunMode::Single, b24::ApiVersion::V3);
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no run");
    b24::ResultTableModel *model = window->results()->tableModel();
    QCOMPARE(model->rowTotal(), 1);
    // The item's fields are the columns, as a v2 row's are (not one "item" column).
    QVERIFY2(model->columns().contains(u"title"_s), qPrintable(model->columns().join(u',')));
    QCOMPARE(columnText(model, 0, u"id"_s), u"7"_s);
    const QString headers = window->results()->headersText();
    QVERIFY2(headers.contains(u"API: REST 3.0 (v3)"_s), qPrintable(headers));
    QVERIFY2(headers.contains(u"/rest/api/1/••••/tasks.task.get"_s), qPrintable(headers));
    QVERIFY(!headers.contains(u"Idempotency-Key sent"_s)); // a read carries none
    const QString secret = m_server->webhookUrl().section(u'/', 5, 5);
    QVERIFY(!headers.contains(secret));
}

void TestExplorerV3::allPagesShowsEveryTaskOnce()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    window->request()->openRequest(u"tasks.task.list"_s,
                                   b24::OrderedJson::fromJson(R"({"select":["id","title"]})"),
                                   b24::RequestEditor::RunMode::AllPages, b24::ApiVersion::V3);
    QCOMPARE(window->request()->runMode(), b24::RequestEditor::RunMode::AllPages);
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no run");
    QCOMPARE(summary->api, b24::ApiVersion::V3);
    b24::ResultTableModel *model = window->results()->tableModel();
    QCOMPARE(model->rowTotal(), kTasks);
    QSet<QString> ids;
    for (int row = 0; row < model->rowTotal(); ++row)
        ids.insert(columnText(model, row, u"id"_s));
    QCOMPARE(ids.size(), kTasks);
    QVERIFY(summary->requests > 3); // pages of 50, not one answer
    // REST 3.0 rows name references through select relations: no classic name lookups are spent.
    QTest::qWait(200); // a lookup started with the run would have answered long before its 4 pages
    QCOMPARE(window->names()->requestCount(), 0);
}

void TestExplorerV3::tailIsOfferedAllPages()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    b24::RequestEditor *editor = window->request();
    editor->openRequest(u"main.eventlog.tail"_s,
                        b24::OrderedJson::fromJson(R"({"cursor":{"field":"id","value":0,"limit":50}})"),
                        b24::RequestEditor::RunMode::AllPages, b24::ApiVersion::V3);
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::AllPages);
    QVERIFY2(editor->validationErrors().isEmpty(), qPrintable(editor->validationErrors().join(u'\n')));
    // The same name under the classic API is no list: a single call.
    b24::test::chooseApi(*window, b24::ApiVersion::V2);
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::Single);
}

void TestExplorerV3::writeAsksThenShowsItsIdempotencyKey()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    QSignalSpy started(window->runs(), &b24::RunController::started);
    QSignalSpy finished(window->runs(), &b24::RunController::finished);
    // A classic write's question names no REST 3.0 and no key; cancelled, nothing is sent.
    window->request()->openRequest(u"crm.deal.add"_s,
                                   b24::OrderedJson::fromJson(R"({"fields":{"TITLE":"v2"}})"),
                                   b24::RequestEditor::RunMode::Single, b24::ApiVersion::V2);
    window->runCurrent();
    QPointer<QMessageBox> classic = window->writeConfirmation()->pending();
    QVERIFY(classic);
    QVERIFY2(classic->text().contains(u"crm.deal.add"_s), qPrintable(classic->text()));
    QVERIFY2(!classic->text().contains(u"REST 3.0"_s), qPrintable(classic->text()));
    QVERIFY2(!classic->text().contains(u"Idempotency-Key"_s), qPrintable(classic->text()));
    classic->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!window->writeConfirmation()->pending());

    window->request()->openRequest(u"tasks.task.add"_s,
                                   b24::OrderedJson::fromJson(R"({"fields":{"title":"Call back from v3"}})"),
                                   b24::RequestEditor::RunMode::Single, b24::ApiVersion::V3);
    window->runCurrent();
    QMessageBox *ask = window->writeConfirmation()->pending();
    QVERIFY(ask); // a REST 3.0 write asks as a classic one does, naming the API and its key
    QVERIFY(ask->text().contains(u"tasks.task.add"_s));
    QVERIFY2(ask->text().contains(u"via REST 3.0 (/rest/api/)"_s), qPrintable(ask->text()));
    QVERIFY2(ask->text().contains(u"Idempotency-Key"_s), qPrintable(ask->text()));
    QTest::qWait(200);
    QCOMPARE(started.size(), 0); // nothing sent while the question is up
    ask->findChild<QPushButton *>(u"confirmWriteSend"_s)->click();
    QVERIFY(finished.wait(30000));
    const auto summary = finished.first().first().value<b24::RunController::Summary>();
    QVERIFY2(summary.ok, qPrintable(summary.status));
    QCOMPARE(window->results()->tableModel()->rowTotal(), 1);
    QCOMPARE(columnText(window->results()->tableModel(), 0, u"title"_s), u"Call back from v3"_s);
    const QString headers = window->results()->headersText();
    const QRegularExpression key(u"Idempotency-Key sent: (\\S+)"_s);
    const QRegularExpressionMatch match = key.match(headers);
    QVERIFY2(match.hasMatch(), qPrintable(headers));
    QVERIFY(match.captured(1).size() >= 1 && match.captured(1).size() <= 255); // §11.6's rule
    QVERIFY2(headers.contains(u"Replayed: no"_s), qPrintable(headers));
}

void TestExplorerV3::replayedAnswerIsSaidSo()
{
    // Answers lost after the portal ran the write (reset connections, seed-deterministic): the
    // client sends it again with the same key and the portal replays its stored answer.
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    QVERIFY(m_server->faults().setSpec(u"reset=0.5"_s));
    bool replayed = false;
    for (int i = 0; i < 12 && !replayed; ++i) {
        window->request()->openRequest(
            u"tasks.task.add"_s,
            b24::OrderedJson::fromJson(u"{\"fields\":{\"title\":\"Replay %1\"}}"_s.arg(i).toUtf8()),
            b24::RequestEditor::RunMode::Single, b24::ApiVersion::V3);
        const auto summary = b24::test::runAndWait(*window);
        QVERIFY(summary);
        replayed = summary->ok && window->results()->headersText().contains(u"Replayed: yes"_s);
    }
    m_server->faults().setSpec({});
    QVERIFY2(replayed, "no answer was replayed: the faults lost nothing");
    QVERIFY(window->results()->headersText().contains(u"Idempotent-Replayed: true"_s));
}

void TestExplorerV3::validationErrorShowsEachField()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    window->request()->openRequest(u"tasks.task.add"_s,
                                   b24::OrderedJson::fromJson(R"({"fields":{"title":"","status":"bogus"}})"),
                                   b24::RequestEditor::RunMode::Single, b24::ApiVersion::V3);
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY(summary);
    QVERIFY(!summary->ok);
    QCOMPARE(summary->validation.size(), 2);
    // Each refused field on its own line above the result, and in the status bar's line.
    const QString notes = window->results()->notesText();
    QVERIFY2(notes.contains(u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"fields.status: Unknown status `bogus`"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"fields.title: Field `title` must not be empty"_s), qPrintable(notes));
    const QString status = window->runProgress()->text();
    QVERIFY2(status.contains(u"fields.title"_s) && status.contains(u"fields.status"_s), qPrintable(status));
}

void TestExplorerV3::historyReopensWithItsApi()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    b24::RequestEditor *editor = window->request();
    editor->openRequest(u"tasks.task.get"_s, b24::OrderedJson::fromJson(R"({"id":3})"),
                        b24::RequestEditor::RunMode::Single, b24::ApiVersion::V3);
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no run");

    b24::HistoryModel *model = window->history()->model();
    QTRY_VERIFY(model->rowCount() >= 1);
    QCOMPARE(model->entry(0).api, b24::ApiVersion::V3);
    QVERIFY(model->index(0, b24::HistoryModel::MethodColumn).data().toString().contains(u"REST 3.0"_s));

    // Another request in v2, then the entry reopened as the user does it (double-click).
    b24::test::chooseApi(*window, b24::ApiVersion::V2);
    editor->setMethod(u"crm.deal.list"_s);
    QTableView *table = window->history()->table();
    table->setCurrentIndex(model->index(0, b24::HistoryModel::MethodColumn));
    emit table->doubleClicked(table->currentIndex());
    QCOMPARE(editor->api(), b24::ApiVersion::V3);
    QCOMPARE(apiBox(*window)->currentData().toInt(), int(b24::ApiVersion::V3));
    QCOMPARE(editor->method(), u"tasks.task.get"_s);

    // Copy as curl: the REST 3.0 address.
    for (QAction *action : table->actions()) {
        if (action->text() == u"Copy as curl"_s)
            action->trigger();
    }
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"/rest/api/1/••••/tasks.task.get"_s), qPrintable(copied));

    // A line written before the API was kept is a classic call.
    const auto old = b24::HistoryEntry::fromJson(b24::OrderedJson::fromJson(
        R"({"time":"2026-01-01T00:00:00.000Z","profile":"p","method":"crm.deal.get","params":{},"status":"ok"})"));
    QVERIFY(old);
    QCOMPARE(old->api, b24::ApiVersion::V2);
    b24::HistoryEntry v3 = *old;
    v3.api = b24::ApiVersion::V3;
    QCOMPARE(b24::HistoryEntry::fromJson(v3.toJson())->api, b24::ApiVersion::V3);
}

void TestExplorerV3::savedRequestKeepsItsApi()
{
    b24::test::WindowFixture fixture;
    auto window = openV3(fixture);
    QVERIFY(window);
    b24::RequestEditor *editor = window->request();
    editor->openRequest(u"tasks.task.list"_s, b24::OrderedJson::fromJson(R"({"select":["id"]})"),
                        b24::RequestEditor::RunMode::AllPages, b24::ApiVersion::V3);
    QVERIFY(!window->library()->saveCurrent(u"Tasks v3"_s).isEmpty());
    const QList<b24::SavedRequest> kept = fixture.saved.requests(u"Sandbox v3"_s);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().apiVersion, u"v3"_s);
    b24::test::chooseApi(*window, b24::ApiVersion::V2);
    editor->setMethod(u"crm.deal.list"_s);
    window->library()->saved()->list()->setCurrentRow(0);
    window->library()->saved()->openCurrent();
    QCOMPARE(editor->method(), u"tasks.task.list"_s);
    QCOMPARE(editor->api(), b24::ApiVersion::V3);
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::AllPages);
    // An export names it; an unknown API is refused on import, not guessed.
    QString error;
    QVERIFY(!b24::SavedRequest::fromJson(
        b24::OrderedJson::fromJson(R"({"name":"x","method":"tasks.task.get","apiVersion":"v4"})"), &error));
    QVERIFY(error.contains(u"v4"_s));
}

QTEST_MAIN(TestExplorerV3)
#include "tst_explorerv3.moc"
