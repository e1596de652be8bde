#include "sandbox/phpvalue.h"

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

QTEST_GUILESS_MAIN(TestPhpValue)
#include "tst_phpvalue.moc"
