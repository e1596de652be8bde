#include "core/b24/b24hook.h"
#include "core/b24/batchcommand.h"
#include "core/sandbox/sandboxserver.h"
#include "ui/batch/batchcommandmodel.h"
#include "ui/batch/batcheditor.h"
#include "ui/request/editors/choiceeditor.h"
#include "ui/request/editors/lineeditor.h"
#include "ui/request/fieldform.h"
#include "ui/request/fieldrowtable.h"
#include "ui/request/filterbuilder.h"
#include "ui/request/hookschemasource.h"
#include "ui/request/methodbox.h"
#include "ui/request/orderbuilder.h"
#include "ui/request/paramspane.h"
#include "ui/request/rawjsoneditor.h"
#include "ui/request/requesteditor.h"

#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

// The request editor against the in-process sandbox portal over HTTPS: the method list, *.fields
// and crm.status.list come from a real server through core's B24Hook (HookSchemaSource).
class TestRequestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void catalogCompletesAndBadges();
    void formFromLiveFields();
    void unknownEntityClearsForm();
    void statusesFillEveryForm();
    void batchMethodsCompleteAndAreChecked();
    void formToRawJson();
    void rawJsonToForm();
    void keysKeepTheOrderTyped();
    void invalidJsonBlocksRun();
    void invalidFieldBlocksRun();
    void runModesAndStrategy();
    void batchModeCommands();
    void cancelWhileRunning();
    void fieldsMethodFor_data();
    void fieldsMethodFor();

private:
    QPushButton *button(const char *name) const
    {
        return m_editor->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    FieldForm *form() const { return m_editor->paramsPane()->fieldForm(); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<B24Hook> m_hook;
    std::unique_ptr<HookSchemaSource> m_source;
    std::unique_ptr<RequestEditor> m_editor;
};

void TestRequestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxServer>(PortalOptions{});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    ClientOptions options;
    options.extraCaCertificates = {m_server->certificate()};
    m_hook = B24Hook::fromWebhookUrl(m_server->webhookUrl(), nullptr, options);
    QVERIFY(m_hook);
}

void TestRequestEditor::init()
{
    m_source = std::make_unique<HookSchemaSource>(m_hook.get());
    m_editor = std::make_unique<RequestEditor>();
    m_editor->show();
    m_editor->setSchemaSource(m_source.get());
}

void TestRequestEditor::cleanup()
{
    m_editor.reset();
    m_source.reset();
}

void TestRequestEditor::catalogCompletesAndBadges()
{
    MethodBox *box = m_editor->methodBox();
    QTRY_VERIFY_WITH_TIMEOUT(box->hasCatalog(), 10000);
    QTest::keyClicks(box->lineEdit(), u"crm.deal.li"_s);
    QCOMPARE(box->completer()->completionPrefix(), u"crm.deal.li"_s);
    QVERIFY(box->completer()->completionCount() >= 1);
    QVERIFY(box->offeredMethods().contains(u"crm.deal.list"_s));
    box->setMethod(u"crm.deal.list"_s);
    QCOMPARE(box->status().availability, MethodCatalog::Availability::Available);
    QCOMPARE(box->badgeText(), u"available"_s);
    // The sandbox webhook has crm, user, task, department: not im.
    box->setMethod(u"im.message.add"_s);
    QCOMPARE(box->status().availability, MethodCatalog::Availability::NeedsScope);
    QVERIFY(box->badgeText().contains(u"im"_s));
}

void TestRequestEditor::formFromLiveFields()
{
    m_editor->setMethod(u"crm.deal.add"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"TITLE"_s), 10000);
    QCOMPARE(form()->editor(u"TITLE"_s)->kind(), u"text"_s);
    QCOMPARE(form()->editor(u"OPPORTUNITY"_s)->kind(), u"double"_s);
    auto *stage = qobject_cast<ChoiceEditor *>(form()->editor(u"STAGE_ID"_s));
    QVERIFY(stage);
    // The stages come from crm.status.list (DEAL_STAGE) asked for by the form.
    QTRY_VERIFY_WITH_TIMEOUT(stage->itemCount() > 0, 10000);
    QVERIFY(!form()->editor(u"ID"_s)->isEnabled());
    QVERIFY(form()->requireMandatory()); // *.add
}

void TestRequestEditor::unknownEntityClearsForm()
{
    m_editor->setMethod(u"crm.deal.list"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"TITLE"_s), 10000);
    QSignalSpy failed(m_source.get(), &SchemaSource::failed);
    // The portal has no crm.nothing.fields: the deal form must not stay on screen.
    m_editor->setMethod(u"crm.nothing.list"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.at(0).at(0).toString(), u"fields:crm.nothing.list"_s);
    QVERIFY(form()->specs().isEmpty());
    QVERIFY(!form()->editor(u"TITLE"_s));
}

