#include "core/b24/phpquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// What PHP parse_str gives back: scalars as strings, arrays as index-keyed maps, empties gone.
QJsonValue asPhpSees(const QJsonValue &value)
{
    if (value.isArray() || value.isObject()) {
        QJsonObject out;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                out.insert(QString::number(i), asPhpSees(array.at(i)));
        } else {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                out.insert(it.key(), asPhpSees(it.value()));
        }
        for (const QString &key : out.keys()) {
            if (out.value(key).isObject() && out.value(key).toObject().isEmpty())
                out.remove(key);
        }
        return out;
    }
    if (value.isBool())
        return value.toBool() ? u"1"_s : u"0"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isNull())
        return QString();
    return value;
}

} // namespace

class TestPhpQuery : public QObject
{
    Q_OBJECT
private slots:
    void encode_data();
    void encode();
    void commandString_data();
    void commandString();
    void observedJsSdkBody();
    void roundTrip_data() { encode_data(); }
    void roundTrip();
    void decode_data();
    void decode();
    void keepsOrderWritten();
    void formSafe_data();
    void formSafe();
};

void TestPhpQuery::keepsOrderWritten()
{
    const auto params =
        b24::OrderedJson::fromJson(R"({"order":{"STAGE_ID":"ASC","ID":"DESC"},"filter":{"logic":"OR"}})");
    QCOMPARE(b24::encodePhpQuery(params),
             QByteArray("order%5BSTAGE_ID%5D=ASC&order%5BID%5D=DESC&filter%5Blogic%5D=OR"));
}

void TestPhpQuery::formSafe_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("safe");
    QTest::newRow("scalars") << QByteArray(R"({"a":1,"b":"x","c":true,"d":{"e":[1,2]}})") << true;
    QTest::newRow("nothing") << QByteArray("{}") << true;
    QTest::newRow("null") << QByteArray(R"({"filter":{"UF_X":null}})") << false;
    QTest::newRow("empty list") << QByteArray(R"({"filter":{"@ID":[]}})") << false;
    QTest::newRow("empty object") << QByteArray(R"({"select":["ID"],"order":{}})") << false;
    QTest::newRow("null in a list") << QByteArray(R"({"a":[1,null]})") << false;
}

void TestPhpQuery::formSafe()
{
    QFETCH(QByteArray, params);
    QFETCH(bool, safe);
    QCOMPARE(b24::formSafe(b24::OrderedJson::fromJson(params)), safe);
}

void TestPhpQuery::encode_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QByteArray>("expected");
    // reference §1.3
    QTest::newRow("filter >ID") << json(R"({"filter":{">ID":5}})") << QByteArray("filter%5B%3EID%5D=5");
    QTest::newRow("select array") << json(R"({"select":["*","UF_*"]})")
                                  << QByteArray("select%5B0%5D=%2A&select%5B1%5D=UF_%2A");
    QTest::newRow("order") << json(R"({"order":{"ID":"ASC"}})") << QByteArray("order%5BID%5D=ASC");
    QTest::newRow("multifield") << json(R"({"fields":{"PHONE":[{"VALUE":"1","VALUE_TYPE":"WORK"}]}})")
                                << QByteArray("fields%5BPHONE%5D%5B0%5D%5BVALUE%5D=1&"
                                              "fields%5BPHONE%5D%5B0%5D%5BVALUE_TYPE%5D=WORK");
    QTest::newRow("logic or")
        << json(R"({"filter":{"0":{"logic":"OR","0":{"!=name":""},"1":{"!=lastName":""}}}})")
        << QByteArray("filter%5B0%5D%5B0%5D%5B%21%3Dname%5D=&filter%5B0%5D%5B1%5D%5B%21%3DlastName%5D="
                      "&filter%5B0%5D%5Blogic%5D=OR");
    QTest::newRow("positional") << json(R"({"0":123,"1":{"POST_MESSAGE":"text"}})")
                                << QByteArray("0=123&1%5BPOST_MESSAGE%5D=text");
    // Booleans as PHP's http_build_query sends them: boolean filters take 1/0, "true" is a string.
    QTest::newRow("booleans") << json(R"({"a":true,"b":false})") << QByteArray("a=1&b=0");
    QTest::newRow("null") << json(R"({"key":null})") << QByteArray("key=");
    QTest::newRow("empty containers dropped")
        << json(R"({"fields":{},"select":[],"id":1,"f":{"x":[]}})") << QByteArray("id=1");
    QTest::newRow("empty") << QJsonObject() << QByteArray();
    QTest::newRow("reserved") << json(R"({"id":"a b&c=d/ü"})") << QByteArray("id=a%20b%26c%3Dd%2F%C3%BC");
    QTest::newRow("plus hash percent") << json(R"({"q":"1+1#%?"})") << QByteArray("q=1%2B1%23%25%3F");
    QTest::newRow("reference") << json(R"({"filter":{">ID":"$result[a][ID]"}})")
                               << QByteArray("filter%5B%3EID%5D=%24result%5Ba%5D%5BID%5D");
    QTest::newRow("unreserved kept") << json(R"({"a-b_c.d~e":"A-z_0.9~"})")
                                     << QByteArray("a-b_c.d~e=A-z_0.9~");
    QTest::newRow("negative and float")
        << json(R"({"start":-1,"x":1.5,"big":12345678901})") << QByteArray("big=12345678901&start=-1&x=1.5");
    QTest::newRow("cyrillic key") << json(R"({"имя":"Иван"})")
                                  << QByteArray("%D0%B8%D0%BC%D1%8F=%D0%98%D0%B2%D0%B0%D0%BD");
    QTest::newRow("emoji") << json(R"({"t":"😀"})") << QByteArray("t=%F0%9F%98%80");
    QTest::newRow("nested arrays") << json(R"({"a":[[1,2],[3]]})")
                                   << QByteArray("a%5B0%5D%5B0%5D=1&a%5B0%5D%5B1%5D=2&a%5B1%5D%5B0%5D=3");
    QTest::newRow("null in array") << json(R"({"a":[null,"x"]})") << QByteArray("a%5B0%5D=&a%5B1%5D=x");
}

