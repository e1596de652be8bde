#include "core/table/rowflattener.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

// Cells rendered as "column=text" joined with " | ", so expectations read like the table.
static QString render(const QList<RowFlattener::Cell> &cells)
{
    QStringList parts;
    for (const RowFlattener::Cell &cell : cells)
        parts.append(cell.column + u'=' + cell.text);
    return parts.join(u" | "_s);
}

static QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

class TestRowFlattener : public QObject
{
    Q_OBJECT
private slots:
    void flatten_data();
    void flatten();
    void columnNames_data() { flatten_data(); }
    void columnNames();
    void cellText_data();
    void cellText();
    void valueAt_data();
    void valueAt();
    void asObject_data();
    void asObject();
    void contactFixture();
};

void TestRowFlattener::flatten_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("expected");

    QTest::newRow("scalars") << R"({"A":"x","B":1,"C":true,"D":null})"_ba << u"A=x | B=1 | C=true | D="_s;
    QTest::newRow("id leads") << R"({"ASSIGNED":"6","ID":"75","NAME":"Ivan"})"_ba
                              << u"ID=75 | ASSIGNED=6 | NAME=Ivan"_s;
    QTest::newRow("lower id leads") << R"({"b":1,"id":2})"_ba << u"id=2 | b=1"_s;
    QTest::newRow("nested object") << R"({"r":{"id":"547","name":"Maria"}})"_ba
                                   << u"r.id=547 | r.name=Maria"_s;
    QTest::newRow("deep nesting") << R"({"c":{"k":{"x":0},"v":"gray"}})"_ba << u"c.k.x=0 | c.v=gray"_s;
    QTest::newRow("empty object is one empty cell") << R"({"t":{}})"_ba << u"t="_s;
    QTest::newRow("empty array is one empty cell") << R"({"g":[]})"_ba << u"g="_s;
    QTest::newRow("scalar array joined") << R"({"a":["13","103"]})"_ba << u"a=13, 103"_s;
    QTest::newRow("multi-field")
        << R"({"PHONE":[{"ID":"1","VALUE_TYPE":"WORK","VALUE":"+7 1","TYPE_ID":"PHONE"},)"
           R"({"ID":"2","VALUE_TYPE":"MOBILE","VALUE":"+7 2","TYPE_ID":"PHONE"}]})"_ba
        << u"PHONE=+7 1 (WORK), +7 2 (MOBILE)"_s;
    QTest::newRow("array of objects is JSON")
        << R"({"f":[{"id":1,"url":"/x"}]})"_ba << uR"(f=[{"id":1,"url":"/x"}])"_s;
    QTest::newRow("nested arrays are JSON") << R"({"m":[[1,2],[3]]})"_ba << u"m=[[1,2],[3]]"_s;
    QTest::newRow("cyrillic") << "{\"T\":\"\xd0\x9a\xd0\xbe\xd0\xbd\"}"_ba << u"T=\u041a\u043e\u043d"_s;
}

void TestRowFlattener::flatten()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    QList<RowFlattener::Cell> cells;
    RowFlattener::flatten(parseObject(row), &cells);
    QCOMPARE(render(cells), expected);
}

// The views that render only visible cells discover columns by name: same names, same order.
void TestRowFlattener::columnNames()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    QStringList names;
    RowFlattener::columnNames(parseObject(row), &names);
    QStringList fromCells;
    for (const QString &cell : expected.split(u" | "_s))
        fromCells << cell.section(u'=', 0, 0);
    QCOMPARE(names, fromCells);
}

