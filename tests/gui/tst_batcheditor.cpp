#include "core/b24/b24hook.h"
#include "core/b24/batchjob.h"
#include "core/b24/envelopeparser.h"
#include "core/sandbox/sandboxserver.h"
#include "tests/gui/fixtureutil.h"
#include "ui/batch/batchcommandmodel.h"
#include "ui/batch/batcheditor.h"
#include "ui/batch/batchreference.h"
#include "ui/batch/batchresultmodel.h"
#include "ui/batch/batchresultview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

// The batch editor and the batch results view: commands and $result references in, per-command
// status, error, time and rows out — from a real captured answer and from the sandbox portal.
class TestBatchEditor : public QObject
{
    Q_OBJECT

private slots:
    void commandModelPassesModelTester();
    void producesCommands();
    void insertsReferences();
    void referenceSourcesAreEarlierCommands();
    void paramsEditedInDetail();
    void rowProblems_data();
    void rowProblems();
    void anyNumberOfCommands();
    void resultModelFromRealAnswer();
    void haltedCommandsShownAsNotRun();
    void failingCommandAgainstSandbox();
};

void TestBatchEditor::commandModelPassesModelTester()
{
    BatchCommandModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addCommand({u"a"_s, u"crm.deal.list"_s, {}});
    QVERIFY(model.insertRows(0, 2));
    QVERIFY(model.setData(model.index(0, BatchCommandModel::MethodColumn), u"user.current"_s));
    QVERIFY(model.removeRows(1, 1));
    model.setCommands({{u"x"_s, u"profile"_s, {}}, {u"y"_s, u"scope"_s, {}}});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.insertRows(5, 1));
    QVERIFY(!model.removeRows(1, 2));
}

void TestBatchEditor::producesCommands()
{
    BatchEditor editor;
    BatchCommandModel *model = editor.model();
    QSignalSpy changed(&editor, &BatchEditor::changed);
    const int first = model->addCommand({});
    QCOMPARE(model->key(first), u"cmd_0"_s); // a fresh row gets a free key
    model->setData(model->index(first, BatchCommandModel::KeyColumn), u"deals"_s);
    model->setData(model->index(first, BatchCommandModel::MethodColumn), u"crm.deal.list"_s);
    model->setData(model->index(first, BatchCommandModel::ParamsColumn),
                   u"{\"select\": [\"ID\", \"CONTACT_ID\"], \"filter\": {\">OPPORTUNITY\": 100}}"_s);
    const int second = model->addCommand({QString(), u"crm.contact.get"_s, {}});
    QCOMPARE(model->key(second), u"cmd_0"_s); // "cmd_0" is free again once renamed
    editor.setHaltOnError(true);
    QVERIFY(changed.count() >= 4);
    // The parameters keep the order typed.
    const QList<BatchCommand> expected{
        {u"deals"_s, u"crm.deal.list"_s,
         OrderedJson::fromJson(R"({"select":["ID","CONTACT_ID"],"filter":{">OPPORTUNITY":100}})")},
        {u"cmd_0"_s, u"crm.contact.get"_s, OrderedJson::object()}};
    QCOMPARE(editor.commands(), expected);
    QVERIFY(editor.haltOnError());
    QVERIFY(editor.validationErrors().isEmpty());
}

