#include "ui/common/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void modelIsConsistentOnFixture();
    void preview_data();
    void preview();
    void nestedValuesReachable();
};

void TestJsonTreeModel::modelIsConsistentOnFixture()
{
    QFile file(QStringLiteral(B24_FIXTURES_DIR "/crm.deal.list.response.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QVERIFY(doc.isObject());
    b24::JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(doc.object());
    QCOMPARE(model.rowCount(), int(doc.object().size()));
    QCOMPARE(model.columnCount(), 3);
}

void TestJsonTreeModel::preview_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
    QTest::newRow("bool") << QJsonValue(true) << u"true"_s;
    QTest::newRow("int") << QJsonValue(42) << u"42"_s;
    QTest::newRow("string") << QJsonValue(u"abc"_s) << u"abc"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{1, 2, 3}) << u"[3 items]"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"a"_s, 1}}) << u"{1 key}"_s;
}

void TestJsonTreeModel::preview()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(b24::JsonTreeModel::preview(value), expected);
}

void TestJsonTreeModel::nestedValuesReachable()
{
    b24::JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(QJsonObject{{u"result"_s, QJsonArray{QJsonObject{{u"ID"_s, u"7"_s}}}}});
    const QModelIndex result = model.index(0, 0);
    QCOMPARE(result.data().toString(), u"result"_s);
    QCOMPARE(model.rowCount(result), 1);
    const QModelIndex first = model.index(0, 0, result);
    QCOMPARE(model.parent(first), result);
    const QModelIndex id = model.index(0, b24::JsonTreeModel::ValueColumn, first);
    QCOMPARE(id.data().toString(), u"7"_s);
    QCOMPARE(model.index(0, b24::JsonTreeModel::TypeColumn, first).data().toString(), u"string"_s);
}

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
