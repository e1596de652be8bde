#include "core/export/jsonwriters.h"

#include "core/export/csvoptions.h"
#include "core/table/columnset.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class TestJsonWriters : public QObject
{
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void plainRows_data();
    void plainRows();
    void empty_data();
    void empty();
    void parseFormat_data();
    void parseFormat();
    void fullDisk();
};

void TestJsonWriters::golden_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("golden");
    QTest::newRow("jsonl") << u"jsonl"_s << QString() << u"deals.jsonl"_s;
    QTest::newRow("json array") << u"json"_s << QString() << u"deals.json"_s;
    QTest::newRow("jsonl, chosen columns in order")
        << u"jsonl"_s << u"TITLE,ID,PHONE,responsible.name,MISSING"_s << u"deals.columns.jsonl"_s;
}

void TestJsonWriters::golden()
{
    QFETCH(QString, format);
    QFETCH(QString, columns);
    QFETCH(QString, golden);
    const QString dir = QStringLiteral(B24_TEST_DATA_DIR "/golden/");
    const QJsonArray rows = QJsonDocument::fromJson(readAll(dir + u"deals.rows.json"_s)).array();
    QVERIFY(!rows.isEmpty());
    RowWriter::Format parsed;
    QVERIFY(RowWriter::parseFormat(format, &parsed));

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const ColumnSet set = columns.isEmpty() ? ColumnSet() : ColumnSet(ColumnSet::parseList(columns));
    auto writer = RowWriter::create(parsed, &buffer, set, CsvOptions());
    QVERIFY(writer->writeRows(rows));
    QVERIFY(writer->finish());
    QCOMPARE(writer->rowCount(), rows.size());
    QCOMPARE(writer->bytesWritten(), out.size());
    QCOMPARE(out, readAll(dir + golden));
}

// Rows that are not objects (im.chat.user.list answers user IDs): JSON Lines writes the "value"
// column the table and CSV show, a JSON array keeps them as the portal sent them.
void TestJsonWriters::plainRows_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QByteArray>("expected");

    const int lines = int(RowWriter::Format::JsonLines);
    const int array = int(RowWriter::Format::JsonArray);
    QTest::newRow("jsonl, IDs") << lines << QString() << "[99,1269,1271]"_ba
                                << "{\"value\":99}\n{\"value\":1269}\n{\"value\":1271}\n"_ba;
    QTest::newRow("json, IDs") << array << QString() << "[99,1269,1271]"_ba
                               << "[\n99,\n1269,\n1271\n]\n"_ba;
    const QByteArray mixed = R"(["user",{"ID":"1"},null,[1,2],true])"_ba;
    QTest::newRow("jsonl, mixed")
        << lines << QString() << mixed
        << "{\"value\":\"user\"}\n{\"ID\":\"1\"}\n{\"value\":null}\n{\"value\":[1,2]}\n{\"value\":true}\n"_ba;
    QTest::newRow("json, mixed") << array << QString() << mixed
                                 << "[\n\"user\",\n{\"ID\":\"1\"},\nnull,\n[1,2],\ntrue\n]\n"_ba;
    QTest::newRow("json, chosen columns project plain rows too")
        << array << u"value,ID"_s << R"([99,{"ID":"1"}])"_ba
        << "[\n{\"value\":99,\"ID\":null},\n{\"value\":null,\"ID\":\"1\"}\n]\n"_ba;
}

void TestJsonWriters::plainRows()
{
    QFETCH(int, format);
    QFETCH(QString, columns);
    QFETCH(QByteArray, rows);
    QFETCH(QByteArray, expected);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const ColumnSet set = columns.isEmpty() ? ColumnSet() : ColumnSet(ColumnSet::parseList(columns));
    auto writer = RowWriter::create(RowWriter::Format(format), &buffer, set, CsvOptions());
    const QJsonArray parsed = QJsonDocument::fromJson(rows).array();
    QVERIFY(writer->writeRows(parsed));
    QVERIFY(writer->finish());
    QCOMPARE(writer->rowCount(), parsed.size());
    QCOMPARE(out, expected);
}

void TestJsonWriters::empty_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("jsonl") << int(RowWriter::Format::JsonLines) << QByteArray();
    QTest::newRow("json") << int(RowWriter::Format::JsonArray) << "[]\n"_ba;
}

void TestJsonWriters::empty()
{
    QFETCH(int, format);
    QFETCH(QByteArray, expected);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto writer = RowWriter::create(RowWriter::Format(format), &buffer, ColumnSet(), CsvOptions());
    QVERIFY(writer->finish());
    QCOMPARE(out, expected);
}

void TestJsonWriters::parseFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("csv") << u"csv"_s << true << u"csv"_s;
    QTest::newRow("CSV") << u"CSV"_s << true << u"csv"_s;
    QTest::newRow("jsonl") << u"jsonl"_s << true << u"jsonl"_s;
    QTest::newRow("ndjson") << u"ndjson"_s << true << u"jsonl"_s;
    QTest::newRow("json") << u"json"_s << true << u"json"_s;
    QTest::newRow("xml") << u"xml"_s << false << QString();
}

void TestJsonWriters::parseFormat()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    RowWriter::Format format = RowWriter::Format::Csv;
    QCOMPARE(RowWriter::parseFormat(name, &format), valid);
    if (valid)
        QCOMPARE(RowWriter::formatName(format), canonical);
}

void TestJsonWriters::fullDisk()
{
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("/dev/full is not available");
    JsonLinesWriter writer(&full);
    const QJsonObject row{{u"TEXT"_s, QString(100, u'x')}};
    for (int i = 0; i < 10; ++i)
        QVERIFY(writer.writeRow(row)); // small: still buffered
    QVERIFY(!writer.finish());
    QVERIFY2(writer.errorString().contains(u"space"_s, Qt::CaseInsensitive),
             qPrintable(writer.errorString()));
}

QTEST_GUILESS_MAIN(TestJsonWriters)
#include "tst_jsonwriters.moc"