void TestBatchEditor::insertsReferences()
{
    QCOMPARE(batchResultReference(u"deals"_s, referencePath(u"[0][ID]"_s)), u"$result[deals][0][ID]"_s);
    QCOMPARE(referencePath(u"items.0.id"_s), (QStringList{u"items"_s, u"0"_s, u"id"_s}));
    BatchEditor editor;
    editor.setCommands({{u"deals"_s, u"crm.deal.list"_s, {}},
                        {u"contact"_s, u"crm.contact.get"_s, {}},
                        {u"more"_s, u"crm.deal.list"_s, QJsonObject{{u"select"_s, QJsonArray{u"ID"_s}}}}});
    QVERIFY(editor.insertReference(1, u"deals"_s, u"[0][CONTACT_ID]"_s, u"id"_s));
    QVERIFY(editor.insertReference(2, u"deals"_s, u"[49][ID]"_s, u"filter.>ID"_s));
    QVERIFY(editor.insertReference(2, u"contact"_s, u"[ASSIGNED_BY_ID]"_s, u"filter.ASSIGNED_BY_ID"_s));
    QVERIFY(!editor.insertReference(0, u"contact"_s, u"[ID]"_s, u"id"_s)); // not an earlier command
    QVERIFY(!editor.insertReference(1, u"deals"_s, u"[0][ID]"_s, QString()));
    const QList<BatchCommand> commands = editor.commands();
    QCOMPARE(commands.at(0).params.toQJsonObject(), QJsonObject());
    QCOMPARE(commands.at(1).params.toQJsonObject(),
             (QJsonObject{{u"id"_s, u"$result[deals][0][CONTACT_ID]"_s}}));
    QCOMPARE(commands.at(2).params.toQJsonObject(),
             (QJsonObject{
                 {u"select"_s, QJsonArray{u"ID"_s}},
                 {u"filter"_s, QJsonObject{{u">ID"_s, u"$result[deals][49][ID]"_s},
                                           {u"ASSIGNED_BY_ID"_s, u"$result[contact][ASSIGNED_BY_ID]"_s}}}}));
    QStringList keys = referencedKeys(commands.at(2).params);
    keys.sort();
    QCOMPARE(keys, (QStringList{u"contact"_s, u"deals"_s}));
    QVERIFY(editor.validationErrors().isEmpty());
}

void TestBatchEditor::referenceSourcesAreEarlierCommands()
{
    BatchEditor editor;
    editor.setCommands({{u"a"_s, u"profile"_s, {}}, {u"b"_s, u"scope"_s, {}}, {u"c"_s, u"methods"_s, {}}});
    auto *sources = editor.findChild<QComboBox *>();
    QVERIFY(sources);
    editor.view()->setCurrentIndex(editor.model()->index(2, 0));
    QCOMPARE(sources->count(), 2);
    QCOMPARE(sources->itemText(1), u"b"_s);
    editor.view()->setCurrentIndex(editor.model()->index(0, 0));
    QCOMPARE(sources->count(), 0);
}

void TestBatchEditor::paramsEditedInDetail()
{
    BatchEditor editor;
    editor.setCommands(
        {{u"a"_s, u"crm.deal.list"_s, {}}, {u"b"_s, u"crm.deal.get"_s, QJsonObject{{u"id"_s, 1}}}});
    QPlainTextEdit *detail = editor.paramsEdit();
    QVERIFY(!detail->isEnabled());
    editor.view()->setCurrentIndex(editor.model()->index(1, 0));
    QVERIFY(detail->isEnabled());
    QCOMPARE(QJsonDocument::fromJson(detail->toPlainText().toUtf8()).object(), (QJsonObject{{u"id"_s, 1}}));
    detail->setPlainText(u"{\n  \"id\": 7,\n  \"select\": [\"ID\"]\n}"_s);
    QCOMPARE(editor.commands().at(1).params, (QJsonObject{{u"id"_s, 7}, {u"select"_s, QJsonArray{u"ID"_s}}}));
    detail->setPlainText(u"{\"id\": "_s); // half-typed: flagged, kept as typed
    QVERIFY(editor.validationErrors().join(u' ').contains(u"not a JSON object"_s));
    QCOMPARE(detail->toPlainText(), u"{\"id\": "_s);
    // A reference inserted from the helper shows up in the detail of the current row.
    detail->setPlainText(QString());
    QVERIFY(editor.insertReference(1, u"a"_s, u"[0][ID]"_s, u"id"_s));
    QVERIFY(detail->toPlainText().contains(u"$result[a][0][ID]"_s));
}

