#include "ui/results/resultproxymodel.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestResultTableModel : public QObject
{
    Q_OBJECT
private slots:
    void columnsDiscoveredIncrementally();
    void flattensNestedAndMultiFields();
    void callOfPlainIdsIsAValueColumn();
    void sortsNumericColumnsAsNumbers();
    void sortKeepsUpWithStreamedRows();
    void filterMatchesAnyCell();
    void filterScansInSlicesAndRestarts();
};

namespace {
QJsonObject deal(int id, const QString &title)
{
    return {{u"ID"_s, QString::number(id)}, {u"TITLE"_s, title}};
}
} // namespace

void TestResultTableModel::columnsDiscoveredIncrementally()
{
    b24::ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QJsonArray{deal(1, u"a"_s)});
    QCOMPARE(model.columns(), (QStringList{u"ID"_s, u"TITLE"_s}));
    QJsonObject later = deal(2, u"b"_s);
    later.insert(u"OPPORTUNITY"_s, 10.5);
    model.appendRows(QJsonArray{later});
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 2).data().toString(), QString());
    QCOMPARE(model.index(1, 2).data().toString(), u"10.5"_s);
    QCOMPARE(model.index(1, 0).data(b24::ResultTableModel::RowJsonRole).toJsonObject(), later);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestResultTableModel::flattensNestedAndMultiFields()
{
    b24::ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject row{
        {u"ID"_s, 5},
        {u"responsible"_s, QJsonObject{{u"name"_s, u"Ann"_s}}},
        {u"PHONE"_s, QJsonArray{QJsonObject{{u"ID"_s, u"1"_s},
                                            {u"VALUE"_s, u"+100"_s},
                                            {u"VALUE_TYPE"_s, u"WORK"_s},
                                            {u"TYPE_ID"_s, u"PHONE"_s}}}},
    };
    model.appendRows(QJsonArray{row, 42});
    QVERIFY(model.columns().contains(u"responsible.name"_s));
    const int name = int(model.columns().indexOf(u"responsible.name"_s));
    QCOMPARE(model.index(0, name).data().toString(), u"Ann"_s);
    const int phone = int(model.columns().indexOf(u"PHONE"_s));
    QCOMPARE(model.index(0, phone).data().toString(), u"+100 (WORK)"_s);
    // A scalar row is shown under a "value" column rather than dropped.
    const int value = int(model.columns().indexOf(u"value"_s));
    QVERIFY(value >= 0);
    QCOMPARE(model.index(1, value).data().toString(), u"42"_s);
}

// A single call answering plain values (im.chat.user.list: user IDs) is a one-column table.
void TestResultTableModel::callOfPlainIdsIsAValueColumn()
{
    b24::ResultView view;
    b24::CallResult result;
    result.result = QJsonArray{1269, 99, 1271};
    view.showCallResult(result);
    QCOMPARE(view.tableModel()->columns(), QStringList{u"value"_s});
    b24::ResultProxyModel *proxy = view.proxyModel();
    QCOMPARE(proxy->headerData(0, Qt::Horizontal).toString(), u"value"_s);
    QCOMPARE(proxy->rowCount(), 3);
    proxy->sort(0, Qt::AscendingOrder); // numbers sort as numbers
    QCOMPARE(proxy->index(0, 0).data().toString(), u"99"_s);
    QCOMPARE(proxy->index(2, 0).data().toString(), u"1271"_s);
    // A list page of strings, booleans, null and nested arrays: one cell each.
    view.clear();
    view.appendRows(QJsonArray{u"user"_s, true, QJsonValue(), QJsonArray{1, 2}});
    QCOMPARE(view.tableModel()->columns(), QStringList{u"value"_s});
    QCOMPARE(view.tableModel()->cellText(0, 0), u"user"_s);
    QCOMPARE(view.tableModel()->cellText(1, 0), u"true"_s);
    QCOMPARE(view.tableModel()->cellText(2, 0), QString());
    QCOMPARE(view.tableModel()->cellText(3, 0), u"1, 2"_s);
}

void TestResultTableModel::sortsNumericColumnsAsNumbers()
{
    b24::ResultTableModel model;
    b24::ResultProxyModel proxy;
    proxy.setResultModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QJsonArray{deal(10, u"b"_s), deal(9, u"c"_s), deal(100, u"a"_s)});
    proxy.sort(0, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"9"_s);
    QCOMPARE(proxy.index(2, 0).data().toString(), u"100"_s);
    proxy.sort(1, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 1).data().toString(), u"c"_s);
}

void TestResultTableModel::sortKeepsUpWithStreamedRows()
{
    b24::ResultTableModel model;
    b24::ResultProxyModel proxy;
    proxy.setResultModel(&model);
    model.appendRows(QJsonArray{deal(5, u"e"_s)});
    proxy.sort(0, Qt::DescendingOrder);
    model.appendRows(QJsonArray{deal(7, u"g"_s), deal(1, u"a"_s)});
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"7"_s);
    QCOMPARE(proxy.index(2, 0).data().toString(), u"1"_s);
}

void TestResultTableModel::filterMatchesAnyCell()
{
    b24::ResultTableModel model;
    b24::ResultProxyModel proxy;
    proxy.setResultModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QJsonArray{deal(1, u"Alpha deal"_s), deal(2, u"Beta"_s), deal(3, u"alphabet"_s)});
    QSignalSpy applied(&proxy, &b24::ResultProxyModel::filterFinished);
    proxy.setFilterText(u"ALPHA"_s);
    QVERIFY(proxy.isFiltering()); // scanned on the event loop, not inside the call
    QVERIFY(applied.wait(5000));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(u"2"_s);
    QVERIFY(applied.wait(5000));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 1).data().toString(), u"Beta"_s);
    // Rows arriving after the scan are filtered as they come.
    model.appendRows(QJsonArray{deal(4, u"Gamma 2"_s), deal(5, u"Delta"_s)});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestResultTableModel::filterScansInSlicesAndRestarts()
{
    b24::ResultTableModel model;
    b24::ResultProxyModel proxy;
    proxy.setResultModel(&model);
    constexpr int rows = 20000; // many slices of the scan
    QJsonArray page;
    for (int id = 1; id <= rows; ++id)
        page.append(deal(id, id % 7 == 0 ? u"Седьмая сделка"_s : u"Deal"_s));
    model.appendRows(page);
    QSignalSpy sorted(&proxy, &b24::ResultProxyModel::sortFinished);
    proxy.sort(0, Qt::DescendingOrder); // 20000 rows: sorted on a worker
    QVERIFY(sorted.count() == 1 || sorted.wait(10000));
    QSignalSpy applied(&proxy, &b24::ResultProxyModel::filterFinished);
    proxy.setFilterText(u"deal"_s);
    proxy.setFilterText(u"СЕДЬМАЯ"_s); // replaces the scan in progress
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(proxy.rowCount(), rows / 7);
    QCOMPARE(proxy.matchCount(), rows / 7);
    QCOMPARE(proxy.index(0, 0).data().toString(), QString::number(rows / 7 * 7)); // still sorted
    proxy.setFilterText(u"19999"_s);
    QVERIFY(applied.wait(10000));
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_MAIN(TestResultTableModel)
#include "tst_resulttablemodel.moc"
