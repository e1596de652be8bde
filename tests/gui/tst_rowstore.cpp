#include "core/table/rowflattener.h"
#include "ui/results/rowstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

// The compact row store must give back exactly what was received: every JSON type, keys that
// come and go between rows, and cells rendered as RowFlattener renders the original object.
class TestRowStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void cellsMatchFlattener_data() { roundTrip_data(); }
    void cellsMatchFlattener();
    void snapshotStaysAsTaken();
    void blocksHoldManyRows();
};

namespace {

QList<QJsonObject> parseRows(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    [&] { QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString())); }();
    QList<QJsonObject> rows;
    for (const QJsonValue &row : document.array())
        rows.append(row.toObject());
    return rows;
}

QByteArray text(const QJsonObject &row)
{
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

} // namespace

void TestRowStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("unicode strings") << QByteArray(
        R"([{"s":"Привет, 世界 😀","e":"","esc":"t\tq\"n\n\\ \u0001"}])");
    QTest::newRow("numbers") << QByteArray(
        R"([{"zero":0,"neg":-42,"big":9007199254740993,"max":9223372036854775807,)"
        R"("min":-9223372036854775808,"frac":0.1,"huge":1.5e300,"tiny":-2.5e-300,"half":-2.75,"one":1.0}])");
    QTest::newRow("literals") << QByteArray(R"([{"t":true,"f":false,"n":null}])");
    QTest::newRow("nested") << QByteArray(
        R"([{"o":{"a":{"b":[1,"x",null,true,2.5]}},"PHONE":[{"ID":"1","VALUE":"+1","VALUE_TYPE":"WORK"}],)"
        R"("eo":{},"ea":[],"deep":[[1,[2]],{"k":{"z":9007199254740993}}]}])");
    QTest::newRow("empty row") << QByteArray(R"([{},{"a":1},{}])");
    QTest::newRow("keys differ between rows")
        << QByteArray(R"([{"ID":"1","a":1,"b":"x"},{"b":"y","c":true},{"a":2,"ID":"3"},{"d":{"e":null}}])");
    QTest::newRow("duplicate key") << QByteArray(R"([{"a":1,"a":"two"},{"a":3}])");
    QTest::newRow("dotted keys") << QByteArray(R"([{"a.b":1,"a":{"b":2,"c":3}},{"a":{"b.c":4}}])");
    QTest::newRow("long string") << QByteArray("[{\"s\":\"" + QByteArray(70000, 'x') + "\"}]");
}

void TestRowStore::roundTrip()
{
    QFETCH(QByteArray, json);
    const QList<QJsonObject> rows = parseRows(json);
    QVERIFY(!rows.isEmpty());
    b24::RowStore store;
    for (const QJsonObject &row : rows)
        store.append(row);
    QCOMPARE(store.rowCount(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject back = store.rows().row(i);
        QCOMPARE(back, rows.at(i));
        QCOMPARE(text(back), text(rows.at(i))); // integers stay integers, every digit kept
        QCOMPARE(back.keys(), rows.at(i).keys());
    }
}

void TestRowStore::cellsMatchFlattener()
{
    QFETCH(QByteArray, json);
    const QList<QJsonObject> rows = parseRows(json);
    b24::RowStore store;
    QStringList columns;
    for (const QJsonObject &row : rows) {
        store.append(row);
        QStringList names;
        b24::RowFlattener::columnNames(row, &names);
        for (const QString &name : std::as_const(names)) {
            if (!columns.contains(name))
                columns.append(name);
        }
    }
    columns += u"absent"_s;
    for (const QString &column : std::as_const(columns)) {
        const b24::RowSnapshot::Path path = store.rows().resolve(column);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonValue expected = b24::RowFlattener::valueAt(rows.at(i), column);
            QCOMPARE(store.rows().value(i, path), expected);
            QCOMPARE(store.rows().cellText(i, path), b24::RowFlattener::cellText(expected));
        }
    }
}

void TestRowStore::snapshotStaysAsTaken()
{
    b24::RowStore store;
    store.append(QJsonObject{{u"ID"_s, 1}, {u"name"_s, u"one"_s}});
    const b24::RowSnapshot snapshot = store.snapshot();
    store.append(QJsonObject{{u"ID"_s, 2}, {u"other"_s, true}}); // a new block, a new key
    QCOMPARE(snapshot.rowCount(), 1);
    QCOMPARE(store.rowCount(), 2);
    QCOMPARE(snapshot.keys(), (QStringList{u"ID"_s, u"name"_s}));
    QCOMPARE(store.rows().row(1).value(u"other"_s), QJsonValue(true));
    store.clear();
    QCOMPARE(store.rowCount(), 0);
    QCOMPARE(snapshot.row(0).value(u"name"_s).toString(), u"one"_s);
}

void TestRowStore::blocksHoldManyRows()
{
    b24::RowStore store;
    const qsizetype count = 3 * b24::RowStore::kBlockRows + 17;
    for (qsizetype i = 0; i < count; ++i) {
        store.append(QJsonObject{{u"ID"_s, QString::number(i)}, {u"n"_s, double(i) / 4}});
        if (i == 100)
            store.snapshot(); // seals a short block mid-way
    }
    const b24::RowSnapshot::Path id = store.rows().resolve(u"ID"_s);
    for (const qsizetype i :
         {qsizetype(0), qsizetype(100), qsizetype(101), b24::RowStore::kBlockRows, count - 1}) {
        QCOMPARE(store.rows().cellText(i, id), QString::number(i));
        QCOMPARE(store.rows().row(i).value(u"n"_s).toDouble(), double(i) / 4);
    }
    QVERIFY(store.rows().byteSize() > 0);
    QVERIFY(store.rows().byteSize() < count * 64); // compact: a few bytes per value
}

QTEST_MAIN(TestRowStore)
#include "tst_rowstore.moc"