void TestBatchEditor::rowProblems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("fine") << u"two"_s << u"crm.deal.get"_s << u"{\"id\": \"$result[one][0][ID]\"}"_s
                          << QString();
    QTest::newRow("empty params") << u"two"_s << u"profile"_s << QString() << QString();
    QTest::newRow("no key") << QString() << u"profile"_s << QString() << u"no key"_s;
    QTest::newRow("duplicate key") << u"one"_s << u"profile"_s << QString() << u"used twice"_s;
    QTest::newRow("no method") << u"two"_s << QString() << QString() << u"no method"_s;
    QTest::newRow("nested batch") << u"two"_s << u"batch"_s << QString() << u"batch cannot contain"_s;
    QTest::newRow("invalid json") << u"two"_s << u"crm.deal.get"_s << u"{\"id\": "_s
                                  << u"not a JSON object"_s;
    QTest::newRow("array params") << u"two"_s << u"crm.deal.get"_s << u"[1]"_s << u"not a JSON object"_s;
    QTest::newRow("reference to itself")
        << u"two"_s << u"crm.deal.get"_s << u"{\"id\": \"$result[two][ID]\"}"_s
        << u"not an earlier command"_s;
    QTest::newRow("reference to unknown")
        << u"two"_s << u"crm.deal.get"_s << u"{\"id\": \"$next[zzz]\"}"_s << u"not an earlier command"_s;
}

void TestBatchEditor::rowProblems()
{
    QFETCH(QString, key);
    QFETCH(QString, method);
    QFETCH(QString, params);
    QFETCH(QString, problem);
    BatchCommandModel model;
    model.addCommand({u"one"_s, u"crm.deal.list"_s, {}});
    const int row = model.addCommand({u"placeholder"_s, u"profile"_s, {}});
    model.setData(model.index(row, BatchCommandModel::KeyColumn), key);
    model.setData(model.index(row, BatchCommandModel::MethodColumn), method);
    model.setData(model.index(row, BatchCommandModel::ParamsColumn), params);
    const QString got = model.rowProblem(row);
    if (problem.isEmpty()) {
        QVERIFY2(got.isEmpty(), qPrintable(got));
        QVERIFY(model.validationErrors().isEmpty());
    } else {
        QVERIFY2(got.contains(problem), qPrintable(got));
        QCOMPARE(model.validationErrors().size(), 1);
        QVERIFY(model.data(model.index(row, 0), Qt::ToolTipRole).toString().contains(problem));
    }
}

void TestBatchEditor::anyNumberOfCommands()
{
    // More than one request's worth: core's callBatchByChunk sends them 50 at a time.
    BatchEditor editor;
    for (int i = 0; i < 120; ++i)
        editor.model()->addCommand({QString(), u"crm.deal.get"_s, QJsonObject{{u"id"_s, i + 1}}});
    const QList<BatchCommand> commands = editor.commands();
    QCOMPARE(commands.size(), 120);
    QCOMPARE(commands.at(119).key, u"cmd_119"_s);
    QCOMPARE(commands.at(119).params, (QJsonObject{{u"id"_s, 120}}));
    QVERIFY(editor.validationErrors().isEmpty());
}

void TestBatchEditor::resultModelFromRealAnswer()
{
    // A real capture: two commands failed (result_error is a JSON list), one succeeded under key 35943.
    const QList<BatchCommand> commands{{u"0"_s, u"crm.deal.get"_s, QJsonObject{{u"id"_s, u"x"_s}}},
                                       {u"1"_s, u"crm.deal.get"_s, QJsonObject{{u"id"_s, 1}}},
                                       {u"35943"_s, u"crm.deal.get"_s, QJsonObject{{u"id"_s, 35943}}}};
    const CallResult outer = parseEnvelope(
        200, b24test::fixtureBytes(u"batch.mixed-success-errors.real.response.json"_s), u"batch"_s);
    QVERIFY(outer.ok());
    BatchResultView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setResult(parseBatchResult(commands, outer));
    const BatchResultModel *model = view.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, BatchResultModel::StatusColumn).data().toString(), u"Error"_s);
    QVERIFY(
        model->index(0, BatchResultModel::ErrorColumn).data().toString().contains(u"ID is not defined"_s));
    QVERIFY(model->index(1, BatchResultModel::ErrorColumn).data().toString().contains(u"Not found"_s));
    QCOMPARE(model->index(2, BatchResultModel::StatusColumn).data().toString(), u"OK"_s);
    QCOMPARE(model->index(2, BatchResultModel::ErrorColumn).data().toString(), QString());
    QCOMPARE(model->index(2, BatchResultModel::TimeColumn).data().toString(), u"6 ms"_s);
    QCOMPARE(model->index(2, BatchResultModel::RowsColumn).data().toString(), u"1"_s);
    QVERIFY(view.summary().contains(u"2 failed"_s));

    QSignalSpy open(&view, &BatchResultView::openResultRequested);
    view.openRow(2);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), u"35943"_s);
    QCOMPARE(open.at(0).at(1).value<QJsonValue>(), QJsonValue(QJsonObject{{u"ID"_s, u"35943"_s}}));
}

