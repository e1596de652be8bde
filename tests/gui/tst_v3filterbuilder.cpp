// The REST 3.0 filter builder driven through its real widgets: nested AND/OR/NOT groups built by
// clicks and typing give the documented JSON exactly; JSON read back gives the same JSON (key
// order and spellings included; shapes the form does not know stay raw with a note); random filters
// built both ways agree; and a filter built in the form and sent to the sandbox portal's
// tasks.task.list over HTTPS returns exactly the rows a plain evaluation of it over the same tasks
// selects.
#include "core/catalog/openapicatalog.h"
#include "tests/gui/v3filterdriver.h"
#include "tests/support/fixtures.h"
#include "tests/support/sandboxfixture.h"
#include "ui/request/v3filterbuilder.h"
#include "ui/request/v3filtercondition.h"
#include "ui/request/v3filtergroup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestV3FilterBuilder : public QObject
{
    Q_OBJECT

private slots:
    void buildsNestedFilterFromWidgets();
    void readsBackTheSameJson_data();
    void readsBackTheSameJson();
    void unknownShapesStayRawWithANote();
    void editingAShortConditionKeepsItsForm();
    void flagsValuesTheFieldCannotTake();
    void randomFiltersAgreeBothWays();
    void sandboxReturnsTheRowsTheFilterSelects();

private:
    static QList<OpenApiField> taskFields()
    {
        const auto parsed =
            OpenApiCatalog::parse(fixtureBytes(u"rest.documentation.openapi.document.json"_s));
        return parsed.catalog.find(u"tasks.task.list"_s)->entity->fields;
    }
    static OrderedJson json(const QByteArray &text)
    {
        QString error;
        const OrderedJson v = OrderedJson::fromJson(text, &error);
        if (!error.isEmpty())
            qFatal("bad test JSON: %s", qPrintable(error));
        return v;
    }
};

void TestV3FilterBuilder::buildsNestedFilterFromWidgets()
{
    V3FilterBuilder builder;
    builder.setFields(taskFields());
    builder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&builder));
    QSignalSpy changed(&builder, &V3FilterBuilder::changed);
    V3FilterGroup *root = builder.root();

    root->addConditionButton()->click();
    auto *id = qobject_cast<V3FilterCondition *>(root->node(0));
    QTest::keyClicks(id->fieldBox()->lineEdit(), u"id"_s);
    id->operatorBox()->setCurrentIndex(2); // >
    QTest::keyClicks(id->valueEdit(), u"5"_s);

    root->addGroupButton()->click();
    auto *any = qobject_cast<V3FilterGroup *>(root->node(1));
    any->logicBox()->setCurrentIndex(1); // OR
    QTest::mouseClick(any->notBox(), Qt::LeftButton, {}, QPoint(4, any->notBox()->height() / 2));
    QVERIFY(any->isNegative());
    auto *status = qobject_cast<V3FilterCondition *>(any->node(0));
    QTest::keyClicks(status->fieldBox()->lineEdit(), u"status"_s);
    status->operatorBox()->setCurrentIndex(6); // in
    QTest::keyClicks(status->valueEdit(), u"pending, completed"_s);
    any->addConditionButton()->click();
    auto *range = qobject_cast<V3FilterCondition *>(any->node(1));
    QTest::keyClicks(range->fieldBox()->lineEdit(), u"id"_s);
    range->operatorBox()->setCurrentIndex(7); // between
    QTRY_VERIFY(range->toEdit()->isVisible());
    QTest::keyClicks(range->valueEdit(), u"1"_s);
    QTest::keyClicks(range->toEdit(), u"10"_s);
    any->addGroupButton()->click();
    auto *notTitle = qobject_cast<V3FilterGroup *>(any->node(2));
    notTitle->notBox()->click();
    auto *title = qobject_cast<V3FilterCondition *>(notTitle->node(0));
    QTest::keyClicks(title->fieldBox()->lineEdit(), u"title"_s);
    QTest::keyClicks(title->valueEdit(), u"12"_s); // text field: "12" stays text

    QCOMPARE(
        builder.filter().toJson(),
        QByteArray(R"([["id",">",5],{"logic":"or","conditions":[["status","in",["pending","completed"]],)"
                   R"(["id","between",[1,10]],{"conditions":[["title","=","12"]],"negative":true}],)"
                   R"("negative":true}])"));
    QVERIFY(builder.validationErrors().isEmpty());
    QVERIFY(changed.count() > 10);

    // Removing the inner group by its button.
    notTitle->removeButton()->click();
    QCOMPARE(any->nodeCount(), 2);
    QVERIFY(!builder.filter().toJson().contains("title"));
}