void TestPhpQuery::encode()
{
    QFETCH(QJsonObject, params);
    QFETCH(QByteArray, expected);
    QCOMPARE(b24::encodePhpQuery(params), expected);
}

void TestPhpQuery::commandString_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no params") << u"user.current"_s << QJsonObject() << u"user.current?"_s;
    QTest::newRow("id") << u"crm.deal.get"_s << json(R"({"id":7})") << u"crm.deal.get?id=7"_s;
    QTest::newRow("linked") << u"department.get"_s << json(R"({"ID":"$result[get_user][UF_DEPARTMENT][0]"})")
                            << u"department.get?ID=%24result%5Bget_user%5D%5BUF_DEPARTMENT%5D%5B0%5D"_s;
}

void TestPhpQuery::commandString()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    QFETCH(QString, expected);
    QCOMPARE(b24::batchCommandString({QString(), method, params}), expected);
}

void TestPhpQuery::observedJsSdkBody()
{
    // The body the JS SDK was observed sending (b24jssdk-behaviour.md §4.3).
    const QList<b24::BatchCommand> commands{
        {QString(), u"crm.deal.list"_s,
         json(
             R"({"filter":{">ID":5,"STAGE_ID":["NEW","WON"]},"order":{"ID":"ASC"},"select":["ID","TITLE"],"start":-1})")},
        {QString(), u"user.current"_s, {}},
        {QString(), u"crm.deal.get"_s, json(R"({"id":"a b&c=d/ü"})")}};
    QCOMPARE(b24::BatchCommand::requestBody(commands, true),
             QByteArray(
                 R"({"halt":1,"cmd":["crm.deal.list?filter%5B%3EID%5D=5&filter%5BSTAGE_ID%5D%5B0%5D=NEW&)"
                 R"(filter%5BSTAGE_ID%5D%5B1%5D=WON&order%5BID%5D=ASC&select%5B0%5D=ID&select%5B1%5D=TITLE&)"
                 R"(start=-1","user.current?","crm.deal.get?id=a%20b%26c%3Dd%2F%C3%BC"]})"));
}

void TestPhpQuery::roundTrip()
{
    QFETCH(QJsonObject, params);
    QCOMPARE(QJsonValue(b24::decodePhpQuery(b24::encodePhpQuery(params))), asPhpSees(params));
}

void TestPhpQuery::decode_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("raw brackets") << QByteArray("filter[>ID]=5&select[]=ID&select[]=TITLE")
                                  << json(R"({"filter":{">ID":"5"},"select":{"0":"ID","1":"TITLE"}})");
    QTest::newRow("plus is space") << QByteArray("q=a+b%2Bc") << json(R"({"q":"a b+c"})");
    QTest::newRow("no value") << QByteArray("a&b=") << json(R"({"a":"","b":""})");
    QTest::newRow("garbage") << QByteArray("&&=x&[a]=1&k[=2") << json(R"({"k_":"2"})");
    QTest::newRow("later wins") << QByteArray("a=1&a=2") << json(R"({"a":"2"})");
}

void TestPhpQuery::decode()
{
    QFETCH(QByteArray, query);
    QFETCH(QJsonObject, expected);
    QCOMPARE(b24::decodePhpQuery(query), expected);
}

QTEST_GUILESS_MAIN(TestPhpQuery)
#include "tst_phpquery.moc"
