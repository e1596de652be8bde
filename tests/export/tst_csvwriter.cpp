#include "core/export/csvwriter.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static QJsonArray goldenRows()
{
    return QJsonDocument::fromJson(readAll(QStringLiteral(B24_TEST_DATA_DIR "/golden/deals.rows.json")))
        .array();
}

static QByteArray writeCsv(const QJsonArray &rows, const ColumnSet &columns, const CsvOptions &options)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, columns, options);
    // Two "pages", as a list export delivers them, so late columns arrive after rows were encoded.
    if (!writer.writeRows(QJsonArray{rows.at(0), rows.at(1)}))
        return "failed: "_ba + writer.errorString().toUtf8();
    for (qsizetype i = 2; i < rows.size(); ++i)
        writer.writeRow(rows.at(i));
    if (!writer.finish())
        return "failed: "_ba + writer.errorString().toUtf8();
    return out;
}

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void encodeCell_data();
    void encodeCell();
    void golden_data();
    void golden();
    void plainRows_data();
    void plainRows();
    void emptyExport();
    void roundTripThroughPythonCsv_data();
    void roundTripThroughPythonCsv();
    void fullDisk();
};

void TestCsvWriter::encodeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"abc"_s << QChar(u',') << true << u"abc"_s;
    QTest::newRow("empty") << QString() << QChar(u',') << true << QString();
    QTest::newRow("comma") << u"a,b"_s << QChar(u',') << true << u"\"a,b\""_s;
    QTest::newRow("comma with ;") << u"a,b"_s << QChar(u';') << true << u"a,b"_s;
    QTest::newRow("semicolon with ;") << u"a;b"_s << QChar(u';') << true << u"\"a;b\""_s;
    QTest::newRow("quote doubled") << u"say \"hi\""_s << QChar(u',') << true << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << QChar(u',') << true << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << QChar(u',') << true << u"\"a\rb\""_s;
    QTest::newRow("formula =") << u"=1+2"_s << QChar(u',') << true << u"'=1+2"_s;
    QTest::newRow("formula + not a number") << u"+7 495"_s << QChar(u',') << true << u"'+7 495"_s;
    QTest::newRow("formula -") << u"-2+3"_s << QChar(u',') << true << u"'-2+3"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << QChar(u',') << true << u"'@SUM(A1)"_s;
    QTest::newRow("leading tab") << u"\tx"_s << QChar(u',') << true << u"'\tx"_s;
    QTest::newRow("leading CR quoted and guarded") << u"\rx"_s << QChar(u',') << true << u"\"'\rx\""_s;
    QTest::newRow("quoted formula") << u"=A1,B1"_s << QChar(u',') << true << u"\"'=A1,B1\""_s;
    QTest::newRow("negative number kept") << u"-12.5"_s << QChar(u',') << true << u"-12.5"_s;
    QTest::newRow("positive sign number kept") << u"+3"_s << QChar(u',') << true << u"+3"_s;
    QTest::newRow("guard off") << u"=1+2"_s << QChar(u',') << false << u"=1+2"_s;
    QTest::newRow("equals inside") << u"a=b"_s << QChar(u',') << true << u"a=b"_s;
    QTest::newRow("cyrillic") << u"\u041c\u0430\u0440\u0438\u044f"_s << QChar(u',') << true
                              << u"\u041c\u0430\u0440\u0438\u044f"_s;
}

void TestCsvWriter::encodeCell()
{
    QFETCH(QString, cell);
    QFETCH(QChar, delimiter);
    QFETCH(bool, guard);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::encodeCell(cell, delimiter, guard), expected);
}

void TestCsvWriter::golden_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QString>("columns");

    QTest::newRow("comma, discovered columns") << u"deals.csv"_s << QChar(u',') << false << true << QString();
    QTest::newRow("semicolon + BOM") << u"deals.semicolon-bom.csv"_s << QChar(u';') << true << true
                                     << QString();
    QTest::newRow("chosen columns, guard off") << u"deals.columns-unguarded.csv"_s << QChar(u',') << false
                                               << false << u"TITLE,ID,PHONE,responsible,MISSING"_s;
}

