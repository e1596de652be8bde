#include "ui/results/resultproxymodel.h"
#include "ui/results/resulttablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

// Sorting off the UI thread: the order applied in one step must be the stable order of the
// column, a newer request replaces an older one, a cancel keeps what is shown, and the filter
// and streamed rows keep working meanwhile. The sync limit is 0 so even small results go
// through the worker.
class TestResultProxyModel : public QObject
{
    Q_OBJECT
private slots:
    void ordersColumn_data();
    void ordersColumn();
    void secondSortReplacesFirst();
    void cancelKeepsShownOrder();
    void filterChangedDuringSort();
    void rowsStreamedDuringSort();
    void unsortRestoresArrivalOrder();

private:
    struct Fixture
    {
        b24::ResultTableModel model;
        b24::ResultProxyModel proxy;
        QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
        Fixture()
        {
            proxy.setResultModel(&model);
            proxy.setSyncSortLimit(0);
        }
        QStringList shown(int column) const
        {
            QStringList cells;
            for (int row = 0; row < proxy.rowCount(); ++row)
                cells.append(proxy.index(row, column).data().toString());
            return cells;
        }
    };
};

namespace {

// Rows {ID: i, key: values[i]}; the ID column tells which row is where.
QJsonArray rowsOf(const QStringList &values, int firstId = 0)
{
    QJsonArray rows;
    for (qsizetype i = 0; i < values.size(); ++i)
        rows.append(QJsonObject{{u"ID"_s, QString::number(firstId + i)}, {u"key"_s, values.at(i)}});
    return rows;
}

// n rows whose key cycles through 0..modulo-1 (many ties), as text of numbers.
QJsonArray cyclicRows(int n, int modulo, int firstId = 0)
{
    QJsonArray rows;
    for (int i = 0; i < n; ++i) {
        rows.append(QJsonObject{{u"ID"_s, QString::number(firstId + i)},
                                {u"key"_s, QString::number((i * 7919) % modulo)},
                                {u"name"_s, i % 3 == 0 ? u"Fizz %1"_s.arg(i) : u"buzz %1"_s.arg(i)}});
    }
    return rows;
}

bool waitSorted(QSignalSpy &spy, int count = 1)
{
    while (spy.count() < count) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

// True when column `key` (numbers) is in order and ties keep ID (arrival) order.
bool sortedStably(const QAbstractItemModel &model, int key, Qt::SortOrder order)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        const double a = model.index(row - 1, key).data().toDouble();
        const double b = model.index(row, key).data().toDouble();
        const int idA = model.index(row - 1, 0).data().toInt();
        const int idB = model.index(row, 0).data().toInt();
        const bool inOrder = order == Qt::AscendingOrder ? a <= b : a >= b;
        if (!inOrder || (a == b && idA > idB))
            return false;
    }
    return true;
}

} // namespace

void TestResultProxyModel::ordersColumn_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids"); // expected IDs top to bottom
    QTest::newRow("numbers ascending")
        << QStringList{u"10"_s, u"9"_s, u"100"_s, u"-1.5"_s, QString()} << int(Qt::AscendingOrder)
        << QStringList{u"4"_s, u"3"_s, u"1"_s, u"0"_s, u"2"_s};
    QTest::newRow("numbers descending, ties stable")
        << QStringList{u"2"_s, u"5"_s, u"2"_s, u"5"_s, u"1"_s} << int(Qt::DescendingOrder)
        << QStringList{u"1"_s, u"3"_s, u"0"_s, u"2"_s, u"4"_s};
    QTest::newRow("text ignores case, ties stable")
        << QStringList{u"beta"_s, u"Alpha"_s, u"alpha"_s, u"ALPHA"_s, u"Ärger"_s} << int(Qt::AscendingOrder)
        << QStringList{u"1"_s, u"2"_s, u"3"_s, u"0"_s, u"4"_s};
    QTest::newRow("cyrillic descending") << QStringList{u"Яблоко"_s, u"арбуз"_s, u"Банан"_s}
                                         << int(Qt::DescendingOrder) << QStringList{u"0"_s, u"2"_s, u"1"_s};
    QTest::newRow("mixed column sorts as text")
        << QStringList{u"10"_s, u"9"_s, u"n/a"_s} << int(Qt::AscendingOrder)
        << QStringList{u"0"_s, u"1"_s, u"2"_s};
}

void TestResultProxyModel::ordersColumn()
{
    QFETCH(QStringList, values);
    QFETCH(int, order);
    QFETCH(QStringList, ids);
    Fixture f;
    f.model.appendRows(rowsOf(values));
    QSignalSpy finished(&f.proxy, &b24::ResultProxyModel::sortFinished);
    QSignalSpy started(&f.proxy, &b24::ResultProxyModel::sortStarted);
    f.proxy.sort(1, Qt::SortOrder(order));
    QVERIFY(f.proxy.isSorting()); // on a worker, not inside the call
    QCOMPARE(f.proxy.sortColumn(), -1);
    QCOMPARE(started.count(), 1);
    QVERIFY(waitSorted(finished));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(f.proxy.sortColumn(), 1);
    QCOMPARE(f.shown(0), ids);
}

