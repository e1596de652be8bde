#include "ui/results/rowtextindex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestRowTextIndex : public QObject
{
    Q_OBJECT
private slots:
    void matchesCells_data();
    void matchesCells();
    void rangesAcrossChunks();
};

namespace {
QString rowsMatching(const b24::RowTextIndex &index, const QString &text)
{
    std::vector<char> out(size_t(index.rowCount()), 0);
    const qsizetype count = index.match(b24::RowTextIndex::needle(text), 0, index.rowCount(), out.data());
    QString rows;
    for (size_t row = 0; row < out.size(); ++row) {
        if (out[row])
            rows += QString::number(row);
    }
    return count == rows.size() ? rows : u"count %1 != %2"_s.arg(count).arg(rows);
}
} // namespace

void TestRowTextIndex::matchesCells_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("rows"); // the matching row numbers, concatenated
    QTest::newRow("ascii, any case") << u"ALPHA"_s << u"02"_s;
    QTest::newRow("cyrillic, any case") << u"москва"_s << u"1"_s;
    QTest::newRow("number cell") << u"10.5"_s << u"3"_s;
    QTest::newRow("nested object leaf") << u"ann"_s << u"3"_s;
    QTest::newRow("multi-field value and type") << u"+100 (work)"_s << u"2"_s;
    QTest::newRow("boolean") << u"true"_s << u"1"_s;
    QTest::newRow("never across two cells") << u"alpha7"_s << QString();
    QTest::newRow("never across two rows") << u"bet"_s << u"0"_s;
    QTest::newRow("column names are not text") << u"TITLE"_s << QString();
    QTest::newRow("nothing") << u"zzz"_s << QString();
}

void TestRowTextIndex::matchesCells()
{
    QFETCH(QString, needle);
    QFETCH(QString, rows);
    b24::RowTextIndex index;
    index.append({{u"ID"_s, u"1"_s}, {u"TITLE"_s, u"Alpha beta"_s}});
    index.append({{u"ID"_s, 7}, {u"TITLE"_s, u"Москва"_s}, {u"OK"_s, true}});
    index.append(
        {{u"ID"_s, u"alpha"_s},
         {u"PHONE"_s, QJsonArray{QJsonObject{{u"VALUE"_s, u"+100"_s}, {u"VALUE_TYPE"_s, u"WORK"_s}}}}});
    index.append({{u"SUM"_s, 10.5}, {u"responsible"_s, QJsonObject{{u"name"_s, u"Ann"_s}}}});
    QCOMPARE(index.rowCount(), 4);
    QCOMPARE(rowsMatching(index, needle), rows);
}

void TestRowTextIndex::rangesAcrossChunks()
{
    // Enough text for several chunks; every row matches its own number exactly once.
    b24::RowTextIndex index;
    const QString filler(3000, u'x');
    constexpr int rows = 4000;
    for (int row = 0; row < rows; ++row)
        index.append({{u"N"_s, u"<%1>"_s.arg(row)}, {u"F"_s, filler}});
    QVERIFY(index.byteSize() > 3 * 4 * 1024 * 1024);
    for (const int row : {0, 1397, 1398, 2795, 2796, rows - 1}) {
        std::vector<char> out(rows, 0);
        QCOMPARE(index.match(b24::RowTextIndex::needle(u"<%1>"_s.arg(row)), 0, rows, out.data()), 1);
        QCOMPARE(out[size_t(row)], char(1));
    }
    // A range inside the rows: only those rows are looked at, out is relative to `from`.
    std::vector<char> out(100, 0);
    QCOMPARE(index.match(b24::RowTextIndex::needle(u"x"_s), 1350, 1450, out.data()), 100);
    QCOMPARE(index.match(b24::RowTextIndex::needle(u"<1351>"_s), 1350, 1450, out.data()), 1);
    QCOMPARE(index.match(b24::RowTextIndex::needle(u"<1351>"_s), 1352, 1450, out.data()), 0);
    index.clear();
    QCOMPARE(index.rowCount(), 0);
}

QTEST_MAIN(TestRowTextIndex)
#include "tst_rowtextindex.moc"
