// What an admin must be able to rely on in the window: the run mode follows the method (a write
// is never paged), parameters written for another method are never sent silently, a method name
// is checked before anything goes out, and the status bar never keeps an old problem.
#include "tests/gui/windowfixture.h"
#include "ui/main/runprogress.h"
#include "ui/request/carriedparamsbar.h"
#include "ui/request/editors/fieldeditor.h"
#include "ui/request/fieldform.h"
#include "ui/request/filterbuilder.h"
#include "ui/request/methodbox.h"
#include "ui/request/paramspane.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The params each call of `name` received, as the portal parsed them (top-level keys).
struct CallLog
{
    QList<QStringList> keys;
};

void addRecordedMethod(b24::Portal &portal, const QString &name, const QString &realMethod,
                       std::shared_ptr<CallLog> log)
{
    const b24::MethodHandler real = portal.methods().find(realMethod)->handler;
    portal.methods().add(name, u"crm"_s, [real, log](const b24::CallContext &call) {
        QStringList keys;
        for (const auto &entry : call.params.entries())
            keys.append(entry.key);
        log->keys.append(keys);
        return real(call);
    });
}

void typeMethod(b24::MainWindow &window, const QString &method)
{
    QLineEdit *edit = window.request()->methodBox()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, method);
}

void pressRun(b24::MainWindow &window)
{
    QTest::keyClick(window.request()->methodBox()->lineEdit(), Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

class TestAdminSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runModeFollowsTheMethod();
    void pagingAWriteIsRefusedBeforeSending();
    void paramsOfThePreviousMethodAreShownOrDropped();
    void keptParamsClearWithOneClick();
    void methodNameIsCheckedBeforeSending();
    void buildersFollowTheMethod();
    void staleStatusClearsOnTheNextRun();
    void firstStartShowsTheWholeWelcome();
    void decimalCommaGetsAHint();

private:
    std::unique_ptr<b24::SandboxServer> m_server;
    std::shared_ptr<CallLog> m_adds = std::make_shared<CallLog>();
    std::unique_ptr<b24::test::WindowFixture> m_fixture;
    std::unique_ptr<b24::MainWindow> m_window;
};

void TestAdminSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = b24::test::startSandbox(120, {{u"contacts"_s, 60}});
    QVERIFY(m_server);
    addRecordedMethod(m_server->portal(), u"audit.contact.add"_s, u"crm.contact.add"_s, m_adds);
}

void TestAdminSafety::init()
{
    m_adds->keys.clear();
    m_fixture = std::make_unique<b24::test::WindowFixture>();
    m_window = b24::test::openWindow(m_fixture->services(), *m_server);
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAdminSafety::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestAdminSafety::runModeFollowsTheMethod()
{
    b24::RequestEditor *editor = m_window->request();
    // The window opens on crm.deal.list, all pages.
    QCOMPARE(editor->method(), u"crm.deal.list"_s);
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::AllPages);
    auto *mode = editor->findChild<QComboBox *>(u"runMode"_s);
    auto *model = qobject_cast<QStandardItemModel *>(mode->model());
    const int allPages = mode->findData(int(b24::RequestEditor::RunMode::AllPages));

    typeMethod(*m_window, u"audit.contact.add"_s);
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::Single);
    QVERIFY2(!model->item(allPages)->isEnabled(), "All pages must not be offered for a write");
    editor->setParams(b24::OrderedJson::fromJson(R"({"fields":{"NAME":"Ann"}})"));
    const auto summary = b24::test::runAndWait(*m_window);
    QVERIFY(summary);
    QCOMPARE(summary->mode, b24::RunController::Mode::Single);
    QVERIFY2(summary->ok, qPrintable(summary->status));
    QCOMPARE(m_adds->keys.size(), 1); // one contact, no duplicate from a retry

    // Back on a list, the mode the user chose comes back.
    typeMethod(*m_window, u"crm.contact.list"_s);
    QVERIFY(model->item(allPages)->isEnabled());
    QCOMPARE(editor->runMode(), b24::RequestEditor::RunMode::AllPages);
}

void TestAdminSafety::pagingAWriteIsRefusedBeforeSending()
{
    b24::RequestEditor *editor = m_window->request();
    typeMethod(*m_window, u"audit.contact.add"_s);
    // Even if the mode is forced past the editor (the combo's item is disabled for users) ...
    auto *mode = editor->findChild<QComboBox *>(u"runMode"_s);
    mode->setCurrentIndex(mode->findData(int(b24::RequestEditor::RunMode::AllPages)));
    QVERIFY(editor->validationErrors().join(u' ').contains(u"list methods only"_s));
    QSignalSpy started(m_window->runs(), &b24::RunController::started);
    pressRun(*m_window);
    QTest::qWait(100);
    QCOMPARE(started.size(), 0);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"list methods only"_s));
    // ... and core refuses to page a write before anything goes out.
    QSignalSpy finished(m_window->runs(), &b24::RunController::finished);
    m_window->runs()->run(u"audit.contact.add"_s, {}, b24::RunController::Mode::AllPages);
    QVERIFY(finished.wait(10000));
    const auto summary = finished.first().first().value<b24::RunController::Summary>();
    QCOMPARE(summary.code, u"LIST_NOT_A_LIST"_s);
    QCOMPARE(summary.requests, 0);
    QCOMPARE(m_adds->keys.size(), 0);
}