void TestV3FilterBuilder::readsBackTheSameJson_data()
{
    QTest::addColumn<QByteArray>("filter");
    // The documentation's examples (REST 3.0 page, #filter).
    QTest::newRow("simple") << QByteArray(R"([["status","=","NEW"],["id","in",[3,4,5]]])");
    QTest::newRow("group with short in") << QByteArray(
        R"([["status","=","NEW"],{"logic":"or","conditions":[["id",[1,2]],["id","in",[3,4,5]]]}])");
    QTest::newRow("empty") << QByteArray("[]");
    QTest::newRow("short equals") << QByteArray(R"([["id",7],["title","x"]])");
    QTest::newRow("upper-case OR, conditions first")
        << QByteArray(R"([{"conditions":[["id",">=",1.5]],"logic":"OR","negative":false}])");
    QTest::newRow("explicit and") << QByteArray(R"([{"logic":"and","conditions":[["id","!=",null]]}])");
    QTest::newRow("nested negative") << QByteArray(
        R"([{"negative":true,"conditions":[{"logic":"or","conditions":[["deadline","<",)"
        R"("2025-01-01T00:00:00+03:00"],["deadline","between",["a, b","c"]]]}]}])");
    QTest::newRow("values of any scalar type")
        << QByteArray(R"([["title","in",["1",2,true,null," spaced ",""]],["id","=","5"],["x","<=",-0.25]])");
    QTest::newRow("unknown operator") << QByteArray(R"([["id","like","x"],["id","IN",[1]]])");
    QTest::newRow("unknown group shapes")
        << QByteArray(R"([{"logic":"xor","conditions":[]},{"conditions":[],"extra":1},{"conditions":5}])");
    QTest::newRow("odd nodes") << QByteArray(
        R"([42,"id",[],["id"],["id","=",[1]],["id","between",[1]],[1,2]])");
    QTest::newRow("classic object dialect") << QByteArray(R"({">ID":5,"TITLE":"x"})");
    QTest::newRow("a string") << QByteArray(R"("id > 5")");
}

void TestV3FilterBuilder::readsBackTheSameJson()
{
    QFETCH(QByteArray, filter);
    V3FilterBuilder builder;
    builder.setFields(taskFields());
    QSignalSpy changed(&builder, &V3FilterBuilder::changed);
    builder.setFilter(json(filter));
    QCOMPARE(builder.filter().toJson(), filter);
    QCOMPARE(changed.count(), 0); // reading is not editing
}

