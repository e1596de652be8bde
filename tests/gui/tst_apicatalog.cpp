// The documented API in the explorer: without any portal a user finds a method by a word of its
// title, gets a form from its documentation, fills the documented example and opens its page; with
// a portal, a write is sent only after the user confirmed it.

#include "core/apidocs/docscatalog.h"
#include "tests/gui/windowfixture.h"
#include "ui/common/urlopener.h"
#include "ui/main/welcomepage.h"
#include "ui/main/writeconfirmation.h"
#include "ui/request/editors/choiceeditor.h"
#include "ui/request/editors/fieldeditor.h"
#include "ui/request/editors/jsonvalueeditor.h"
#include "ui/request/fieldform.h"
#include "ui/request/methodbox.h"
#include "ui/request/paramspane.h"
#include "ui/request/rawjsoneditor.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using b24::MainWindow;

namespace {

class RecordingOpener final : public b24::UrlOpener
{
public:
    bool open(const QUrl &url) override
    {
        opened.append(url);
        return true;
    }
    QList<QUrl> opened;
};

void typeMethod(MainWindow &window, const QString &text)
{
    QLineEdit *edit = window.request()->methodBox()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    // Key by key, as typed; keyClicks takes Latin-1 only, and title words are Cyrillic.
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Presses Run; true when the write question came up (it stays open for the caller to answer).
bool pressRunAsks(MainWindow &window)
{
    window.request()->findChild<QPushButton *>(u"run"_s)->click();
    return window.writeConfirmation()->pending() != nullptr;
}

void answer(MainWindow &window, bool send, bool dontAskAgain = false)
{
    QMessageBox *box = window.writeConfirmation()->pending();
    box->checkBox()->setChecked(dontAskAgain);
    if (send)
        box->findChild<QPushButton *>(u"confirmWriteSend"_s)->click();
    else
        box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!window.writeConfirmation()->pending());
}

} // namespace

class TestApiCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English)); }

    void noPortalFindsAMethodByATitleWord()
    {
        b24::test::WindowFixture fixture;
        MainWindow window(fixture.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showsWelcome());
        QTest::mouseClick(window.welcomePage()->browseButton(), Qt::LeftButton);
        QVERIFY(!window.showsWelcome());
        b24::MethodBox *box = window.request()->methodBox();
        // A word of the title (the documentation's titles are Russian), not of the name.
        typeMethod(window, u"событие"_s);
        const QStringList offered = box->offeredMethods();
        QVERIFY2(offered.contains(u"calendar.event.add"_s), qPrintable(offered.join(u' ')));
        for (const QString &name : offered) {
            const b24::MethodSpec *spec = b24::DocsCatalog::shipped().find(name);
            QVERIFY2(spec && spec->title.toLower().contains(u"событие"_s), qPrintable(name));
        }
        // Grouped by scope: a heading (not a choice) before the calendar methods.
        QAbstractItemModel *model = box->completer()->model();
        int row = 0;
        while (row < model->rowCount() &&
               model->index(row, 0).data(Qt::UserRole + 1).toString() != u"calendar.event.add"_s)
            ++row;
        int heading = row;
        while (heading >= 0 && model->flags(model->index(heading, 0)) != Qt::NoItemFlags)
            --heading;
        QVERIFY(heading >= 0);
        QCOMPARE(model->index(heading, 0).data().toString(), u"calendar"_s);
        QVERIFY2(model->index(row, 0).data().toString().contains(u"documented"_s),
                 qPrintable(model->index(row, 0).data().toString()));
        // Picked from the list as a user does.
        QAbstractItemView *popup = box->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        popup->setCurrentIndex(box->completer()->completionModel()->index(row, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(box->method(), u"calendar.event.add"_s);
        QCOMPARE(box->badgeText(), u"documented"_s);
    }

    void formFromTheDocumentationWithoutFields()
    {
        b24::test::WindowFixture fixture;
        MainWindow window(fixture.services());
        window.show();
        QTest::mouseClick(window.welcomePage()->browseButton(), Qt::LeftButton);
        typeMethod(window, u"calendar.event.add"_s);
        b24::ParamsPane *pane = window.request()->paramsPane();
        b24::FieldForm *form = pane->paramForm();
        QTRY_COMPARE(pane->currentWidget(), static_cast<QWidget *>(form));
        QVERIFY(!pane->isTabVisible(pane->indexOf(static_cast<QWidget *>(pane->fieldForm()))));
        QCOMPARE(form->editor(u"ownerId"_s)->kind(), u"integer"_s);
        QCOMPARE(form->editor(u"from"_s)->kind(), u"datetime"_s);
        QCOMPARE(form->editor(u"skip_time"_s)->kind(), u"enumeration"_s);
        QVERIFY(form->label(u"name"_s)->text().contains(u"*"_s));
        QVERIFY(!form->label(u"color"_s)->text().contains(u"*"_s));
        QVERIFY(form->label(u"ownerId"_s)->toolTip().contains(u"Идентификатор"_s));
        auto *rrule = qobject_cast<b24::JsonValueEditor *>(form->editor(u"rrule"_s));
        QVERIFY(rrule && rrule->lineEdit()->placeholderText().contains(u"FREQ"_s));

        // Typed in the widgets, sent as JSON of the right types.
        QTest::keyClicks(form->editor(u"ownerId"_s)->findChild<QLineEdit *>(), u"7"_s);
        auto *combo = form->editor(u"skip_time"_s)->findChild<QComboBox *>();
        combo->setCurrentIndex(combo->findData(u"Y"_s));
        QTest::keyClicks(form->editor(u"name"_s)->findChild<QLineEdit *>(), u"Review"_s);
        const b24::OrderedJson params = window.request()->params();
        QCOMPARE(params.value(u"ownerId"_s).toQJsonValue(), QJsonValue(7));
        QCOMPARE(params.value(u"skip_time"_s).toQJsonValue(), QJsonValue(u"Y"_s));
        QCOMPARE(params.value(u"name"_s).toQJsonValue(), QJsonValue(u"Review"_s));
        QVERIFY(
            pane->rawEditor()->findChild<QPlainTextEdit *>()->toPlainText().contains(u"\"ownerId\": 7"_s));
        // A wrong number is named before anything could be sent.
        QTest::keyClicks(form->editor(u"ownerId"_s)->findChild<QLineEdit *>(), u"x"_s);
        QVERIFY(window.request()->validationErrors().join(u' ').contains(u"ownerId"_s));
    }

    void fillExamplePutsTheDocumentedRequest()
    {
        b24::test::WindowFixture fixture;
        MainWindow window(fixture.services());
        window.show();
        QTest::mouseClick(window.welcomePage()->browseButton(), Qt::LeftButton);
        typeMethod(window, u"calendar.event.add"_s);
        b24::ParamsPane *pane = window.request()->paramsPane();
        auto *fill = qobject_cast<QPushButton *>(pane->exampleButton());
        QVERIFY(fill->isEnabled());
        QTest::mouseClick(fill, Qt::LeftButton);
        const QJsonObject example = b24::DocsCatalog::shipped().find(u"calendar.event.add"_s)->requestExample;
        QVERIFY(!example.isEmpty());
        QCOMPARE(window.request()->params().toQJsonValue(), QJsonValue(example));
        // The form shows it too.
        auto *name = pane->paramForm()->editor(u"name"_s)->findChild<QLineEdit *>();
        QCOMPARE(name->text(), example.value(u"name"_s).toString());
        // A method whose page has no example request: nothing to fill.
        const QList<b24::MethodSpec> &all = b24::DocsCatalog::shipped().methods();
        const auto none = std::find_if(all.cbegin(), all.cend(),
                                       [](const b24::MethodSpec &m) { return m.requestExample.isEmpty(); });
        QVERIFY(none != all.cend());
        typeMethod(window, none->name);
        QVERIFY(!fill->isEnabled());
    }

    void docsOpensThePageInTheInterfaceLanguage()
    {
        b24::test::WindowFixture fixture;
        MainWindow window(fixture.services());
        window.show();
        RecordingOpener opener;
        b24::ParamsPane *pane = window.request()->paramsPane();
        pane->setUrlOpener(&opener);
        QTest::mouseClick(window.welcomePage()->browseButton(), Qt::LeftButton);
        typeMethod(window, u"calendar.event.add"_s);
        const QString page = b24::DocsCatalog::shipped().find(u"calendar.event.add"_s)->page;
        QLocale::setDefault(QLocale(QLocale::English));
        QTest::mouseClick(qobject_cast<QPushButton *>(pane->docsButton()), Qt::LeftButton);
        QLocale::setDefault(QLocale(QLocale::Russian));
        QTest::mouseClick(qobject_cast<QPushButton *>(pane->docsButton()), Qt::LeftButton);
        QCOMPARE(opener.opened.size(), 2);
        QCOMPARE(opener.opened.at(0), QUrl(u"https://apidocs.bitrix24.com"_s + page));
        QCOMPARE(opener.opened.at(1), QUrl(u"https://apidocs.bitrix24.ru"_s + page));
        // Not documented: no page to open.
        typeMethod(window, u"audit.contact.add"_s);
        QVERIFY(!pane->docsButton()->isEnabled());
    }

    void writesAreConfirmedOncePerPortalAndSession()
    {
        b24::test::WindowFixture fixture;
        auto server = b24::test::startSandbox(5);
        QVERIFY(server);
        // The portal counts the writes that reach it.
        int adds = 0;
        const b24::MethodHandler add = server->portal().methods().find(u"crm.deal.add"_s)->handler;
        server->portal().methods().add(u"crm.deal.add"_s, u"crm"_s,
                                       [&adds, add](const b24::CallContext &call) {
                                           ++adds;
                                           return add(call);
                                       });
        auto window = b24::test::openWindow(fixture.services(), *server);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(!window->showsWelcome(), 10000);
        b24::RequestEditor *editor = window->request();
        QSignalSpy started(window->runs(), &b24::RunController::started);

        // Reads never ask.
        typeMethod(*window, u"crm.deal.list"_s);
        editor->setRunMode(b24::RequestEditor::RunMode::Single);
        QVERIFY(!pressRunAsks(*window));
        QTRY_COMPARE(started.size(), 1);
        QTRY_VERIFY(!window->runs()->isRunning());

        // A write asks, naming the portal by its address only; Cancel sends nothing.
        typeMethod(*window, u"crm.deal.add"_s);
        editor->setParams(b24::OrderedJson::fromJson(R"({"fields":{"TITLE":"Asked"}})"));
        QVERIFY(pressRunAsks(*window));
        const QString text = window->writeConfirmation()->pending()->text();
        QVERIFY2(text.contains(u"crm.deal.add"_s) && text.contains(server->webhookUrl().section(u'/', 0, 2)),
                 qPrintable(text));
        QVERIFY(!text.contains(server->webhookUrl().section(u'/', 5, 5)));
        answer(*window, false);
        QTest::qWait(200);
        QCOMPARE(started.size(), 1);
        QCOMPARE(adds, 0);

        // Asked again after a cancel; sent after Send; not asked again for that method.
        QVERIFY(pressRunAsks(*window));
        answer(*window, true);
        QTRY_COMPARE(started.size(), 2);
        QTRY_VERIFY(!window->runs()->isRunning());
        QCOMPARE(adds, 1);
        QVERIFY(!pressRunAsks(*window));
        QTRY_COMPARE(started.size(), 3);
        QTRY_VERIFY(!window->runs()->isRunning());

        // A batch holding another write asks, for that write only.
        editor->setBatchCommands(
            {{u"a"_s, u"crm.deal.list"_s, {}},
             {u"b"_s, u"crm.contact.add"_s, b24::OrderedJson::fromJson(R"({"fields":{"NAME":"B"}})")}});
        editor->setRunMode(b24::RequestEditor::RunMode::Batch);
        QVERIFY(pressRunAsks(*window));
        const QString batchText = window->writeConfirmation()->pending()->text();
        QVERIFY2(batchText.contains(u"crm.contact.add"_s) && !batchText.contains(u"crm.deal.list"_s),
                 qPrintable(batchText));
        // "Don't ask again": no more questions for this portal in this session.
        answer(*window, true, true);
        QTRY_COMPARE(started.size(), 4);
        QTRY_VERIFY(!window->runs()->isRunning());
        editor->setRunMode(b24::RequestEditor::RunMode::Single);
        typeMethod(*window, u"crm.deal.update"_s);
        editor->setParams(b24::OrderedJson::fromJson(R"({"id":1,"fields":{"TITLE":"B"}})"));
        QVERIFY(!pressRunAsks(*window));
        QTRY_COMPARE(started.size(), 5);
    }
};

QTEST_MAIN(TestApiCatalog)
#include "tst_apicatalog.moc"
