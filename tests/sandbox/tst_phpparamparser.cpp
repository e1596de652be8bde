#include "core/sandbox/phpjsonwriter.h"
#include "core/sandbox/phpparamparser.h"

#include <QTest>

using namespace b24;

// Each case: a query string and the JSON that PHP's parse_str + json_encode would give.
class TestPhpParamParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestPhpParamParser::parse_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("scalar") << QByteArray("a=1&b=x") << QByteArray(R"({"a":"1","b":"x"})");
    QTest::newRow("append") << QByteArray("select[]=ID&select[]=TITLE")
                            << QByteArray(R"({"select":["ID","TITLE"]})");
    QTest::newRow("indexed") << QByteArray("select[0]=*&select[1]=UF_*")
                             << QByteArray(R"({"select":["*","UF_*"]})");
    QTest::newRow("nested append") << QByteArray("a[b][]=1&a[b][]=2")
                                   << QByteArray(R"({"a":{"b":["1","2"]}})");
    QTest::newRow("operator key") << QByteArray("filter%5B%3EID%5D=5")
                                  << QByteArray(R"({"filter":{"\u003EID":"5"}})");
    QTest::newRow("plus is space") << QByteArray("q=a+b%2Bc") << QByteArray(R"({"q":"a b+c"})");
    QTest::newRow("utf8") << QByteArray("n=%D0%AF") << QByteArray(R"({"n":"\u042f"})");
    QTest::newRow("top-level dot and space")
        << QByteArray("a.b=1&c+d=2&e[f.g]=3") << QByteArray(R"({"a_b":"1","c_d":"2","e":{"f.g":"3"}})");
    QTest::newRow("unclosed bracket") << QByteArray("a[b=1") << QByteArray(R"({"a_b":"1"})");
    QTest::newRow("no value") << QByteArray("flag&x=") << QByteArray(R"({"flag":"","x":""})");
    QTest::newRow("later wins") << QByteArray("a=1&a=2") << QByteArray(R"({"a":"2"})");
    QTest::newRow("deep multifield")
        << QByteArray("fields[PHONE][0][VALUE]=1&fields[PHONE][0][VALUE_TYPE]=WORK")
        << QByteArray(R"({"fields":{"PHONE":[{"VALUE":"1","VALUE_TYPE":"WORK"}]}})");
    // A raw '=' inside the name ends the name, as in PHP: "[!" is then an unclosed group.
    QTest::newRow("raw equals in key") << QByteArray("f[0][!=name]=") << QByteArray(R"({"f":["name]="]})");
    QTest::newRow("logic group") << QByteArray("filter[0][logic]=OR&filter[0][0][!%3Dname]=")
                                 << QByteArray(R"({"filter":[{"logic":"OR","0":{"!=name":""}}]})");
    QTest::newRow("empty name skipped") << QByteArray("=1&[x]=2&ok=3") << QByteArray(R"({"ok":"3"})");
}

void TestPhpParamParser::parse()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, json);
    QCOMPARE(PhpJsonWriter::write(PhpParamParser::parse(query)), json);
}

QTEST_GUILESS_MAIN(TestPhpParamParser)
#include "tst_phpparamparser.moc"