void TestAdminSafety::paramsOfThePreviousMethodAreShownOrDropped()
{
    b24::RequestEditor *editor = m_window->request();
    typeMethod(*m_window, u"crm.contact.list"_s);
    editor->setParams(b24::OrderedJson::fromJson(R"({"filter":{"LAST_NAME":"Doe"},"select":["ID"]})"));
    QVERIFY(editor->carriedNote().isEmpty());

    typeMethod(*m_window, u"audit.contact.add"_s);
    const QString note = editor->carriedNote();
    QVERIFY2(note.contains(u"audit.contact.add does not take them: filter, select"_s), qPrintable(note));
    QVERIFY(editor->params().isEmpty());
    // Back on the method they were written for, they are all there again.
    typeMethod(*m_window, u"crm.contact.list"_s);
    QVERIFY(editor->carriedNote().isEmpty());
    QCOMPARE(editor->params().keyAt(0), u"filter"_s);

    // The user fills the form for the write: the note goes, and the filter never reaches the portal.
    typeMethod(*m_window, u"audit.contact.add"_s);
    editor->setParams(b24::OrderedJson::fromJson(R"({"fields":{"NAME":"Ann"}})"));
    QVERIFY(editor->carriedNote().isEmpty());
    const auto summary = b24::test::runAndWait(*m_window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no run");
    QCOMPARE(m_adds->keys.size(), 1);
    QCOMPARE(m_adds->keys.first(), QStringList{u"fields"_s});
}

void TestAdminSafety::keptParamsClearWithOneClick()
{
    b24::RequestEditor *editor = m_window->request();
    typeMethod(*m_window, u"crm.contact.list"_s);
    editor->setParams(b24::OrderedJson::fromJson(R"({"filter":{"LAST_NAME":"Doe"}})"));
    typeMethod(*m_window, u"crm.deal.list"_s);
    auto *bar = editor->findChild<b24::CarriedParamsBar *>();
    QVERIFY(bar->isVisible());
    QVERIFY2(editor->carriedNote().contains(u"Kept from crm.contact.list: filter"_s),
             qPrintable(editor->carriedNote()));
    QVERIFY(bar->clearButton()->isVisible());
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QVERIFY(editor->params().isEmpty());
    QVERIFY(!bar->isVisible());
    // Cleared for good: going back does not bring them again.
    typeMethod(*m_window, u"crm.contact.list"_s);
    QVERIFY(editor->params().isEmpty());

    // Keep: the parameters now belong to the new method, and the note goes.
    editor->setParams(b24::OrderedJson::fromJson(R"({"filter":{"LAST_NAME":"Doe"}})"));
    typeMethod(*m_window, u"crm.lead.list"_s);
    QVERIFY(bar->isVisible());
    QTest::mouseClick(bar->keepButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(bar->origin(), u"crm.lead.list"_s);
    QCOMPARE(editor->params().keyAt(0), u"filter"_s);
}

void TestAdminSafety::methodNameIsCheckedBeforeSending()
{
    b24::RequestEditor *editor = m_window->request();
    editor->setRunMode(b24::RequestEditor::RunMode::Single);
    typeMethod(*m_window, uR"({"method":"crm.deal.list"})"_s);
    auto *run = editor->findChild<QPushButton *>(u"run"_s);
    QVERIFY(!run->isEnabled());
    auto *problems = editor->findChild<QLabel *>(u"problems"_s);
    QVERIFY2(problems->text().contains(u"is not a method name"_s), qPrintable(problems->text()));
    QSignalSpy started(m_window->runs(), &b24::RunController::started);
    pressRun(*m_window);
    QTest::qWait(50);
    QCOMPARE(started.size(), 0);
    // A pasted webhook URL is refused too, without showing its secret.
    const QString url = m_server->webhookUrl() + u"crm.deal.list"_s;
    typeMethod(*m_window, url);
    const QString secret = url.section(u'/', 5, 5);
    QVERIFY(secret.size() > 6);
    QVERIFY(problems->text().contains(u"is not a method name"_s));
    QVERIFY(!problems->text().contains(secret));
}

void TestAdminSafety::buildersFollowTheMethod()
{
    b24::ParamsPane *pane = m_window->request()->paramsPane();
    typeMethod(*m_window, u"crm.deal.list"_s);
    QVERIFY(!pane->isTabVisible(pane->indexOf(static_cast<QWidget *>(pane->fieldForm()))));
    QVERIFY(pane->isTabVisible(pane->indexOf(static_cast<QWidget *>(pane->filterBuilder()))));
    // Field names in the filter builder are whole ("ASSIGNED_BY_ID", not "ASSI…Y_ID").
    QTRY_VERIFY_WITH_TIMEOUT(!pane->specs().isEmpty(), 10000);
    auto *rows = pane->filterBuilder()->findChild<QTableWidget *>();
    QVERIFY(rows);
    QVERIFY(rows->columnWidth(0) > rows->fontMetrics().horizontalAdvance(u"ASSIGNED_BY_ID"_s) + 20);
    typeMethod(*m_window, u"crm.deal.add"_s);
    QVERIFY(pane->isTabVisible(pane->indexOf(static_cast<QWidget *>(pane->fieldForm()))));
    QVERIFY(!pane->isTabVisible(pane->indexOf(static_cast<QWidget *>(pane->filterBuilder()))));
}

void TestAdminSafety::staleStatusClearsOnTheNextRun()
{
    typeMethod(*m_window, u"crm deal"_s);
    pressRun(*m_window);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"not a method name"_s));
    typeMethod(*m_window, u"crm.deal.list"_s);
    m_window->request()->setRunMode(b24::RequestEditor::RunMode::Single);
    const auto summary = b24::test::runAndWait(*m_window);
    QVERIFY(summary && summary->ok);
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(u"not a method name"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(
        !m_window->request()->findChild<QLabel *>(u"problems"_s)->text().contains(u"not a method name"_s));
}

void TestAdminSafety::firstStartShowsTheWholeWelcome()
{
    b24::test::WindowFixture fixture;
    b24::MainWindow window(fixture.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showsWelcome());
    // Most of the screen, at least 1100 wide where the screen has it; not a small window.
    const QSize available = window.screen()->availableSize();
    QVERIFY2(window.width() >= qMin(1100, available.width()) &&
                 window.width() >= available.width() * 4 / 5 - 1,
             qPrintable(u"%1 of %2"_s.arg(window.width()).arg(available.width())));
    auto *text = window.findChild<QLabel *>(u"welcomeText"_s);
    QVERIFY(text && text->isVisible());
    QVERIFY2(text->height() >= text->heightForWidth(text->width()),
             qPrintable(u"%1 < %2"_s.arg(text->height()).arg(text->heightForWidth(text->width()))));
    // An empty progress frame says nothing before the first run.
    QVERIFY(!window.runProgress()->bar()->isVisible());
}

void TestAdminSafety::decimalCommaGetsAHint()
{
    b24::RequestEditor *editor = m_window->request();
    typeMethod(*m_window, u"crm.deal.add"_s);
    b24::FieldForm *form = editor->paramsPane()->fieldForm();
    QTRY_VERIFY_WITH_TIMEOUT(form->editor(u"OPPORTUNITY"_s), 10000);
    auto *line = form->editor(u"OPPORTUNITY"_s)->findChild<QLineEdit *>();
    QVERIFY(line);
    QTest::keyClicks(line, u"12,5"_s);
    QVERIFY2(editor->validationErrors().join(u' ').contains(u"use a dot, 12.5"_s),
             qPrintable(editor->validationErrors().join(u' ')));
    // Read-only fields are not offered on an *.add form; required ones come first.
    QVERIFY(form->editor(u"ID"_s));
    QVERIFY(!form->editor(u"ID"_s)->isVisibleTo(form));
    QVERIFY(form->editor(u"TITLE"_s)->isVisibleTo(form));
    QCOMPARE(editor->paramsPane()->currentWidget(), static_cast<QWidget *>(form));
    // Rows by title ("Name" before "Modified by" is the reason), not by code.
    QList<QPair<int, QString>> rows;
    for (const b24::FieldDescriptor &spec : form->specs()) {
        if (!form->editor(spec.name)->isVisibleTo(form))
            continue;
        int row = -1;
        QFormLayout::ItemRole role;
        auto *layout = qobject_cast<QFormLayout *>(form->label(spec.name)->parentWidget()->layout());
        layout->getWidgetPosition(form->editor(spec.name), &row, &role);
        rows.append({row, spec.isRequired ? u"0"_s + spec.displayTitle() : u"1"_s + spec.displayTitle()});
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY2(QString::localeAwareCompare(rows.at(i - 1).second, rows.at(i).second) <= 0,
                 qPrintable(rows.at(i - 1).second + u" > "_s + rows.at(i).second));
}

QTEST_MAIN(TestAdminSafety)
#include "tst_adminsafety.moc"
