#include "ui/results/columnsortkeys.h"

#include <QtTest>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

class TestColumnSortKeys : public QObject
{
    Q_OBJECT
private slots:
    void orders_data();
    void orders();
    void turnsTextWhenANonNumberArrives();
};

namespace {
// The cells in the order the keys sort them (stable, as the proxy sorts).
QStringList sorted(const QStringList &cells)
{
    b24::ColumnSortKeys keys;
    keys.extend(cells.size(), [&](qsizetype row) { return cells.at(row); });
    std::vector<qsizetype> rows(size_t(cells.size()));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) { return keys.less(a, b); });
    QStringList out;
    for (const qsizetype row : rows)
        out.append(cells.at(row));
    return out;
}
} // namespace

void TestColumnSortKeys::orders_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("numbers, not digits") << QStringList{u"10"_s, u"9"_s, u"100"_s, u"-1.5"_s}
                                         << QStringList{u"-1.5"_s, u"9"_s, u"10"_s, u"100"_s};
    QTest::newRow("empty cells first among numbers")
        << QStringList{u"3"_s, QString(), u"1"_s} << QStringList{QString(), u"1"_s, u"3"_s};
    QTest::newRow("text ignores case, ties keep order")
        << QStringList{u"beta"_s, u"Alpha"_s, u"alpha"_s, u"ALPHA"_s}
        << QStringList{u"Alpha"_s, u"alpha"_s, u"ALPHA"_s, u"beta"_s};
    QTest::newRow("cyrillic ignores case") << QStringList{u"Яблоко"_s, u"арбуз"_s, u"Банан"_s}
                                           << QStringList{u"арбуз"_s, u"Банан"_s, u"Яблоко"_s};
    QTest::newRow("prefix first") << QStringList{u"deal 10"_s, u"deal 1"_s}
                                  << QStringList{u"deal 1"_s, u"deal 10"_s};
    QTest::newRow("mixed column is text")
        << QStringList{u"10"_s, u"9"_s, u"n/a"_s} << QStringList{u"10"_s, u"9"_s, u"n/a"_s};
}

void TestColumnSortKeys::orders()
{
    QFETCH(QStringList, cells);
    QFETCH(QStringList, expected);
    QCOMPARE(sorted(cells), expected);
}

void TestColumnSortKeys::turnsTextWhenANonNumberArrives()
{
    QStringList cells{u"10"_s, u"9"_s};
    const auto cell = [&](qsizetype row) { return cells.at(row); };
    b24::ColumnSortKeys keys;
    keys.extend(2, cell);
    QVERIFY(keys.isNumeric());
    QVERIFY(keys.less(1, 0));
    cells += u"x"_s; // streamed later: the earlier rows get text keys too
    keys.extend(3, cell);
    QVERIFY(!keys.isNumeric());
    QCOMPARE(keys.count(), 3);
    QVERIFY(keys.less(0, 1)); // "10" < "9" as text
    QVERIFY(keys.less(1, 2));
    keys.extend(2, cell); // never shrinks
    QCOMPARE(keys.count(), 3);
}

QTEST_MAIN(TestColumnSortKeys)
#include "tst_columnsortkeys.moc"