void TestCsvWriter::golden()
{
    QFETCH(QString, golden);
    QFETCH(QChar, delimiter);
    QFETCH(bool, bom);
    QFETCH(bool, guard);
    QFETCH(QString, columns);
    CsvOptions options;
    options.delimiter = delimiter;
    options.byteOrderMark = bom;
    options.formulaGuard = guard;
    const ColumnSet set = columns.isEmpty() ? ColumnSet() : ColumnSet(ColumnSet::parseList(columns));
    const QByteArray expected = readAll(QStringLiteral(B24_TEST_DATA_DIR "/golden/") + golden);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(writeCsv(goldenRows(), set, options), expected);
}

// Rows that are not objects (im.chat.user.list answers user IDs) are one "value" column.
void TestCsvWriter::plainRows_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("user IDs") << "[99,1269,1271]"_ba << QString() << "value\r\n99\r\n1269\r\n1271\r\n"_ba;
    QTest::newRow("strings, guarded")
        << R"(["user","=cmd"])"_ba << QString() << "value\r\nuser\r\n'=cmd\r\n"_ba;
    QTest::newRow("mixed with objects")
        << R"([{"ID":"1","TITLE":"a"},99,null,[1,2],true])"_ba << QString()
        << "ID,TITLE,value\r\n1,a,\r\n,,99\r\n,,\r\n,,\"1, 2\"\r\n,,true\r\n"_ba;
    QTest::newRow("chosen value column") << R"([99,{"ID":"5"}])"_ba << u"value"_s << "value\r\n99\r\n\r\n"_ba;
}

void TestCsvWriter::plainRows()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, columns);
    QFETCH(QByteArray, expected);
    const ColumnSet set = columns.isEmpty() ? ColumnSet() : ColumnSet(ColumnSet::parseList(columns));
    QCOMPARE(writeCsv(QJsonDocument::fromJson(rows).array(), set, CsvOptions()), expected);
}

void TestCsvWriter::emptyExport()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter discovered(&buffer, ColumnSet());
    QVERIFY(discovered.finish());
    QCOMPARE(out, QByteArray()); // no columns known: no header line either
    CsvWriter chosen(&buffer, ColumnSet({u"ID"_s, u"TITLE"_s}));
    QVERIFY(chosen.finish());
    QCOMPARE(out, "ID,TITLE\r\n"_ba);
}

void TestCsvWriter::roundTripThroughPythonCsv_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
}

// An independent RFC 4180 reader (Python's csv module) must read back exactly the cells we meant.
void TestCsvWriter::roundTripThroughPythonCsv()
{
    QFETCH(QChar, delimiter);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    CsvOptions options;
    options.delimiter = delimiter;
    options.formulaGuard = false; // the guard changes cells on purpose; here they must come back as is
    options.byteOrderMark = true;
    const QJsonArray rows = goldenRows();
    const QByteArray csv = writeCsv(rows, ColumnSet(), options);

    ColumnSet expectedColumns;
    QJsonArray expected;
    QList<QStringList> placed;
    for (const QJsonValue &row : rows)
        placed.append(expectedColumns.place(row.toObject()));
    expected.append(QJsonArray::fromStringList(expectedColumns.names()));
    for (QStringList cells : placed) {
        cells.resize(expectedColumns.count());
        expected.append(QJsonArray::fromStringList(cells));
    }

    QProcess process;
    const QString script =
        u"import csv,io,json,sys\n"
        "data=sys.stdin.buffer.read().decode('utf-8-sig')\n"
        "print(json.dumps(list(csv.reader(io.StringIO(data, newline=''), delimiter=sys.argv[1]))))"_s;
    process.start(python, {u"-c"_s, script, QString(delimiter)});
    QVERIFY(process.waitForStarted());
    process.write(csv);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).array(), expected);
}

void TestCsvWriter::fullDisk()
{
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("/dev/full is not available");
    CsvWriter writer(&full, ColumnSet({u"ID"_s, u"TEXT"_s}));
    const QJsonObject row{{u"ID"_s, u"1"_s}, {u"TEXT"_s, QString(1000, u'x')}};
    bool ok = true;
    for (int i = 0; i < 1000 && ok; ++i)
        ok = writer.writeRow(row);
    ok = ok && writer.finish();
    QVERIFY(!ok);
    QVERIFY(writer.hasFailed());
    QVERIFY2(writer.errorString().contains(u"space"_s, Qt::CaseInsensitive),
             qPrintable(writer.errorString()));
    QVERIFY(!writer.writeRow(row)); // stays failed
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