// crm_status drop-downs (stage, source, type, salutation) on every form, not only the first: the
// dictionaries are asked once per portal and every later form is filled from the cache.
void TestRequestEditor::statusesFillEveryForm()
{
    int statusCalls = 0;
    connect(m_server.get(), &SandboxServer::requestServed, this, [&statusCalls](const QJsonObject &line) {
        statusCalls += line.value(u"method"_s).toString() == u"crm.status.list"_s;
    });
    const auto choices = [this](const QString &field) {
        auto *choice = qobject_cast<ChoiceEditor *>(form()->editor(field));
        return choice ? choice->itemCount() : -1;
    };
    m_editor->setMethod(u"crm.deal.list"_s);
    QTRY_VERIFY_WITH_TIMEOUT(choices(u"STAGE_ID"_s) > 0, 10000);
    m_editor->setMethod(u"crm.deal.add"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"STAGE_ID"_s) && choices(u"STAGE_ID"_s) > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(choices(u"SOURCE_ID"_s) > 0, 10000);
    const int afterDeals = statusCalls;
    m_editor->setMethod(u"crm.contact.add"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"HONORIFIC"_s) && choices(u"HONORIFIC"_s) > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(choices(u"TYPE_ID"_s) > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(choices(u"SOURCE_ID"_s) > 0, 10000);
    // SOURCE came from the cache: only the contact's own dictionaries were asked for.
    QTest::qWait(100);
    QCOMPARE(statusCalls, afterDeals + 2);
    m_editor->setMethod(u"crm.deal.update"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"STAGE_ID"_s) && choices(u"STAGE_ID"_s) > 0, 10000);
    QCOMPARE(statusCalls, afterDeals + 2);
}

void TestRequestEditor::batchMethodsCompleteAndAreChecked()
{
    MethodBox *box = m_editor->methodBox();
    QTRY_VERIFY_WITH_TIMEOUT(box->hasCatalog(), 10000);
    m_editor->setMethod(u"crm.deal.list"_s);
    QCOMPARE(box->badgeText(), u"available"_s);
    m_editor->setRunMode(RequestEditor::RunMode::Batch);
    // Greyed, the main box claims nothing: the batch's commands are what runs.
    QVERIFY(box->badgeText().isEmpty());
    BatchEditor *batch = m_editor->batchEditor();
    batch->setCommands({BatchCommand{u"cmd_0"_s, u"crm.deal.get"_s, {}}});
    batch->view()->edit(batch->model()->index(0, BatchCommandModel::MethodColumn));
    auto *edit = batch->view()->findChild<QLineEdit *>(u"batchMethodEdit"_s);
    QVERIFY(edit);
    QVERIFY(edit->completer());
    QVERIFY(edit->completer()->model()->rowCount() > 10);
    QVERIFY(batch->view()->columnWidth(BatchCommandModel::MethodColumn) >=
            batch->view()->fontMetrics().horizontalAdvance(u"crm.timeline.comment.update"_s));
    // A method name that is JSON is refused before anything is sent.
    batch->setCommands({BatchCommand{u"cmd_0"_s, u"{\"a\":1}"_s, {}}});
    QVERIFY2(m_editor->validationErrors().join(u' ').contains(u"is not a method name"_s),
             qPrintable(m_editor->validationErrors().join(u' ')));
    QVERIFY(!button("run")->isEnabled());
}

void TestRequestEditor::formToRawJson()
{
    m_editor->setMethod(u"crm.deal.add"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"TITLE"_s), 10000);
    QSignalSpy changed(m_editor.get(), &RequestEditor::paramsChanged);
    QTest::keyClicks(qobject_cast<LineEditor *>(form()->editor(u"TITLE"_s))->lineEdit(), u"Big deal"_s);
    qobject_cast<LineEditor *>(form()->editor(u"OPPORTUNITY"_s))->lineEdit()->setText(u"1500.5"_s);
    QVERIFY(changed.count() >= 2);
    const QJsonObject expected{
        {u"fields"_s, QJsonObject{{u"TITLE"_s, u"Big deal"_s}, {u"OPPORTUNITY"_s, 1500.5}}}};
    QCOMPARE(m_editor->params().toQJsonObject(), expected);
    const QString raw = m_editor->paramsPane()->rawEditor()->text();
    QCOMPARE(QJsonDocument::fromJson(raw.toUtf8()).object(), expected);
}

