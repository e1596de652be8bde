// The fast CSV row encoder must write exactly what the reference path writes: RowFlattener +
// ColumnSet::place for the cells, CsvWriter::encodeCell's rules for each cell, joined by the
// delimiter. The reference is computed here from those classes, never hard-coded.
#include "core/export/csvrowencoder.h"
#include "core/table/columnset.h"
#include "core/table/rowflattener.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

namespace {

QByteArray referenceLine(ColumnSet *columns, const QJsonValue &row, const CsvOptions &options)
{
    const QStringList cells = columns->place(row);
    QStringList encoded;
    for (const QString &cell : cells) {
        QByteArray bytes;
        CsvRowEncoder::appendCell(&bytes, cell, options.delimiter, options.formulaGuard);
        encoded.append(QString::fromUtf8(bytes));
    }
    return encoded.join(options.delimiter).toUtf8();
}

QJsonArray trickyRows()
{
    // Not a raw string literal: moc mis-parses those.
    const QByteArray json =
        "["
        "{\"ID\": \"1\", \"TITLE\": \"plain\", \"OPPORTUNITY\": 12.5, \"CLOSED\": false, \"NOTE\": null},"
        "{\"TITLE\": \"no id first\", \"ID\": 2, \"EXTRA\": \"=1+2\", \"AMOUNT\": -0.25, \"BIG\": 1e300, "
        "\"TINY\": 1.5e-7},"
        "{\"id\": 3, \"nested\": {\"b\": 1, \"a\": {\"c\": \"deep\"}}, \"nested.b\": \"dotted key wins or "
        "loses\"},"
        "{\"ID\": 4, \"PHONE\": [{\"ID\": \"7\", \"VALUE_TYPE\": \"WORK\", \"VALUE\": \"+7 495\", "
        "\"TYPE_ID\": \"PHONE\"}],"
        "\"TAGS\": [\"a\", \"b,c\"], \"OBJS\": [{\"x\": 1}], \"EMPTY\": {}, \"QUOTE\": \"say "
        "\\\"hi\\\"\\nnext\"},"
        "{\"ID\": 5, \"SEMI\": \"a;b\", \"DOT\": 3.75, \"INT\": 100000, \"NEG\": -12, \"SURROGATE\": "
        "\"\\ud83d\\ude00 \\u041c\\u0438\\u0440\"},"
        "{\"ID\": {\"inner\": 6}, \"LATE\": \"only here\", \"AAA\": \"first key\"},"
        "{},"
        // Rows that are not objects: the "value" column.
        "99, \"=cmd\", null, [1, \"b,c\"], true"
        "]";
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class TestCsvRowEncoder : public QObject
{
    Q_OBJECT
private slots:
    void sameAsReference_data();
    void sameAsReference();
    void numbers_data();
    void numbers();
};

void TestCsvRowEncoder::sameAsReference_data()
{
    QTest::addColumn<QString>("rowsFile");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QString>("chosen");

    const QString golden = QStringLiteral(B24_TEST_DATA_DIR "/golden/deals.rows.json");
    QTest::newRow("golden, discovered") << golden << QChar(u',') << true << QString();
    QTest::newRow("golden, ; unguarded") << golden << QChar(u';') << false << QString();
    QTest::newRow("golden, chosen") << golden << QChar(u',') << true
                                    << u"TITLE,ID,PHONE,responsible,MISSING"_s;
    QTest::newRow("tricky, discovered") << QString() << QChar(u',') << true << QString();
    QTest::newRow("tricky, ;") << QString() << QChar(u';') << true << QString();
    QTest::newRow("tricky, . delimiter") << QString() << QChar(u'.') << true << QString();
    QTest::newRow("tricky, chosen") << QString() << QChar(u',') << true
                                    << u"nested,nested.b,ID,id,LATE,TAGS,value"_s;
}

void TestCsvRowEncoder::sameAsReference()
{
    QFETCH(QString, rowsFile);
    QFETCH(QChar, delimiter);
    QFETCH(bool, guard);
    QFETCH(QString, chosen);
    QJsonArray rows = trickyRows();
    if (!rowsFile.isEmpty()) {
        QFile file(rowsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        rows = QJsonDocument::fromJson(file.readAll()).array();
    }
    QVERIFY(rows.size() > 3);
    CsvOptions options;
    options.delimiter = delimiter;
    options.formulaGuard = guard;
    ColumnSet reference = chosen.isEmpty() ? ColumnSet() : ColumnSet(ColumnSet::parseList(chosen));
    ColumnSet fast = reference;
    CsvRowEncoder encoder(&fast, options);
    QByteArray line;
    // Twice over, so the second pass runs on a warm key cache.
    for (int pass = 0; pass < 2; ++pass) {
        for (const QJsonValue &row : rows) {
            const QByteArray expected = referenceLine(&reference, row, options);
            const qsizetype cells = encoder.encode(row, &line);
            QCOMPARE(QString::fromUtf8(line), QString::fromUtf8(expected));
            QCOMPARE(cells, reference.count());
            QCOMPARE(fast.names(), reference.names());
        }
    }
}

void TestCsvRowEncoder::numbers_data()
{
    QTest::addColumn<double>("value");
    for (const double value :
         {0.0,        -0.0, 1.0,     -12.0,    100000.0, 0.25,   -1234.75,       0.1,
          1.0 / 3.0,  1e-4, 1.5e-4,  1e-3,     0.00123,  1.5e-5, 123456789012.5, 9007199254740992.0,
          1e15 + 0.5, 1e21, 6.02e23, -2.5e-300})
        QTest::newRow(qPrintable(QString::number(value, 'g', 17))) << value;
}

void TestCsvRowEncoder::numbers()
{
    QFETCH(double, value);
    QByteArray bytes;
    CsvRowEncoder::appendNumber(&bytes, value);
    QCOMPARE(QString::fromLatin1(bytes), RowFlattener::numberText(value));
}

QTEST_GUILESS_MAIN(TestCsvRowEncoder)
#include "tst_csvrowencoder.moc"