void TestRowFlattener::cellText_data()
{
    QTest::addColumn<QByteArray>("wrapped"); // {"v": <value>}
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << R"({"v":394})"_ba << u"394"_s;
    QTest::newRow("negative") << R"({"v":-12})"_ba << u"-12"_s;
    QTest::newRow("float") << R"({"v":19999.99})"_ba << u"19999.99"_s;
    QTest::newRow("timestamp") << R"({"v":1721722262.960948})"_ba << u"1721722262.960948"_s;
    QTest::newRow("big integer") << R"({"v":9007199254740991})"_ba << u"9007199254740991"_s;
    QTest::newRow("false") << R"({"v":false})"_ba << u"false"_s;
    QTest::newRow("null") << R"({"v":null})"_ba << QString();
    QTest::newRow("string keeps spaces") << R"({"v":" a "})"_ba << u" a "_s;
    QTest::newRow("mixed array") << R"({"v":[1,"a",null,true]})"_ba << u"1, a, , true"_s;
    QTest::newRow("array with an object") << R"({"v":[1,{"a":2}]})"_ba << uR"([1,{"a":2}])"_s;
    QTest::newRow("object as JSON") << R"({"v":{"a":1}})"_ba << uR"({"a":1})"_s;
    QTest::newRow("multi-field without type shown bare")
        << R"({"v":[{"VALUE":"x","TYPE_ID":"WEB"}]})"_ba << u"x"_s;
    QTest::newRow("crm.item fm camelCase")
        << R"({"v":[{"id":5,"valueType":"HOME","value":"a@b","typeId":"EMAIL"}]})"_ba << u"a@b (HOME)"_s;
    QTest::newRow("look-alike with nested value is JSON")
        << R"({"v":[{"VALUE":{"x":1},"VALUE_TYPE":"W"}]})"_ba << uR"([{"VALUE":{"x":1},"VALUE_TYPE":"W"}])"_s;
}

void TestRowFlattener::cellText()
{
    QFETCH(QByteArray, wrapped);
    QFETCH(QString, expected);
    QCOMPARE(RowFlattener::cellText(parseObject(wrapped).value(u"v"_s)), expected);
}

void TestRowFlattener::valueAt_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // cellText of the value, or "<undefined>"

    QTest::newRow("top") << u"ID"_s << u"7"_s;
    QTest::newRow("nested") << u"r.name"_s << u"Maria"_s;
    QTest::newRow("object") << u"r"_s << uR"({"name":"Maria"})"_s;
    QTest::newRow("dotted key") << u"a.b"_s << u"direct"_s;
    QTest::newRow("dotted key below") << u"x.y.z"_s << u"deep"_s;
    QTest::newRow("missing") << u"r.none"_s << u"<undefined>"_s;
    QTest::newRow("through a scalar") << u"ID.x"_s << u"<undefined>"_s;
}

void TestRowFlattener::valueAt()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonObject row =
        parseObject(R"({"ID":"7","r":{"name":"Maria"},"a.b":"direct","x":{"y.z":"deep"}})"_ba);
    const QJsonValue value = RowFlattener::valueAt(row, path);
    QCOMPARE(value.isUndefined() ? u"<undefined>"_s : RowFlattener::cellText(value), expected);
}

void TestRowFlattener::asObject_data()
{
    QTest::addColumn<QByteArray>("rows"); // a JSON array of rows
    QTest::addColumn<QString>("expected");

    QTest::newRow("user IDs") << "[99,1269,1271]"_ba << u"value=99 / value=1269 / value=1271"_s;
    QTest::newRow("strings") << R"(["user","common"])"_ba << u"value=user / value=common"_s;
    QTest::newRow("boolean and null") << "[true,null]"_ba << u"value=true / value="_s;
    QTest::newRow("nested arrays") << R"([[1,2],[{"a":1}]])"_ba << uR"(value=1, 2 / value=[{"a":1}])"_s;
    QTest::newRow("objects stay objects")
        << R"([{"ID":"5","value":"x"},7])"_ba << u"ID=5 | value=x / value=7"_s;
    QTest::newRow("empty object") << "[{}]"_ba << QString();
}

void TestRowFlattener::asObject()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, expected);
    QStringList rendered;
    for (const QJsonValue &row : QJsonDocument::fromJson(rows).array()) {
        QList<RowFlattener::Cell> cells;
        RowFlattener::flatten(RowFlattener::asObject(row), &cells);
        rendered << render(cells);
    }
    QCOMPARE(rendered.join(u" / "_s), expected);
}

void TestRowFlattener::contactFixture()
{
    QFile file(QStringLiteral(B24_FIXTURES_DIR "/crm.contact.list.response.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(u"result"_s).toArray();
    QVERIFY(!rows.isEmpty());
    QList<RowFlattener::Cell> cells;
    RowFlattener::flatten(rows.first().toObject(), &cells);
    QCOMPARE(cells.first().column, u"ID"_s);
    QCOMPARE(render(cells).contains(u"EMAIL=special-for@example.com (WORK)"_s), true);
}

QTEST_GUILESS_MAIN(TestRowFlattener)
#include "tst_rowflattener.moc"