void TestRequestEditor::rawJsonToForm()
{
    m_editor->setMethod(u"crm.deal.list"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"TITLE"_s), 10000);
    const QJsonObject typed{{u"select"_s, QJsonArray{u"ID"_s, u"TITLE"_s}},
                            {u"filter"_s, QJsonObject{{u">=DATE_CREATE"_s, u"2024-01-01"_s},
                                                      {u"@STAGE_ID"_s, QJsonArray{u"NEW"_s, u"WON"_s}}}},
                            {u"order"_s, QJsonObject{{u"ID"_s, u"ASC"_s}}},
                            {u"start"_s, -1}};
    m_editor->paramsPane()->rawEditor()->setText(QString::fromUtf8(QJsonDocument(typed).toJson()));
    QCOMPARE(m_editor->paramsPane()->filterBuilder()->conditionCount(), 2);
    QCOMPARE(m_editor->params().toQJsonObject(), typed);
    // Editing the filter in the builder rewrites the JSON and keeps "start".
    m_editor->paramsPane()->filterBuilder()->addCondition(u"ASSIGNED_BY_ID"_s, u"="_s, 1);
    QJsonObject expected = typed;
    QJsonObject filter = typed.value("filter"_L1).toObject();
    filter.insert(u"ASSIGNED_BY_ID"_s, 1);
    expected.insert(u"filter"_s, filter);
    QCOMPARE(m_editor->params().toQJsonObject(), expected);
    QCOMPARE(QJsonDocument::fromJson(m_editor->paramsPane()->rawEditor()->text().toUtf8()).object(),
             expected);
    // And fields typed as JSON appear in the form.
    m_editor->paramsPane()->rawEditor()->setText(u"{\"fields\": {\"TITLE\": \"From JSON\"}}"_s);
    QCOMPARE(qobject_cast<LineEditor *>(form()->editor(u"TITLE"_s))->lineEdit()->text(), u"From JSON"_s);
}

void TestRequestEditor::keysKeepTheOrderTyped()
{
    m_editor->setMethod(u"crm.deal.list"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"TITLE"_s), 10000);
    ParamsPane *pane = m_editor->paramsPane();
    pane->setCurrentWidget(pane->rawEditor());
    QPlainTextEdit *text = pane->rawEditor()->textEdit();
    text->clear();
    QTest::keyClicks(text,
                     uR"({"order":{"STAGE_ID":"ASC","ID":"DESC"},"filter":{"STAGE_ID":"NEW"},"start":0})"_s);
    QCOMPARE(m_editor->params().toJson(),
             QByteArray(R"({"order":{"STAGE_ID":"ASC","ID":"DESC"},"filter":{"STAGE_ID":"NEW"},"start":0})"));
    // The builders show the order as rows, in order.
    QCOMPARE(pane->orderBuilder()->rows()->rowCount(), 2);
    QCOMPARE(pane->orderBuilder()->rows()->field(0), u"STAGE_ID"_s);
    // A builder rewrites its own key in its place; the others stay as typed, and so does the JSON tab.
    pane->filterBuilder()->addCondition(u"OPPORTUNITY"_s, u">"_s, 100);
    const QByteArray expected =
        R"({"order":{"STAGE_ID":"ASC","ID":"DESC"},"filter":{"STAGE_ID":"NEW",">OPPORTUNITY":100},"start":0})";
    QCOMPARE(m_editor->params().toJson(), expected);
    QCOMPARE(OrderedJson::fromJson(text->toPlainText().toUtf8()).toJson(), expected);
    // Swapping the order rows swaps the keys.
    pane->orderBuilder()->rows()->removeRow(0);
    pane->orderBuilder()->addOrder(u"STAGE_ID"_s, u"ASC"_s);
    QCOMPARE(m_editor->params().value(u"order").toJson(), QByteArray(R"({"ID":"DESC","STAGE_ID":"ASC"})"));
}

void TestRequestEditor::invalidJsonBlocksRun()
{
    m_editor->setMethod(u"crm.deal.list"_s);
    QSignalSpy run(m_editor.get(), &RequestEditor::runRequested);
    QSignalSpy validity(m_editor.get(), &RequestEditor::validityChanged);
    QVERIFY(m_editor->isValid());
    m_editor->paramsPane()->rawEditor()->setText(u"{\"filter\": {\">ID\": 5"_s);
    QVERIFY(!m_editor->isValid());
    QVERIFY(m_editor->validationErrors().first().contains(u"Invalid JSON"_s));
    QCOMPARE(validity.count(), 1);
    QVERIFY(!button("run")->isEnabled());
    QVERIFY(m_editor->findChild<QLabel *>(u"problems"_s)->text().contains(u"Invalid JSON"_s));
    button("run")->click();
    QCOMPARE(run.count(), 0);
    m_editor->paramsPane()->rawEditor()->setText(u"{\"filter\": {\">ID\": 5}}"_s);
    QVERIFY(m_editor->isValid());
    QVERIFY(button("run")->isEnabled());
    button("run")->click();
    QCOMPARE(run.count(), 1);
    QCOMPARE(m_editor->params().toJson(), QByteArray(R"({"filter":{">ID":5}})"));
}

