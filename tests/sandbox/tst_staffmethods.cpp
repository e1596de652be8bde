#include "tests/support/portaltestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

// People and access: users and departments written over REST show in the reading methods;
// errors carry the documented codes (api-reference/user, api-reference/departments).
class TestStaffMethods : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void userAddUpdateSearch();
    void userErrors();
    void departments();
    void access();

private:
    PortalCall call(const char *method, const QByteArray &body = "{}")
    {
        return callPortal(*m_portal, hookPath(*m_portal, method), body);
    }
    std::unique_ptr<Portal> m_portal;
};

void TestStaffMethods::init()
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Unlimited;
    o.scopes = {u"user"_s, u"department"_s};
    o.data = {{u"users"_s, 10}};
    m_portal = std::make_unique<Portal>(o);
}

void TestStaffMethods::userAddUpdateSearch()
{
    const PortalCall added =
        call("user.add",
             R"({"EMAIL":"new.hire@example.org","NAME":"Zinaida","UF_DEPARTMENT":[2],"EXTRANEOUS":"x"})");
    QCOMPARE(added.response.status, 200);
    const int id = added.json.value(u"result"_s).toInt();
    QCOMPARE(id, 11);
    QCOMPARE(call("user.update", R"({"ID":11,"LAST_NAME":"Petrova","WORK_POSITION":"Buyer"})")
                 .json.value(u"result"_s),
             QJsonValue(true));
    const QJsonArray found =
        call("user.search", R"({"FILTER":{"FIND":"petrov"}})").json.value(u"result"_s).toArray();
    QCOMPARE(found.size(), 1);
    const QJsonObject user = found.first().toObject();
    QCOMPARE(user.value(u"NAME"_s).toString(), u"Zinaida"_s);
    QCOMPARE(user.value(u"WORK_POSITION"_s).toString(), u"Buyer"_s);
    QVERIFY(!user.contains(u"EXTRANEOUS"_s));
    const QJsonArray inDepartment = call("user.search", R"({"FILTER":{"UF_DEPARTMENT":2,"NAME":"Zinaida"}})")
                                        .json.value(u"result"_s)
                                        .toArray();
    QCOMPARE(inDepartment.size(), 1);
    QCOMPARE(call("user.get", R"({"ID":11})").json.value(u"total"_s).toInt(), 1);
}

void TestStaffMethods::userErrors()
{
    const PortalCall bad = call("user.add", R"({"EMAIL":"not-an-address"})");
    QCOMPARE(bad.error(), u"ERROR_ARGUMENT"_s);
    QCOMPARE(bad.json.value(u"error_description"_s).toString(), u"wrong_email"_s);
    QVERIFY(bad.json.contains(u"argument"_s));
    QVERIFY(call("user.add", R"({"EMAIL":"twice@example.org"})").response.status == 200);
    QCOMPARE(call("user.add", R"({"EMAIL":"twice@example.org"})").error(), u"ERROR_ARGUMENT"_s);
    const PortalCall missing = call("user.update", R"({"ID":999,"NAME":"x"})");
    QCOMPARE(missing.error(), u"ERROR_CORE"_s);
    QCOMPARE(missing.json.value(u"error_description"_s).toString(), u"access_denied"_s);
}

void TestStaffMethods::departments()
{
    QCOMPARE(call("department.fields").json.value(u"result"_s).toObject().size(), 5);
    const int id =
        call("department.add", R"({"NAME":"Logistics","PARENT":1})").json.value(u"result"_s).toInt();
    QCOMPARE(id, 5);
    QCOMPARE(call("department.update", R"({"ID":5,"NAME":"Logistics & Co"})").json.value(u"result"_s),
             QJsonValue(true));
    const QJsonArray rows = call("department.get", R"({"ID":5})").json.value(u"result"_s).toArray();
    QCOMPARE(rows.first().toObject().value(u"NAME"_s).toString(), u"Logistics & Co"_s);
    QCOMPARE(call("department.add", R"({"PARENT":1})").json.value(u"error_description"_s),
             QJsonValue(u"Department name not provided.<br>"_s));
    QCOMPARE(call("department.add", R"({"NAME":"Second top"})").error(), u"ERROR_CORE"_s);
    QCOMPARE(call("department.delete", R"({"ID":5})").json.value(u"result"_s), QJsonValue(true));
    QCOMPARE(call("department.delete", R"({"ID":5})").json.value(u"error_description"_s),
             QJsonValue(u"Department not found"_s));
    QCOMPARE(call("department.get", R"({"ID":5})").json.value(u"result"_s).toArray().size(), 0);
}

void TestStaffMethods::access()
{
    QCOMPARE(call("user.access", R"({"ACCESS":["G1"]})").json.value(u"result"_s), QJsonValue(true)); // admin
    const QJsonObject names =
        call("access.name", R"({"ACCESS":["AU","D2","U1","X9"]})").json.value(u"result"_s).toObject();
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.value(u"D2"_s).toObject().value(u"name"_s).toString(), u"Отдел продаж"_s);
    QCOMPARE(call("feature.get").error(), u"CODE_EMPTY"_s);
}

QTEST_GUILESS_MAIN(TestStaffMethods)
#include "tst_staffmethods.moc"
