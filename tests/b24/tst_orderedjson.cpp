// OrderedJson: keys in the order written, through parsing, editing, writing and Qt's JSON types.

#include "core/b24/orderedjson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::OrderedJson;

class TestOrderedJson : public QObject
{
    Q_OBJECT

private slots:
    void keepsKeyOrder();
    void writesWhatQtReads_data();
    void writesWhatQtReads();
    void integersStayExact();
    void duplicateKeys();
    void editing();
    void refusesBadText_data();
    void refusesBadText();
    void agreesWithQtOnGeneratedTrees();

private:
    static QJsonValue randomValue(QRandomGenerator &random, int depth);
    static QJsonObject randomObject(QRandomGenerator &random, int depth);
};

void TestOrderedJson::keepsKeyOrder()
{
    const OrderedJson order =
        OrderedJson::fromJson(R"({"order":{"STAGE_ID":"ASC","ID":"DESC"},"b":1,"a":2})");
    QCOMPARE(order.keyAt(0), u"order"_s);
    QCOMPARE(order.keyAt(1), u"b"_s);
    QCOMPARE(order.value(u"order").keyAt(0), u"STAGE_ID"_s);
    QCOMPARE(order.toJson(), QByteArray(R"({"order":{"STAGE_ID":"ASC","ID":"DESC"},"b":1,"a":2})"));
}

void TestOrderedJson::writesWhatQtReads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("scalars") << QByteArray(R"({"t":true,"f":false,"n":null,"i":-12,"d":1.5,"e":1e-7})");
    QTest::newRow("big integer") << QByteArray(R"({"id":9007199254740993,"neg":-9223372036854775807})");
    QTest::newRow("strings") << QByteArray(R"({"s":"a\"b\\c\/d\n\t\u0001 ü 😀 \u00e9"})");
    QTest::newRow("nesting") << QByteArray(R"({"a":[1,[2,[3,{}]],{"b":[]}],"c":{"d":{"e":null}}})");
    QTest::newRow("array root") << QByteArray(R"([1,"x",{"k":"v"}])");
}

void TestOrderedJson::writesWhatQtReads()
{
    QFETCH(QByteArray, text);
    QString error;
    const OrderedJson parsed = OrderedJson::fromJson(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonDocument qt = QJsonDocument::fromJson(text);
    const QJsonDocument written = QJsonDocument::fromJson(parsed.toJson());
    QCOMPARE(written, qt);
    QCOMPARE(QJsonDocument::fromJson(parsed.toJson(OrderedJson::Format::Indented)), qt);
    QCOMPARE(OrderedJson::fromJson(parsed.toJson()), parsed); // a round trip changes nothing
    const QJsonValue value = qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object());
    QCOMPARE(parsed.toQJsonValue(), value);
}

void TestOrderedJson::integersStayExact()
{
    const OrderedJson parsed = OrderedJson::fromJson(R"({"id":9007199254740993})");
    QCOMPARE(parsed.value(u"id").toInteger(), std::optional<qint64>(9007199254740993LL));
    QCOMPARE(parsed.toJson(), QByteArray(R"({"id":9007199254740993})"));
    QCOMPARE(OrderedJson(u" 42"_s).toInteger(), std::optional<qint64>(42));
    QCOMPARE(OrderedJson(37.0).toInteger(), std::optional<qint64>(37));
    QVERIFY(!OrderedJson(37.5).toInteger());
    QVERIFY(!OrderedJson(u"abc"_s).toInteger());
}

void TestOrderedJson::duplicateKeys()
{
    const OrderedJson twice = OrderedJson::fromJson(R"({"a":1,"b":2,"a":3})");
    QCOMPARE(twice.size(), 3);
    QCOMPARE(twice.value(u"a").toInteger(), std::optional<qint64>(3));
    QCOMPARE(twice.toQJsonObject().value("a"_L1).toInt(), 3);
    QCOMPARE(twice.toJson(), QByteArray(R"({"a":1,"b":2,"a":3})"));
}

void TestOrderedJson::editing()
{
    OrderedJson params = OrderedJson::object();
    params.insert(u"select"_s, OrderedJson::array());
    params.insert(u"filter"_s, QJsonObject{{u"x"_s, 1}});
    params.insert(u"select"_s, u"*"_s); // replaced in place
    QCOMPARE(params.toJson(), QByteArray(R"({"select":"*","filter":{"x":1}})"));
    params.remove(u"SELECT", Qt::CaseInsensitive);
    QCOMPARE(params.toJson(), QByteArray(R"({"filter":{"x":1}})"));
    OrderedJson copy = params;
    copy.insert(u"start"_s, -1);
    QCOMPARE(params.size(), 1); // copies do not share changes
    QCOMPARE(copy.size(), 2);
    QVERIFY(params != copy);
    QCOMPARE(copy.indexOf(u"FILTER", Qt::CaseInsensitive), 0);
    QCOMPARE(copy.indexOf(u"FILTER"), -1);
    QVERIFY(copy.value(u"none").isUndefined());
    QVERIFY(copy.at(7).isUndefined());
}

void TestOrderedJson::refusesBadText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QByteArray() << u"end of text"_s;
    QTest::newRow("trailing") << QByteArray("{} x") << u"after the value"_s;
    QTest::newRow("unterminated") << QByteArray(R"({"a":"b)") << u"unterminated"_s;
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << u"key in quotes"_s;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << u"key in quotes"_s;
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << u"leading zero"_s;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << u"escape"_s;
    QTest::newRow("control") << QByteArray("[\"a\nb\"]") << u"control character"_s;
    QTest::newRow("bad literal") << QByteArray("[tru]") << u"literal"_s;
    QTest::newRow("too deep") << QByteArray(2000, '[') << u"too deep"_s;
    QTest::newRow("huge number") << QByteArray("[1e999]") << u"out of range"_s;
}

void TestOrderedJson::refusesBadText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(OrderedJson::fromJson(text, &error).isUndefined());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY2(error.contains("offset"_L1), qPrintable(error));
}

void TestOrderedJson::agreesWithQtOnGeneratedTrees()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int i = 0; i < 300; ++i) {
        const QByteArray text = QJsonDocument(randomObject(random, 0))
                                    .toJson(i % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
        const OrderedJson parsed = OrderedJson::fromJson(text);
        QVERIFY2(parsed.toQJsonValue() == QJsonDocument::fromJson(text).object(),
                 qPrintable(u"seed %1, tree %2: %3"_s.arg(seed).arg(i).arg(QString::fromUtf8(text))));
    }
}

QJsonValue TestOrderedJson::randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return qint64(random.generate64() >> random.bounded(64));
    case 3:
        return random.generateDouble() * 1e6 - 5e5;
    case 4: {
        QString text;
        for (int i = 0, n = random.bounded(8); i < n; ++i)
            text +=
                QChar(char16_t(random.bounded(2) ? random.bounded(32, 127) : random.bounded(0x400, 0x500)));
        return text;
    }
    case 5: {
        QJsonArray array;
        for (int i = 0, n = random.bounded(4); i < n; ++i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default:
        return randomObject(random, depth + 1);
    }
}

QJsonObject TestOrderedJson::randomObject(QRandomGenerator &random, int depth)
{
    QJsonObject object;
    for (int i = 0, n = random.bounded(5); i < n; ++i)
        object.insert(u"k"_s + QString::number(random.bounded(100)), randomValue(random, depth));
    return object;
}

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"
