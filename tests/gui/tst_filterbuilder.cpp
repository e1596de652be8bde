#include "core/catalog/fieldschema.h"
#include "tests/gui/fixtureutil.h"
#include "ui/request/fieldrowtable.h"
#include "ui/request/filterbuilder.h"
#include "ui/request/orderbuilder.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

// The filter builder: Bitrix prefix operators in keys, lists for IN, checks by field type.
class TestFilterBuilder : public QObject
{
    Q_OBJECT

private slots:
    void splitKey_data();
    void splitKey();
    void buildsPrefixedFilter();
    void setFilterRoundTrip();
    void keepsLogicGroups();
    void keepsOrderWritten();
    void flagsInvalidValues_data();
    void flagsInvalidValues();
    void orderBuilder();

private:
    static QList<FieldDescriptor> dealFields()
    {
        return FieldSchema::parse(b24test::fixtureObject(u"crm.deal.fields.response.json"_s))->fields();
    }
};

void TestFilterBuilder::splitKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("field");
    QTest::newRow("equals, no prefix") << u"STAGE_ID"_s << QString() << u"STAGE_ID"_s;
    QTest::newRow(">=") << u">=DATE_CREATE"_s << u">="_s << u"DATE_CREATE"_s;
    QTest::newRow(">") << u">ID"_s << u">"_s << u"ID"_s;
    QTest::newRow("<=") << u"<=OPPORTUNITY"_s << u"<="_s << u"OPPORTUNITY"_s;
    QTest::newRow("<") << u"<ID"_s << u"<"_s << u"ID"_s;
    QTest::newRow("@ in") << u"@STAGE_ID"_s << u"@"_s << u"STAGE_ID"_s;
    QTest::newRow("!@ not in") << u"!@STAGE_ID"_s << u"!@"_s << u"STAGE_ID"_s;
    QTest::newRow("% like") << u"%TITLE"_s << u"%"_s << u"TITLE"_s;
    QTest::newRow("=% like with %") << u"=%TITLE"_s << u"=%"_s << u"TITLE"_s;
    QTest::newRow("!=% not like") << u"!=%TITLE"_s << u"!=%"_s << u"TITLE"_s;
    QTest::newRow("!= not equal") << u"!=name"_s << u"!="_s << u"name"_s;
    QTest::newRow("! not") << u"!STAGE_ID"_s << u"!"_s << u"STAGE_ID"_s;
    QTest::newRow("= explicit") << u"=ID"_s << u"="_s << u"ID"_s;
}

void TestFilterBuilder::splitKey()
{
    QFETCH(QString, key);
    QFETCH(QString, op);
    QFETCH(QString, field);
    QString gotOp;
    QString gotField;
    FilterBuilder::splitKey(key, &gotOp, &gotField);
    QCOMPARE(gotOp, op);
    QCOMPARE(gotField, field);
}

void TestFilterBuilder::buildsPrefixedFilter()
{
    FilterBuilder builder;
    builder.setSpecs(dealFields());
    QSignalSpy changed(&builder, &FilterBuilder::changed);
    builder.addCondition(u"DATE_CREATE"_s, u">="_s, u"2024-01-01T00:00:00+03:00"_s);
    // As a user would: a new row, the IN operator, a comma-separated list typed in.
    const int row = builder.rows()->addRow(u"STAGE_ID"_s, u"@"_s);
    builder.rows()->setValueText(row, u"NEW, PREPARATION,WON"_s);
    builder.addCondition(u"ASSIGNED_BY_ID"_s, u"="_s, 1);
    QVERIFY(changed.count() >= 3);
    const QJsonObject expected{{u">=DATE_CREATE"_s, u"2024-01-01T00:00:00+03:00"_s},
                               {u"@STAGE_ID"_s, QJsonArray{u"NEW"_s, u"PREPARATION"_s, u"WON"_s}},
                               {u"ASSIGNED_BY_ID"_s, 1}};
    QCOMPARE(builder.filter().toQJsonObject(), expected);
    QVERIFY(builder.validationErrors().isEmpty());
}