void TestRequestEditor::invalidFieldBlocksRun()
{
    m_editor->setMethod(u"crm.deal.update"_s);
    QTRY_VERIFY_WITH_TIMEOUT(form()->editor(u"PROBABILITY"_s), 10000);
    QVERIFY(m_editor->isValid());
    qobject_cast<LineEditor *>(form()->editor(u"PROBABILITY"_s))->lineEdit()->setText(u"a lot"_s);
    QVERIFY(!m_editor->isValid());
    QVERIFY(m_editor->validationErrors().join(u' ').contains(u"PROBABILITY"_s));
    QVERIFY(!button("run")->isEnabled());
    m_editor->setMethod(QString());
    QVERIFY(m_editor->validationErrors().contains(u"No method"_s));
}

void TestRequestEditor::runModesAndStrategy()
{
    QSignalSpy modeChanged(m_editor.get(), &RequestEditor::runModeChanged);
    QCOMPARE(m_editor->runMode(), RequestEditor::RunMode::Single);
    // No list to page yet: All pages cannot apply.
    m_editor->setRunMode(RequestEditor::RunMode::AllPages);
    QCOMPARE(m_editor->runMode(), RequestEditor::RunMode::Single);
    m_editor->setMethod(u"crm.deal.list"_s);
    QCOMPARE(m_editor->runMode(), RequestEditor::RunMode::AllPages);
    QCOMPARE(modeChanged.count(), 1);
    m_editor->setListStrategy(ListOptions::Strategy::Keyset);
    QCOMPARE(m_editor->listStrategy(), ListOptions::Strategy::Keyset);
    m_editor->setListStrategy(ListOptions::Strategy::Offset);
    QCOMPARE(m_editor->listStrategy(), ListOptions::Strategy::Offset);
}

void TestRequestEditor::batchModeCommands()
{
    m_editor->setRunMode(RequestEditor::RunMode::Batch);
    QVERIFY(m_editor->batchEditor()->isVisible());
    QVERIFY(!m_editor->paramsPane()->isVisible());
    QVERIFY(!m_editor->isValid()); // no commands yet
    const QList<BatchCommand> commands{
        {u"deals"_s, u"crm.deal.list"_s, QJsonObject{{u"select"_s, QJsonArray{u"ID"_s}}}},
        {u"first"_s, u"crm.deal.get"_s, QJsonObject{{u"id"_s, u"$result[deals][0][ID]"_s}}}};
    m_editor->setBatchCommands(commands);
    m_editor->setHaltOnError(true);
    QVERIFY(m_editor->isValid());
    QCOMPARE(m_editor->batchCommands(), commands);
    QVERIFY(m_editor->haltOnError());
}

void TestRequestEditor::cancelWhileRunning()
{
    m_editor->setMethod(u"crm.deal.list"_s);
    QSignalSpy cancel(m_editor.get(), &RequestEditor::cancelRequested);
    QSignalSpy run(m_editor.get(), &RequestEditor::runRequested);
    QVERIFY(!button("cancel")->isEnabled());
    m_editor->setRunning(true);
    QVERIFY(!button("run")->isEnabled());
    button("cancel")->click();
    QCOMPARE(cancel.count(), 1);
    m_editor->setRunning(false);
    button("run")->click();
    QCOMPARE(run.count(), 1);
}

void TestRequestEditor::fieldsMethodFor_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("fields");
    QTest::newRow("legacy list") << u"crm.deal.list"_s << u"crm.deal.fields"_s;
    QTest::newRow("legacy add") << u"crm.contact.add"_s << u"crm.contact.fields"_s;
    QTest::newRow("d7 item") << u"crm.item.list"_s << u"crm.item.fields"_s;
    QTest::newRow("tasks") << u"tasks.task.list"_s << u"tasks.task.getFields"_s;
    QTest::newRow("user") << u"user.get"_s << u"user.fields"_s;
    QTest::newRow("no family") << u"profile"_s << QString();
}

void TestRequestEditor::fieldsMethodFor()
{
    QFETCH(QString, method);
    QFETCH(QString, fields);
    QCOMPARE(HookSchemaSource::fieldsMethodFor(method), fields);
}

QTEST_MAIN(TestRequestEditor)
#include "tst_requesteditor.moc"
