// The explorer's API switch follows the method (docs/protocol.md §11): a name the documentation
// knows only as REST 3.0 selects v3 once the name is committed (Enter, the box left, chosen from the
// list, Run), never while it is typed; a hand-picked API is never overridden. Against the sandbox
// over HTTPS.
#include "tests/gui/windowfixture.h"
#include "ui/request/methodbox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStatusBar>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestApiSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void documentedV3MethodSelectsV3();

private:
    std::unique_ptr<b24::SandboxServer> m_server;
};

void TestApiSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = b24::test::startSandbox(60, {{u"tasks"_s, 20}});
    QVERIFY(m_server);
}

void TestApiSwitch::documentedV3MethodSelectsV3()
{
    b24::test::WindowFixture fixture;
    auto window = b24::test::openWindow(fixture.services(), *m_server);
    QVERIFY(window);
    b24::RequestEditor *editor = window->request();
    QCOMPARE(editor->api(), b24::ApiVersion::V2); // a /rest/ address names the classic API
    // The documentation knows tasks.task.field.list as REST 3.0 only: it runs there, once the
    // name is committed; while it is typed the switch stays put (no flip-flop on the way).
    QSignalSpy switched(editor, &b24::RequestEditor::apiChanged);
    QVERIFY(b24::test::typeKeepsApi(*window, u"tasks.task.field.list"_s));
    QCOMPARE(switched.size(), 0);
    QTest::keyClick(editor->methodBox()->lineEdit(), Qt::Key_Return);
    QCOMPARE(editor->api(), b24::ApiVersion::V3);
    QCOMPARE(switched.size(), 1);
    // Another name typed under v3 keeps v3 until it is committed by leaving the box.
    QVERIFY(b24::test::typeKeepsApi(*window, u"crm.deal.get"_s));
    QCOMPARE(editor->api(), b24::ApiVersion::V3);
    emit editor->methodBox()->lineEdit()->editingFinished();
    QCOMPARE(editor->api(), b24::ApiVersion::V2);
    QCOMPARE(switched.size(), 2);
    // Chosen from the completion list: committed at once.
    QVERIFY(b24::test::typeKeepsApi(*window, u"tasks.task.field"_s));
    emit editor->methodBox()->completer()->activated(u"tasks.task.field.list"_s);
    QCOMPARE(editor->methodBox()->method(), u"tasks.task.field.list"_s);
    QCOMPARE(editor->api(), b24::ApiVersion::V3);
    b24::test::typeMethod(*window, u"tasks.task.field.list"_s);
    QCOMPARE(editor->api(), b24::ApiVersion::V3);
    QVERIFY2(window->request()->methodBox()->badgeText().contains(u"REST 3.0"_s),
             qPrintable(window->request()->methodBox()->badgeText()));
    b24::test::typeMethod(*window, u"crm.deal.list"_s);
    QCOMPARE(editor->api(), b24::ApiVersion::V2);
    // A name both APIs have stays with the profile's API, even once the portal's REST 3.0 list
    // (which holds it) is known.
    QTRY_VERIFY_WITH_TIMEOUT(editor->methodBox()->isKnownV3(u"tasks.task.get"_s), 20000);
    b24::test::typeMethod(*window, u"tasks.task.get"_s);
    QCOMPARE(editor->api(), b24::ApiVersion::V2);
    // Run straight after typing (the focus still in the box, as with Ctrl+Enter) commits the name:
    // it goes out under the API it selects.
    editor->setRunMode(b24::RequestEditor::RunMode::Single);
    QVERIFY(b24::test::typeKeepsApi(*window, u"tasks.task.field.list"_s));
    const auto summary = b24::test::runAndWait(*window);
    QVERIFY2(summary, qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(summary->api, b24::ApiVersion::V3);
    QCOMPARE(editor->api(), b24::ApiVersion::V3);
    // Chosen by hand, the API stays whatever is typed.
    b24::test::chooseApi(*window, b24::ApiVersion::V2);
    b24::test::typeMethod(*window, u"tasks.task.field.list"_s);
    QCOMPARE(editor->api(), b24::ApiVersion::V2);

    // Under v3 the method box offers REST 3.0 methods, not the classic ones.
    b24::test::chooseApi(*window, b24::ApiVersion::V3);
    window->request()->methodBox()->search(u"rest."_s);
    QVERIFY(window->request()->methodBox()->offeredMethods().contains(u"rest.scope.list"_s));
    window->request()->methodBox()->search(u"crm.deal"_s);
    QVERIFY(window->request()->methodBox()->offeredMethods().isEmpty());
}

QTEST_MAIN(TestApiSwitch)
#include "tst_apiswitch.moc"