void TestBatchEditor::haltedCommandsShownAsNotRun()
{
    // The documented halt=1 answer: the first command failed, the second never ran.
    const QList<BatchCommand> commands{{u"get_user"_s, u"user.current"_s, {}},
                                       {u"get_department"_s, u"department.get"_s,
                                        QJsonObject{{u"ID"_s, u"$result[get_user][UF_DEPARTMENT]"_s}}}};
    const CallResult outer =
        parseEnvelope(200, b24test::fixtureBytes(u"batch.halt1.result_error.response.json"_s), u"batch"_s);
    BatchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(parseBatchResult(commands, outer));
    QCOMPARE(model.index(0, BatchResultModel::StatusColumn).data().toString(), u"Error"_s);
    QVERIFY(
        model.index(0, BatchResultModel::ErrorColumn).data().toString().contains(u"insufficient_scope"_s));
    QCOMPARE(model.index(1, BatchResultModel::StatusColumn).data().toString(), u"Not run"_s);
    QCOMPARE(model.index(1, BatchResultModel::ErrorColumn).data().toString(), QString());
    QCOMPARE(model.index(1, BatchResultModel::TimeColumn).data(), QVariant());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBatchEditor::failingCommandAgainstSandbox()
{
    SandboxServer server{PortalOptions{}};
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ClientOptions options;
    options.extraCaCertificates = {server.certificate()};
    auto hook = B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, options);
    QVERIFY(hook);

    BatchEditor editor;
    editor.setCommands({{u"deals"_s, u"crm.deal.list"_s,
                         QJsonObject{{u"select"_s, QJsonArray{u"ID"_s, u"TITLE"_s}},
                                     {u"order"_s, QJsonObject{{u"ID"_s, u"ASC"_s}}}}},
                        {u"first"_s, u"crm.deal.get"_s, {}},
                        {u"missing"_s, u"crm.deal.get"_s, QJsonObject{{u"id"_s, 987654321}}}});
    QVERIFY(editor.insertReference(1, u"deals"_s, u"[0][ID]"_s, u"id"_s));
    QVERIFY(editor.validationErrors().isEmpty());

    BatchJob *job = hook->callBatch(editor.commands(), editor.haltOnError());
    QSignalSpy finished(job, &BatchJob::finished);
    BatchResult result;
    connect(job, &BatchJob::finished, this, [&result, job] { result = job->result(); });
    QVERIFY(finished.wait(15000));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));

    BatchResultView view;
    view.setResult(result);
    const BatchResultModel *model = view.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, BatchResultModel::StatusColumn).data().toString(), u"OK"_s);
    QCOMPARE(model->index(0, BatchResultModel::RowsColumn).data().toString().section(u' ', 0, 0).toInt(), 50);
    QCOMPARE(model->index(1, BatchResultModel::StatusColumn).data().toString(), u"OK"_s);
    // The reference was resolved by the portal: the deal got is the first listed.
    const QJsonValue firstId = model->item(0).result.toArray().at(0).toObject().value("ID"_L1);
    QCOMPARE(model->item(1).result.toObject().value("ID"_L1), firstId);
    QCOMPARE(model->index(2, BatchResultModel::StatusColumn).data().toString(), u"Error"_s);
    QVERIFY(!model->index(2, BatchResultModel::ErrorColumn).data().toString().isEmpty());
    QVERIFY(model->index(0, BatchResultModel::TimeColumn).data().toString().endsWith(u" ms"_s));
    QVERIFY(view.summary().contains(u"1 failed"_s));
}

QTEST_MAIN(TestBatchEditor)
#include "tst_batcheditor.moc"
