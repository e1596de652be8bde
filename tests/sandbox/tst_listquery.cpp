#include "core/sandbox/listquery.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::ListQuery;
using b24::PhpValue;

Q_DECLARE_METATYPE(b24::PhpValue)

// Filter keys carry their operator as a prefix ("!=%TITLE"); scans evaluate them for every row,
// so the operator is recognised in place. Longest prefixes must win ("!=" is not "!" + "=X").
class TestListQuery : public QObject
{
    Q_OBJECT
private slots:
    void splitKey_data();
    void splitKey();
    void matches_data();
    void matches();
};

void TestListQuery::splitKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"ID"_s << QString() << u"ID"_s;
    QTest::newRow("gt") << u">ID"_s << u">"_s << u"ID"_s;
    QTest::newRow("ge") << u">=ID"_s << u">="_s << u"ID"_s;
    QTest::newRow("not like") << u"!=%TITLE"_s << u"!=%"_s << u"TITLE"_s;
    QTest::newRow("not in") << u"!@ID"_s << u"!@"_s << u"ID"_s;
    QTest::newRow("not") << u"!STAGE_ID"_s << u"!"_s << u"STAGE_ID"_s;
    QTest::newRow("like") << u"%TITLE"_s << u"%"_s << u"TITLE"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestListQuery::splitKey()
{
    QFETCH(QString, key);
    QFETCH(QString, op);
    QFETCH(QString, name);
    QString gotName;
    QCOMPARE(ListQuery::splitKey(key, gotName), op);
    QCOMPARE(gotName, name);
}

void TestListQuery::matches_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<PhpValue>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("eq") << u"STAGE_ID"_s << PhpValue(u"won"_s) << true;
    QTest::newRow("eq other") << u"STAGE_ID"_s << PhpValue(u"NEW"_s) << false;
    QTest::newRow("not eq") << u"!STAGE_ID"_s << PhpValue(u"NEW"_s) << true;
    QTest::newRow("!= eq") << u"!=STAGE_ID"_s << PhpValue(u"WON"_s) << false;
    QTest::newRow("gt number") << u">OPPORTUNITY"_s << PhpValue(999) << true;
    QTest::newRow("ge equal") << u">=OPPORTUNITY"_s << PhpValue(u"1000.50"_s) << true;
    QTest::newRow("lt") << u"<OPPORTUNITY"_s << PhpValue(1000) << false;
    QTest::newRow("le") << u"<=ID"_s << PhpValue(5) << true;
    QTest::newRow("like") << u"%TITLE"_s << PhpValue(u"crm"_s) << true;
    QTest::newRow("not like") << u"!%TITLE"_s << PhpValue(u"crm"_s) << false;
    QTest::newRow("not like !=%") << u"!=%TITLE"_s << PhpValue(u"xyz"_s) << true;
    QTest::newRow("in") << u"@ID"_s << PhpValue::list({u"4"_s, u"5"_s}) << true;
    QTest::newRow("not in") << u"!@ID"_s << PhpValue::list({u"4"_s, u"5"_s}) << false;
    QTest::newRow("multi-field") << u"PHONE"_s << PhpValue(u"+79001234567"_s) << true;
    QTest::newRow("loose name") << u"stage_id"_s << PhpValue(u"WON"_s) << true;
    QTest::newRow("missing field gt") << u">NOPE"_s << PhpValue(1) << false;
}

void TestListQuery::matches()
{
    QFETCH(QString, key);
    QFETCH(PhpValue, value);
    QFETCH(bool, expected);
    PhpValue row = PhpValue::array();
    row.insert(u"ID"_s, u"5"_s);
    row.insert(u"TITLE"_s, u"Внедрение CRM #5"_s);
    row.insert(u"STAGE_ID"_s, u"WON"_s);
    row.insert(u"OPPORTUNITY"_s, u"1000.50"_s);
    PhpValue phone = PhpValue::array();
    phone.insert(u"VALUE"_s, u"+79001234567"_s);
    row.insert(u"PHONE"_s, PhpValue::list({phone}));
    PhpValue filter = PhpValue::array();
    filter.insert(key, value);
    QCOMPARE(ListQuery::matches(row, filter), expected);
}

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