void TestV3FilterBuilder::unknownShapesStayRawWithANote()
{
    V3FilterBuilder builder;
    builder.setFilter(json(R"([["id","like","x"],{"logic":"or","conditions":[["id",1]]}])"));
    auto *raw = qobject_cast<V3FilterCondition *>(builder.root()->node(0));
    QVERIFY(raw && raw->isRaw());
    QVERIFY(!raw->noteLabel()->isHidden());
    QVERIFY(!raw->noteLabel()->text().isEmpty());
    QCOMPARE(raw->rawEdit()->text(), u"[\"id\",\"like\",\"x\"]"_s);
    // Edited as JSON, the node is sent as edited.
    raw->rawEdit()->selectAll();
    QTest::keyClicks(raw->rawEdit(), u"[\"id\",\">\",3]"_s);
    QCOMPARE(builder.filter().toJson(),
             QByteArray(R"([["id",">",3],{"logic":"or","conditions":[["id",1]]}])"));
    QTest::keyClicks(raw->rawEdit(), u"{"_s);
    QVERIFY(!builder.validationErrors().isEmpty());

    builder.setFilter(json(R"({">ID":5})"));
    QVERIFY(!builder.noteLabel()->isHidden());
    QVERIFY(builder.noteLabel()->text().contains(u"array"_s));
    QCOMPARE(builder.filter().toJson(), QByteArray(R"({">ID":5})"));
    builder.wholeRawEdit()->setPlainText(u"[[\"id\",5]]"_s); // rewritten as an array: the form again
    QVERIFY(builder.noteLabel()->isHidden());
    QCOMPARE(builder.root()->nodeCount(), 1);
    QCOMPARE(builder.filter().toJson(), QByteArray(R"([["id",5]])"));
}

void TestV3FilterBuilder::editingAShortConditionKeepsItsForm()
{
    V3FilterBuilder builder;
    builder.setFields(taskFields());
    builder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&builder));
    builder.setFilter(json(R"([["id",[1,2]]])"));
    auto *c = qobject_cast<V3FilterCondition *>(builder.root()->node(0));
    QCOMPARE(c->operatorBox()->currentText(), u"in"_s);
    QCOMPARE(c->valueEdit()->text(), u"1, 2"_s);
    QTest::keyClicks(c->valueEdit(), u", 3"_s);
    QCOMPARE(builder.filter().toJson(), QByteArray(R"([["id",[1,2,3]]])"));
    c->operatorBox()->setCurrentIndex(2); // >
    c->valueEdit()->clear();
    QTest::keyClicks(c->valueEdit(), u"3"_s);
    QCOMPARE(builder.filter().toJson(), QByteArray(R"([["id",">",3]])"));
}

void TestV3FilterBuilder::flagsValuesTheFieldCannotTake()
{
    V3FilterBuilder builder;
    builder.setFields(taskFields());
    builder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&builder));
    builder.root()->addConditionButton()->click();
    auto *c = qobject_cast<V3FilterCondition *>(builder.root()->node(0));
    QVERIFY(!builder.validationErrors().isEmpty()); // no field
    QTest::keyClicks(c->fieldBox()->lineEdit(), u"id"_s);
    QTest::keyClicks(c->valueEdit(), u"abc"_s);
    QVERIFY(builder.validationErrors().join(u'\n').contains(u"abc"_s));
    c->valueEdit()->clear();
    QTest::keyClicks(c->valueEdit(), u"12"_s);
    QVERIFY(builder.validationErrors().isEmpty());
    c->operatorBox()->setCurrentIndex(7); // between without a to
    QVERIFY(!builder.validationErrors().isEmpty());
    builder.root()->addGroupButton()->click();
    auto *group = qobject_cast<V3FilterGroup *>(builder.root()->node(1));
    qobject_cast<V3FilterCondition *>(group->node(0))->removeButton()->click();
    QVERIFY(builder.validationErrors().join(u'\n').contains(u"group"_s));
}