void TestResultProxyModel::secondSortReplacesFirst()
{
    Fixture f;
    f.model.appendRows(cyclicRows(60000, 1000));
    QSignalSpy finished(&f.proxy, &b24::ResultProxyModel::sortFinished);
    f.proxy.sort(2, Qt::AscendingOrder); // text keys: the slower one
    f.proxy.sort(1, Qt::DescendingOrder);
    QVERIFY(waitSorted(finished));
    QTest::qWait(100); // the first job must not report late
    QCOMPARE(finished.count(), 1);
    QCOMPARE(f.proxy.sortColumn(), 1);
    QCOMPARE(f.proxy.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(f.proxy.rowCount(), 60000);
    QVERIFY(sortedStably(f.proxy, 1, Qt::DescendingOrder));
}

void TestResultProxyModel::cancelKeepsShownOrder()
{
    Fixture f;
    f.model.appendRows(cyclicRows(60000, 1000));
    QSignalSpy finished(&f.proxy, &b24::ResultProxyModel::sortFinished);
    f.proxy.sort(1, Qt::AscendingOrder);
    QVERIFY(finished.wait(20000));
    f.proxy.sort(2, Qt::DescendingOrder);
    QVERIFY(f.proxy.isSorting());
    f.proxy.cancelSort();
    QVERIFY(!f.proxy.isSorting());
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.last().first().toBool(), false);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(f.proxy.sortColumn(), 1);
    QVERIFY(sortedStably(f.proxy, 1, Qt::AscendingOrder));
}

void TestResultProxyModel::filterChangedDuringSort()
{
    Fixture f;
    f.model.appendRows(cyclicRows(60000, 500));
    QSignalSpy finished(&f.proxy, &b24::ResultProxyModel::sortFinished);
    QSignalSpy filtered(&f.proxy, &b24::ResultProxyModel::filterFinished);
    f.proxy.sort(1, Qt::AscendingOrder);
    f.proxy.setFilterText(u"FIZZ"_s);
    QVERIFY(waitSorted(finished));
    QVERIFY(filtered.count() == 1 || filtered.wait(20000));
    QCOMPARE(f.proxy.rowCount(), 20000); // every third row
    for (int row = 0; row < f.proxy.rowCount(); row += 97)
        QVERIFY(f.proxy.index(row, 2).data().toString().startsWith(u"Fizz"_s));
    QVERIFY(sortedStably(f.proxy, 1, Qt::AscendingOrder));
    f.proxy.setFilterText(QString());
    QCOMPARE(f.proxy.rowCount(), 60000);
    QVERIFY(sortedStably(f.proxy, 1, Qt::AscendingOrder));
}

void TestResultProxyModel::rowsStreamedDuringSort()
{
    Fixture f;
    f.proxy.setSyncSortLimit(1000); // pages up to 1000 rows join a sorted view in place
    f.model.appendRows(cyclicRows(30000, 300));
    QSignalSpy finished(&f.proxy, &b24::ResultProxyModel::sortFinished);
    f.proxy.sort(1, Qt::DescendingOrder);
    f.model.appendRows(cyclicRows(500, 300, 30000)); // while the job runs
    QCOMPARE(f.proxy.rowCount(), 30500);             // shown at once, after the rest
    QVERIFY(waitSorted(finished));
    f.model.appendRows(cyclicRows(700, 300, 30500)); // into the sorted view, in place
    QCOMPARE(f.proxy.rowCount(), 31200);
    QVERIFY(!f.proxy.isSorting());
    QVERIFY(sortedStably(f.proxy, 1, Qt::DescendingOrder));
    f.model.appendRows(cyclicRows(5000, 300, 31200)); // too many at once: sorted again off-thread
    QVERIFY(f.proxy.isSorting());
    QVERIFY(waitSorted(finished, 2));
    QCOMPARE(f.proxy.rowCount(), 36200);
    QVERIFY(sortedStably(f.proxy, 1, Qt::DescendingOrder));
}

void TestResultProxyModel::unsortRestoresArrivalOrder()
{
    Fixture f;
    f.model.appendRows(rowsOf({u"b"_s, u"c"_s, u"a"_s}));
    QSignalSpy finished(&f.proxy, &b24::ResultProxyModel::sortFinished);
    f.proxy.sort(1, Qt::AscendingOrder);
    QVERIFY(waitSorted(finished));
    QCOMPARE(f.shown(1), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QPersistentModelIndex c = f.proxy.index(2, 1);
    f.proxy.sort(-1);
    QCOMPARE(f.proxy.sortColumn(), -1);
    QCOMPARE(f.shown(1), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    QCOMPARE(c.row(), 1); // a selection follows its row
    QCOMPARE(c.data().toString(), u"c"_s);
}

QTEST_MAIN(TestResultProxyModel)
#include "tst_resultproxymodel.moc"