void TestFilterBuilder::setFilterRoundTrip()
{
    FilterBuilder builder;
    const QJsonObject filter{{u">ID"_s, 5},
                             {u"!@STAGE_ID"_s, QJsonArray{u"LOSE"_s, u"WON"_s}},
                             {u"%TITLE"_s, u"shop"_s},
                             {u"CATEGORY_ID"_s, u"0"_s}};
    builder.setFilter(filter);
    QCOMPARE(builder.conditionCount(), 4);
    QCOMPARE(builder.filter().toQJsonObject(), filter); // JSON types kept while the text is unchanged
}

void TestFilterBuilder::keepsLogicGroups()
{
    FilterBuilder builder;
    const QByteArray group = R"({"logic":"OR","0":{"!=name":""},"1":{"!=lastName":""}})";
    builder.setFilter(OrderedJson::fromJson(QByteArray(R"({">id":10,"0":)" + group + "}")));
    QCOMPARE(builder.conditionCount(), 1);
    builder.addCondition(u"stageId"_s, u"="_s, u"NEW"_s);
    // The group stays where it was written, its keys in their order; new rows go at the end.
    QCOMPARE(builder.filter().toJson(), QByteArray(R"({">id":10,"0":)" + group + R"(,"stageId":"NEW"})"));
}

void TestFilterBuilder::keepsOrderWritten()
{
    FilterBuilder builder;
    const QByteArray typed = R"({"STAGE_ID":"NEW","0":{"logic":"OR"},">ID":5,"!@TYPE_ID":["SALE","GOODS"]})";
    builder.setFilter(OrderedJson::fromJson(typed));
    QCOMPARE(builder.conditionCount(), 3);
    QCOMPARE(builder.filter().toJson(), typed);
    // A row removed: the others and the kept group keep their order.
    builder.rows()->removeRow(0);
    QCOMPARE(builder.filter().toJson(),
             QByteArray(R"({"0":{"logic":"OR"},">ID":5,"!@TYPE_ID":["SALE","GOODS"]})"));
}

void TestFilterBuilder::flagsInvalidValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("integer ok") << u"ID"_s << u">"_s << u"10"_s << true;
    QTest::newRow("integer bad") << u"ID"_s << u">"_s << u"ten"_s << false;
    QTest::newRow("double bad") << u"OPPORTUNITY"_s << u">="_s << u"1,000.5"_s << false;
    QTest::newRow("datetime as date ok") << u"DATE_CREATE"_s << u">="_s << u"2024-01-01"_s << true;
    QTest::newRow("datetime bad") << u"DATE_CREATE"_s << u">="_s << u"yesterday"_s << false;
    QTest::newRow("date bad") << u"BEGINDATE"_s << u"<"_s << u"2024-02-30"_s << false;
    QTest::newRow("IN of integers bad member") << u"ASSIGNED_BY_ID"_s << u"@"_s << u"1, 2, x"_s << false;
    QTest::newRow("IN empty list") << u"STAGE_ID"_s << u"@"_s << u" , "_s << false;
    QTest::newRow("string anything") << u"TITLE"_s << u"%"_s << u"ten"_s << true;
    QTest::newRow("unknown field not checked") << u"UF_CRM_X"_s << u"="_s << u"ten"_s << true;
}

void TestFilterBuilder::flagsInvalidValues()
{
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    FilterBuilder builder;
    builder.setSpecs(dealFields());
    const int row = builder.rows()->addRow(field, op);
    builder.rows()->setValueText(row, text);
    const QStringList errors = builder.validationErrors();
    QCOMPARE(errors.isEmpty(), valid);
    if (!valid)
        QVERIFY(errors.first().contains(field));
}

void TestFilterBuilder::orderBuilder()
{
    OrderBuilder order;
    // The rows are the priority: not the alphabet.
    order.addOrder(u"STAGE_ID"_s, u"asc"_s);
    order.addOrder(u"ID"_s, u"DESC"_s);
    QCOMPARE(order.order().toJson(), QByteArray(R"({"STAGE_ID":"ASC","ID":"DESC"})"));
    order.setOrder(OrderedJson::fromJson(R"({"TITLE":"asc","DATE_CREATE":"DESC"})"));
    QCOMPARE(order.rows()->rowCount(), 2);
    QCOMPARE(order.rows()->field(0), u"TITLE"_s);
    QCOMPARE(order.order().toJson(), QByteArray(R"({"TITLE":"ASC","DATE_CREATE":"DESC"})"));
}

QTEST_MAIN(TestFilterBuilder)
#include "tst_filterbuilder.moc"