void TestV3FilterBuilder::randomFiltersAgreeBothWays()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const QList<OpenApiField> fields = taskFields();
    for (int round = 0; round < 40; ++round) {
        const bool canonical = round % 2 == 0;
        const OrderedJson filter = V3FilterDriver::randomFilter(random, canonical, false, 100);
        const QString context =
            u"seed %1, round %2: %3"_s.arg(seed).arg(round).arg(QString::fromUtf8(filter.toJson()));
        V3FilterBuilder read;
        read.setFields(fields);
        read.setFilter(filter);
        QVERIFY2(read.filter() == filter, qPrintable(context));
        QVERIFY2(read.validationErrors().isEmpty(),
                 qPrintable(context + read.validationErrors().join(u'\n')));
        if (!canonical)
            continue;
        // The same filter entered by hand.
        V3FilterBuilder typed;
        typed.setFields(fields);
        typed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&typed));
        V3FilterDriver::drive(typed.root(), filter);
        QVERIFY2(typed.filter() == filter,
                 qPrintable(context + u"\ntyped: "_s + QString::fromUtf8(typed.filter().toJson())));
    }
}

void TestV3FilterBuilder::sandboxReturnsTheRowsTheFilterSelects()
{
    SandboxServer sandbox(unlimitedPortal());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    auto hook =
        B24Hook::fromWebhookUrl(sandbox.webhookUrl(), nullptr, trustingOptions(sandbox.certificate()));
    QVERIFY(hook);
    // Every page of tasks.task.list (at most 50 rows a page, no total: a short page ends it).
    auto listIds = [&](const OrderedJson &filter, QList<qint64> *ids) {
        for (int page = 1;; ++page) {
            OrderedJson params = json(R"({"select":["id"],"order":{"id":"ASC"}})");
            params.insert(u"filter"_s, filter);
            params.insert(u"pagination"_s, json(QByteArray("{\"page\":") + QByteArray::number(page) + "}"));
            CallResult r;
            if (!runJob(hook->callMethod(u"tasks.task.list"_s, params, ApiVersion::V3),
                        [&](CallJob *job) { r = job->result(); }))
                return QStringLiteral("no answer");
            if (!r.ok())
                return r.error.toString();
            const QJsonArray items = r.result.toObject().value("items"_L1).toArray();
            for (const QJsonValue &item : items)
                ids->append(item.toObject().value("id"_L1).toInteger());
            if (items.size() < 50)
                return QString();
        }
    };
    QList<qint64> all;
    QCOMPARE(listIds(OrderedJson::array(), &all), QString());
    QVERIFY(all.size() > 20);
    const int maxId = int(*std::max_element(all.cbegin(), all.cend()));

    // One filter built in the form with every operator, groups, OR and NOT.
    V3FilterBuilder builder;
    OpenApiField id;
    id.name = u"id"_s;
    id.type = u"integer"_s;
    builder.setFields({id});
    builder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&builder));
    const OrderedJson wanted = json(
        R"([["id",">=",2],["id","!=",4],{"logic":"or","conditions":[["id","between",[3,9]],["id","in",[12,15,17]],)"
        R"({"conditions":[["id","<",20],["id",">",10]],"negative":true}]},{"conditions":[["id","=",18]],"negative":true},)"
        R"(["id","<=",30]])");
    V3FilterDriver::drive(builder.root(), wanted);
    QCOMPARE(builder.filter(), wanted);
    QList<OrderedJson> filters{builder.filter()};
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int n = 0; n < 15; ++n)
        filters.append(V3FilterDriver::randomFilter(random, n % 2 == 0, true, maxId));
    for (const OrderedJson &filter : filters) {
        const QString context = u"seed %1: %2"_s.arg(seed).arg(QString::fromUtf8(filter.toJson()));
        QList<qint64> expected;
        for (const qint64 taskId : std::as_const(all)) {
            bool hit = true;
            for (qsizetype i = 0; i < filter.size() && hit; ++i)
                hit = V3FilterDriver::matches(filter.at(i), taskId);
            if (hit)
                expected.append(taskId);
        }
        QList<qint64> got;
        const QString problem = listIds(filter, &got);
        QVERIFY2(problem.isEmpty(), qPrintable(context + u": "_s + problem));
        QVERIFY2(got == expected, qPrintable(context));
    }
}

QTEST_MAIN(TestV3FilterBuilder)
#include "tst_v3filterbuilder.moc"
