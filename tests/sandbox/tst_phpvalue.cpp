#include "core/sandbox/phpvalue.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::PhpValue;

// Arrays are shared until written: batch answers are copied on their way to the JSON writer,
// and deep copies were most of the sandbox's time in the raw-speed benchmark.
class TestPhpValue : public QObject
{
    Q_OBJECT
private slots:
    void copiesShareArrays();
    void writeDetaches_data();
    void writeDetaches();
    void insertUniqueKeepsIndexes_data();
    void insertUniqueKeepsIndexes();
    void isListNeedsDecimalKeys_data();
    void isListNeedsDecimalKeys();
    void keepEntries_data();
    void keepEntries();
};

namespace {

PhpValue page(int rows)
{
    PhpValue list = PhpValue::array();
    for (int i = 0; i < rows; ++i) {
        PhpValue row = PhpValue::array();
        row.insert(u"ID"_s, QString::number(i + 1));
        list.append(row);
    }
    return list;
}

} // namespace

void TestPhpValue::copiesShareArrays()
{
    const PhpValue a = page(50);
    const PhpValue b = a; // NOLINT(performance-unnecessary-copy-initialization): the point
    QCOMPARE(&b.entries(), &a.entries());
    QCOMPARE(&b.entries()[7].value.entries(), &a.entries()[7].value.entries());
    QVERIFY(a == b);
}

void TestPhpValue::writeDetaches_data()
{
    QTest::addColumn<int>("operation"); // 0 insert, 1 append, 2 operator[], 3 remove
    QTest::newRow("insert") << 0;
    QTest::newRow("append") << 1;
    QTest::newRow("operator[]") << 2;
    QTest::newRow("remove") << 3;
}

void TestPhpValue::writeDetaches()
{
    QFETCH(int, operation);
    const PhpValue original = page(3);
    PhpValue copy = original;
    switch (operation) {
    case 0:
        copy.insert(u"1"_s, u"changed"_s);
        break;
    case 1:
        copy.append(u"more"_s);
        break;
    case 2:
        copy[u"0"_s] = u"changed"_s;
        break;
    default:
        QVERIFY(copy.remove(u"2"_s));
    }
    QVERIFY(&copy.entries() != &original.entries());
    QCOMPARE(original.size(), 3);
    QCOMPARE(original.value(u"1"_s).value(u"ID"_s).toString(), u"2"_s);
    QCOMPARE(original.value(u"0"_s).value(u"ID"_s).toString(), u"1"_s);
    QVERIFY(!(copy == original));
}

// insertUnique skips the key search but must leave the same array as insert: order, values and
// the next index that append() uses.
void TestPhpValue::insertUniqueKeepsIndexes_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("appendedKey");
    QTest::newRow("names") << QStringList{u"ID"_s, u"TITLE"_s} << u"0"_s;
    QTest::newRow("decimal") << QStringList{u"ID"_s, u"7"_s, u"3"_s} << u"8"_s;
    QTest::newRow("non-canonical") << QStringList{u"07"_s, u"-2"_s, u"1.5"_s} << u"0"_s;
    QTest::newRow("large") << QStringList{u"9"_s, u"10"_s, u"x1"_s} << u"11"_s;
}

void TestPhpValue::insertUniqueKeepsIndexes()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, appendedKey);
    PhpValue viaInsert = PhpValue::array();
    PhpValue viaUnique;
    viaUnique.reserve(int(keys.size()) + 1);
    for (int i = 0; i < keys.size(); ++i) {
        viaInsert.insert(keys[i], i);
        viaUnique.insertUnique(keys[i], i);
    }
    viaInsert.append(u"tail"_s);
    viaUnique.append(u"tail"_s);
    QVERIFY(viaUnique == viaInsert);
    QCOMPARE(viaUnique.entries().back().key, appendedKey);
    QCOMPARE(viaUnique.size(), int(keys.size()) + 1);
}

void TestPhpValue::isListNeedsDecimalKeys_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<bool>("list");
    QStringList many;
    for (int i = 0; i < 120; ++i)
        many << QString::number(i);
    QTest::newRow("0..119") << many << true;
    QTest::newRow("gap") << QStringList{u"0"_s, u"2"_s} << false;
    QTest::newRow("leading zero") << QStringList{u"0"_s, u"01"_s} << false;
    QTest::newRow("name") << QStringList{u"0"_s, u"ID"_s} << false;
    QTest::newRow("out of order") << QStringList{u"1"_s, u"0"_s} << false;
    QTest::newRow("longer") << QStringList{u"0"_s, u"10"_s} << false;
}

void TestPhpValue::isListNeedsDecimalKeys()
{
    QFETCH(QStringList, keys);
    QFETCH(bool, list);
    PhpValue v = PhpValue::array();
    for (const QString &k : keys)
        v.insert(k, true);
    QCOMPARE(v.isList(), list);
}

void TestPhpValue::keepEntries_data()
{
    QTest::addColumn<QString>("keep"); // one flag per entry of page(5)
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("all") << u"11111"_s << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    QTest::newRow("none") << u"00000"_s << QStringList{};
    QTest::newRow("ends") << u"10001"_s << QStringList{u"1"_s, u"5"_s};
    QTest::newRow("middle") << u"01110"_s << QStringList{u"2"_s, u"3"_s, u"4"_s};
}

void TestPhpValue::keepEntries()
{
    QFETCH(QString, keep);
    QFETCH(QStringList, ids);
    const PhpValue original = page(5);
    PhpValue kept = original;
    std::vector<char> flags;
    for (const QChar c : keep)
        flags.push_back(c == u'1');
    kept.keepEntries(flags);
    QStringList got;
    for (const auto &e : kept.entries())
        got << e.value.value(u"ID"_s).toString();
    QCOMPARE(got, ids);
    QCOMPARE(original.size(), 5); // shared storage is detached, not trimmed
    kept.append(u"next"_s);       // like PHP after unset(): the next index does not go back
    QCOMPARE(kept.entries().back().key, u"5"_s);
}

QTEST_GUILESS_MAIN(TestPhpValue)
#include "tst_phpvalue.moc"
