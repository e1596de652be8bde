#include "core/table/columnset.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

class TestColumnSet : public QObject
{
    Q_OBJECT
private slots:
    void parseList_data();
    void parseList();
    void discovers_data();
    void discovers();
    void chosen_data();
    void chosen();
    void tasksFixture();
};

// Rows as a JSON array text; each placed row rendered "a,b,c" and rows joined with "/".
static QString placeAll(ColumnSet *columns, const QByteArray &rowsJson)
{
    QStringList out;
    const QJsonArray rows = QJsonDocument::fromJson(rowsJson).array();
    for (const QJsonValue &row : rows)
        out.append(columns->place(row).join(u','));
    return out.join(u'/');
}

void TestColumnSet::parseList_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"ID,TITLE"_s << QStringList{u"ID"_s, u"TITLE"_s};
    QTest::newRow("spaces and empties") << u" ID , ,TITLE,"_s << QStringList{u"ID"_s, u"TITLE"_s};
    QTest::newRow("duplicates once") << u"A,B,A"_s << QStringList{u"A"_s, u"B"_s};
    QTest::newRow("nested") << u"r.name"_s << QStringList{u"r.name"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestColumnSet::parseList()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, expected);
    QCOMPARE(ColumnSet::parseList(spec), expected);
}

void TestColumnSet::discovers_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("placed");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("same keys") << R"([{"ID":"1","T":"a"},{"ID":"2","T":"b"}])"_ba << u"1,a/2,b"_s
                               << QStringList{u"ID"_s, u"T"_s};
    QTest::newRow("late column appended")
        << R"([{"ID":"1"},{"ID":"2","PHONE":"x"}])"_ba << u"1/2,x"_s << QStringList{u"ID"_s, u"PHONE"_s};
    QTest::newRow("missing cell empty")
        << R"([{"ID":"1","T":"a"},{"ID":"2"}])"_ba << u"1,a/2,"_s << QStringList{u"ID"_s, u"T"_s};
    QTest::newRow("nested columns") << R"([{"id":1,"r":{"n":"M"}},{"id":2,"r":{"n":"J","w":"T"}}])"_ba
                                    << u"1,M/2,J,T"_s << QStringList{u"id"_s, u"r.n"_s, u"r.w"_s};
    // im.chat.user.list answers user IDs, disk.storage.gettypes strings: one "value" column.
    QTest::newRow("plain values") << "[99,1269,1271]"_ba << u"99/1269/1271"_s << QStringList{u"value"_s};
    QTest::newRow("plain and objects mixed") << R"([{"ID":"1"},"x",null,{"ID":"2","value":"v"}])"_ba
                                             << u"1/,x/,/2,v"_s << QStringList{u"ID"_s, u"value"_s};
}

void TestColumnSet::discovers()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, placed);
    QFETCH(QStringList, names);
    ColumnSet columns;
    QVERIFY(!columns.isChosen());
    QCOMPARE(placeAll(&columns, rows), placed);
    QCOMPARE(columns.names(), names);
}

void TestColumnSet::chosen_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("placed");

    const QByteArray rows = R"([{"ID":"1","T":"a","r":{"n":"M"},"E":[{"VALUE":"e","VALUE_TYPE":"W"}]}])"_ba;
    QTest::newRow("order chosen") << u"T,ID"_s << rows << u"a,1"_s;
    QTest::newRow("others dropped") << u"ID"_s << rows << u"1"_s;
    QTest::newRow("unknown column empty") << u"ID,NOPE"_s << rows << u"1,"_s;
    QTest::newRow("leaf of nested") << u"r.n"_s << rows << u"M"_s;
    QTest::newRow("object column as JSON") << u"r"_s << rows << uR"({"n":"M"})"_s;
    QTest::newRow("multi-field") << u"E"_s << rows << u"e (W)"_s;
    QTest::newRow("value of plain rows") << u"value,ID"_s << R"([42,{"ID":"1"}])"_ba << u"42,/,1"_s;
}

void TestColumnSet::chosen()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, rows);
    QFETCH(QString, placed);
    ColumnSet columns(ColumnSet::parseList(spec));
    QVERIFY(columns.isChosen());
    QCOMPARE(placeAll(&columns, rows), placed);
    QCOMPARE(columns.names(), ColumnSet::parseList(spec)); // never grows
    QCOMPARE(columns.add(u"ZZZ"_s), qsizetype(-1));
}

void TestColumnSet::tasksFixture()
{
    QFile file(QStringLiteral(B24_FIXTURES_DIR "/tasks.task.list.response.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(u"result"_s)
                                .toObject()
                                .value(u"tasks"_s)
                                .toArray();
    QVERIFY(!rows.isEmpty());
    ColumnSet columns;
    const QStringList cells = columns.place(rows.first().toObject());
    QCOMPARE(cells.size(), columns.count());
    QCOMPARE(columns.names().first(), u"id"_s);
    const qsizetype name = columns.indexOf(u"responsible.name"_s);
    QVERIFY(name >= 0);
    QCOMPARE(cells.at(name), u"Maria"_s);
    QCOMPARE(cells.at(columns.indexOf(u"auditors"_s)), u"13, 103"_s);
    QCOMPARE(cells.at(columns.indexOf(u"auditorsData.13.name"_s)), u"John Smith"_s);
}

QTEST_GUILESS_MAIN(TestColumnSet)
#include "tst_columnset.moc"
