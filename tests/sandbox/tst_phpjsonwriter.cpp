#include "core/sandbox/jsonreader.h"
#include "core/sandbox/phpjsonwriter.h"

#include <QTest>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

class TestPhpJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void scalars_data();
    void scalars();
    void collections();
    void roundTripKeepsKeyOrder_data();
    void roundTripKeepsKeyOrder();
    void invalidJson();
};

void TestPhpJsonWriter::scalars_data()
{
    QTest::addColumn<PhpValue>("value");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("slash") << PhpValue(u"[B]x[/B]"_s) << QByteArray(R"("[B]x[\/B]")");
    QTest::newRow("hex tag amp apos quot")
        << PhpValue(u"<a href='x'>&\"</a>"_s)
        << QByteArray(R"("\u003Ca href=\u0027x\u0027\u003E\u0026\u0022\u003C\/a\u003E")");
    QTest::newRow("cyrillic lower-case hex")
        << PhpValue(u"Сделка"_s) << QByteArray(R"("\u0421\u0434\u0435\u043b\u043a\u0430")");
    QTest::newRow("emoji surrogates")
        << PhpValue(QString::fromUtf8("\xF0\x9F\x98\x80")) << QByteArray(R"("\ud83d\ude00")");
    QTest::newRow("control") << PhpValue(u"a\nb\tc\u0001"_s) << QByteArray(R"("a\nb\tc\u0001")");
    QTest::newRow("backslash") << PhpValue(u"a\\b"_s) << QByteArray(R"("a\\b")");
    QTest::newRow("int") << PhpValue(qint64(394)) << QByteArray("394");
    QTest::newRow("float shortest") << PhpValue(1721722262.960948) << QByteArray("1721722262.960948");
    QTest::newRow("float tenth") << PhpValue(0.1) << QByteArray("0.1");
    QTest::newRow("integral float") << PhpValue(2.0) << QByteArray("2.0");
    QTest::newRow("bool") << PhpValue(true) << QByteArray("true");
    QTest::newRow("null") << PhpValue() << QByteArray("null");
}

void TestPhpJsonWriter::scalars()
{
    QFETCH(PhpValue, value);
    QFETCH(QByteArray, json);
    QCOMPARE(PhpJsonWriter::write(value), json);
}

void TestPhpJsonWriter::collections()
{
    QCOMPARE(PhpJsonWriter::write(PhpValue::array()), QByteArray("[]"));
    QCOMPARE(PhpJsonWriter::write(PhpValue::object()), QByteArray("{}"));
    PhpValue list = PhpValue::array();
    list.insert(u"0"_s, 1);
    list.insert(u"1"_s, 2);
    QCOMPARE(PhpJsonWriter::write(list), QByteArray("[1,2]"));
    PhpValue gap = PhpValue::array();
    gap.insert(u"0"_s, 1);
    gap.insert(u"2"_s, 2);
    QCOMPARE(PhpJsonWriter::write(gap), QByteArray(R"({"0":1,"2":2})"));
    PhpValue shuffled = PhpValue::array();
    shuffled.insert(u"1"_s, 1);
    shuffled.insert(u"0"_s, 0);
    QCOMPARE(PhpJsonWriter::write(shuffled), QByteArray(R"({"1":1,"0":0})"));
}

void TestPhpJsonWriter::roundTripKeepsKeyOrder_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("order kept") << QByteArray(
        R"({"cmd_10":"b","cmd_2":"a","z":[1,2.5,"x",null,true],"e":[]})");
    QTest::newRow("nested") << QByteArray(R"({"filter":{"\u003EID":5,"logic":"OR"},"select":["*","UF_*"]})");
    QTest::newRow("unicode escapes") << QByteArray(R"({"n":"\u042f\ud83d\ude00"})");
}

void TestPhpJsonWriter::roundTripKeepsKeyOrder()
{
    QFETCH(QByteArray, json);
    bool ok = false;
    const PhpValue v = JsonReader::parse(json, &ok);
    QVERIFY(ok);
    QCOMPARE(PhpJsonWriter::write(v), json);
}

void TestPhpJsonWriter::invalidJson()
{
    for (const QByteArray &bad : {QByteArray("{"), QByteArray("{\"a\":}"), QByteArray("[1,]"),
                                  QByteArray("tru"), QByteArray("{\"a\":1} x")}) {
        bool ok = true;
        const PhpValue v = JsonReader::parse(bad, &ok);
        QVERIFY2(!ok, bad.constData());
        QVERIFY(v.isNull());
    }
}

QTEST_GUILESS_MAIN(TestPhpJsonWriter)
#include "tst_phpjsonwriter.moc"
