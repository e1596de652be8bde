#include "core/b24/resultrows.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

// Which rows an answer holds: one rule for the list walk, the result table and the batch results.
class TestResultRows : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void listUnderTheMethodsKey();
    void itemIsItsOwnRow();
};

void TestResultRows::rows_data()
{
    QTest::addColumn<QJsonValue>("result");
    QTest::addColumn<bool>("isList");
    QTest::addColumn<int>("rows");
    const QJsonArray two{QJsonObject{{u"ID"_s, u"1"_s}}, QJsonObject{{u"ID"_s, u"2"_s}}};
    QTest::newRow("plain list") << QJsonValue(two) << true << 2;
    QTest::newRow("wrapped list") << QJsonValue(QJsonObject{{u"items"_s, two}}) << true << 2;
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << true << 0;
    QTest::newRow("one entity") << QJsonValue(QJsonObject{{u"ID"_s, u"7"_s}}) << false << 1;
    // Two arrays: no wrapper can be told apart, so the object is one row (it was a list in the table
    // and a count of 1 in the batch results before the rule was written once).
    QTest::newRow("two arrays") << QJsonValue(QJsonObject{{u"a"_s, two}, {u"b"_s, two}}) << false << 1;
    QTest::newRow("list beside a scalar")
        << QJsonValue(QJsonObject{{u"items"_s, two}, {u"n"_s, 1}}) << false << 1;
    QTest::newRow("scalar") << QJsonValue(u"2024-01-01T00:00:00+00:00"_s) << false << 1;
    QTest::newRow("new ID") << QJsonValue(394) << false << 1;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << 0;
}

void TestResultRows::rows()
{
    QFETCH(QJsonValue, result);
    QFETCH(bool, isList);
    QFETCH(int, rows);
    QCOMPARE(listIn(result).has_value(), isList);
    QCOMPARE(resultRows(result).size(), rows);
}

void TestResultRows::listUnderTheMethodsKey()
{
    const QJsonObject tasks{{u"tasks"_s, QJsonArray{QJsonObject{{u"id"_s, u"8017"_s}}}}, {u"x"_s, 1}};
    QCOMPARE(listIn(tasks, u"tasks"_s)->size(), 1);
    QVERIFY(!listIn(tasks, u"items"_s));
    QVERIFY(!listIn(QJsonObject{{u"tasks"_s, u"no"_s}}, u"tasks"_s));
}

void TestResultRows::itemIsItsOwnRow()
{
    // REST 3.0 get/add ({result: {item}}) and crm.item.get: the item's fields are the columns.
    const QJsonObject task{{u"id"_s, 51}, {u"title"_s, u"Call back"_s}};
    const QJsonArray rows = resultRows(QJsonObject{{u"item"_s, task}});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject(), task);
    // Beside other keys, or not an object: the answer stays one row as it is.
    const QJsonObject more{{u"item"_s, task}, {u"n"_s, 1}};
    QCOMPARE(resultRows(more).first().toObject(), more);
    QCOMPARE(resultRows(QJsonObject{{u"item"_s, 5}}).first().toObject().value(u"item"_s).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestResultRows)
#include "tst_resultrows.moc"
