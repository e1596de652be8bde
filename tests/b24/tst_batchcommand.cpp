#include "core/b24/batchcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::BatchCommand;

namespace {

b24::OrderedJson json(const char *text)
{
    return b24::OrderedJson::fromJson(text);
}

// "key|method|params-json" per command, for compact expectations.
QStringList describe(const QList<BatchCommand> &commands)
{
    QStringList out;
    for (const BatchCommand &c : commands)
        out << c.key + u'|' + c.method + u'|' + QString::fromUtf8(c.params.toJson());
    return out;
}

} // namespace

class TestBatchCommand : public QObject
{
    Q_OBJECT
private slots:
    void listFromJson_data();
    void listFromJson();
    void wireKeysAndBody();
    void namedBodyKeepsOrder();
};

void TestBatchCommand::listFromJson_data()
{
    QTest::addColumn<b24::OrderedJson>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("errorPart"); // empty: no error

    QTest::newRow("tuples") << json(R"([["crm.deal.get",{"id":1}],["user.current"]])")
                            << QStringList{u"|crm.deal.get|{\"id\":1}"_s, u"|user.current|{}"_s} << QString();
    QTest::newRow("objects")
        << json(R"([{"method":"crm.deal.get","params":{"id":2}},{"method":"profile","as":"me"}])")
        << QStringList{u"|crm.deal.get|{\"id\":2}"_s, u"me|profile|{}"_s} << QString();
    QTest::newRow("named")
        << json(R"({"u":["user.current",{}],"d":{"method":"department.get","params":{"ID":1}}})")
        << QStringList{u"u|user.current|{}"_s, u"d|department.get|{\"ID\":1}"_s} << QString();
    // Run in the order written: b creates the deal a reads.
    QTest::newRow("named, written order")
        << json(R"({"b":["crm.deal.add",{"fields":{"TITLE":"x"}}],"a":["crm.deal.get",{"id":"$result[b]"}]})")
        << QStringList{u"b|crm.deal.add|{\"fields\":{\"TITLE\":\"x\"}}"_s,
                       u"a|crm.deal.get|{\"id\":\"$result[b]\"}"_s}
        << QString();
    QTest::newRow("params keep their order")
        << json(R"([["crm.deal.list",{"order":{"STAGE_ID":"ASC","ID":"DESC"}}]])")
        << QStringList{u"|crm.deal.list|{\"order\":{\"STAGE_ID\":\"ASC\",\"ID\":\"DESC\"}}"_s} << QString();
    QTest::newRow("label twice") << json(R"({"a":["server.time"],"a":["profile"]})") << QStringList()
                                 << u"\"a\" names two commands"_s;
    QTest::newRow("label equal to a position")
        << json(R"([{"method":"crm.deal.add"},{"method":"server.time","as":"0"}])") << QStringList()
        << u"\"0\" names two commands"_s;
    QTest::newRow("positional params")
        << json(R"([["task.commentitem.add",[123,{"POST_MESSAGE":"x"}]]])")
        << QStringList{u"|task.commentitem.add|{\"0\":123,\"1\":{\"POST_MESSAGE\":\"x\"}}"_s} << QString();
    QTest::newRow("null params") << json(R"([["profile",null]])") << QStringList{u"|profile|{}"_s}
                                 << QString();
    QTest::newRow("empty array") << json("[]") << QStringList() << u"no commands"_s;
    QTest::newRow("scalar row") << json(R"([["a.b"],5])") << QStringList() << u"#1"_s;
    QTest::newRow("empty method") << json(R"([[""]])") << QStringList() << u"method name"_s;
    QTest::newRow("numeric method") << json(R"([[5]])") << QStringList() << u"method name"_s;
    QTest::newRow("string params") << json(R"({"x":["a.b","id=1"]})") << QStringList() << u"\"x\""_s;
    QTest::newRow("long tuple") << json(R"([["a.b",{},{}]])") << QStringList() << u"tuple"_s;
    QTest::newRow("not a container") << b24::OrderedJson(u"crm.deal.list"_s) << QStringList()
                                     << u"array or an object"_s;
}

void TestBatchCommand::listFromJson()
{
    QFETCH(b24::OrderedJson, input);
    QFETCH(QStringList, expected);
    QFETCH(QString, errorPart);
    QString error = u"stale"_s;
    const QList<BatchCommand> commands = BatchCommand::listFromJson(input, &error);
    QCOMPARE(describe(commands), expected);
    if (errorPart.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestBatchCommand::wireKeysAndBody()
{
    QList<BatchCommand> commands{{QString(), u"a.list"_s, {}},
                                 {QString(), u"b.get"_s, QJsonObject{{u"id"_s, 1}}}};
    QVERIFY(!BatchCommand::usesNamedKeys(commands));
    QCOMPARE(BatchCommand::wireKeys(commands), (QStringList{u"0"_s, u"1"_s}));
    QCOMPARE(BatchCommand::requestBody(commands, false),
             QByteArray(R"({"halt":0,"cmd":["a.list?","b.get?id=1"]})"));
    commands[1].key = u"second"_s;
    QVERIFY(BatchCommand::usesNamedKeys(commands));
    QCOMPARE(BatchCommand::wireKeys(commands), (QStringList{u"0"_s, u"second"_s}));
    QCOMPARE(BatchCommand::requestBody(commands, true),
             QByteArray(R"({"halt":1,"cmd":{"0":"a.list?","second":"b.get?id=1"}})"));
}

void TestBatchCommand::namedBodyKeepsOrder()
{
    QList<BatchCommand> commands;
    for (int i = 0; i < 12; ++i)
        commands << BatchCommand{u"cmd_"_s + QString::number(i), u"crm.deal.list"_s, {}};
    const QByteArray body = BatchCommand::requestBody(commands, true);
    QVERIFY(body.indexOf("\"cmd_2\"") < body.indexOf("\"cmd_10\""));
    const QJsonObject parsed = QJsonDocument::fromJson(body).object();
    QCOMPARE(parsed.value(u"cmd"_s).toObject().size(), 12);
    QCOMPARE(parsed.value(u"halt"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestBatchCommand)
#include "tst_batchcommand.moc"
