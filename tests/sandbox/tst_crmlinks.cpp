#include "tests/support/portaltestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

// Links between CRM entities, product rows and card layouts: what a write changes shows in the
// other methods; errors carry the documented texts (tests/data/fixtures/crm.deal.contact.*,
// crm.deal.productrows.*).
class TestCrmLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dealContacts();
    void linkErrors();
    void companyContactsFollowContacts();
    void productRows();
    void productRowErrors();
    void cardLayout();

private:
    QJsonValue result(const char *method, const QByteArray &body)
    {
        return callPortal(*m_portal, hookPath(*m_portal, method), body).json.value(u"result"_s);
    }
    QString errorText(const char *method, const QByteArray &body)
    {
        return callPortal(*m_portal, hookPath(*m_portal, method), body)
            .json.value(u"error_description"_s)
            .toString();
    }
    std::unique_ptr<Portal> m_portal;
};

void TestCrmLinks::init()
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Unlimited;
    o.scopes = {u"crm"_s};
    o.data = {{u"deals"_s, 30}, {u"contacts"_s, 30}, {u"companies"_s, 5}, {u"leads"_s, 5}};
    m_portal = std::make_unique<Portal>(o);
}

void TestCrmLinks::dealContacts()
{
    QCOMPARE(result("crm.deal.contact.items.set",
                    R"({"id":3,"items":[{"CONTACT_ID":7},{"CONTACT_ID":9,"IS_PRIMARY":"Y","SORT":5}]})"),
             QJsonValue(true));
    const QJsonArray items = result("crm.deal.contact.items.get", R"({"id":3})").toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).toObject().value(u"CONTACT_ID"_s).toInt(), 9);
    QCOMPARE(items.at(1).toObject().value(u"IS_PRIMARY"_s).toString(), u"Y"_s);
    // The deal's own CONTACT_ID is the primary contact.
    QCOMPARE(result("crm.deal.get", R"({"id":3})").toObject().value(u"CONTACT_ID"_s).toString(), u"9"_s);
    QCOMPARE(result("crm.deal.contact.add", R"({"id":3,"fields":{"CONTACT_ID":11}})"), QJsonValue(true));
    QCOMPARE(result("crm.deal.contact.items.get", R"({"id":3})").toArray().size(), 3);
    QCOMPARE(result("crm.deal.contact.delete", R"({"id":3,"fields":{"CONTACT_ID":9}})"), QJsonValue(true));
    const QJsonArray left = result("crm.deal.contact.items.get", R"({"id":3})").toArray();
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.first().toObject().value(u"IS_PRIMARY"_s).toString(), u"Y"_s); // the next one leads
    QCOMPARE(result("crm.deal.get", R"({"id":3})").toObject().value(u"CONTACT_ID"_s).toString(), u"7"_s);
    QVERIFY(result("crm.deal.contact.fields", "{}").toObject().contains(u"CONTACT_ID"_s));
}

void TestCrmLinks::linkErrors()
{
    QCOMPARE(errorText("crm.deal.contact.items.get", R"({"id":0})"),
             u"The parameter ownerEntityID is invalid or not defined."_s);
    QCOMPARE(errorText("crm.deal.contact.items.get", R"({"id":999})"), u"Not found."_s);
    QCOMPARE(errorText("crm.deal.contact.items.set", R"({"id":1,"items":"x"})"),
             u"The parameter items must be array."_s);
    QCOMPARE(errorText("crm.deal.contact.add", R"({"id":1})"), u"The parameter 'fields' must be array."_s);
}

void TestCrmLinks::companyContactsFollowContacts()
{
    // Contacts that name a company are its contacts until the company's links are written.
    const QJsonArray contacts =
        result("crm.contact.list", R"({"filter":{"COMPANY_ID":2},"select":["ID"]})").toArray();
    const QJsonArray items = result("crm.company.contact.items.get", R"({"id":2})").toArray();
    QCOMPARE(items.size(), contacts.size());
    QCOMPARE(result("crm.contact.company.items.set", R"({"id":4,"items":[{"COMPANY_ID":5}]})"),
             QJsonValue(true));
    QCOMPARE(result("crm.contact.get", R"({"id":4})").toObject().value(u"COMPANY_ID"_s).toString(), u"5"_s);
}

void TestCrmLinks::productRows()
{
    const QJsonArray seeded = result("crm.deal.productrows.get", R"({"id":1})").toArray();
    for (const auto row : seeded)
        QCOMPARE(row.toObject().value(u"OWNER_ID"_s).toString(), u"1"_s);
    QCOMPARE(
        result(
            "crm.deal.productrows.set",
            R"({"id":2,"rows":[{"PRODUCT_NAME":"Setup","PRICE":100.5,"QUANTITY":2},{"PRODUCT_ID":103,"PRICE":"50"}]})"),
        QJsonValue(true));
    const QJsonArray rows = result("crm.deal.productrows.get", R"({"id":2})").toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().toObject().value(u"PRODUCT_NAME"_s).toString(), u"Setup"_s);
    QCOMPARE(rows.first().toObject().value(u"PRICE"_s).toDouble(), 100.5);
    QCOMPARE(rows.first().toObject().value(u"QUANTITY"_s).toDouble(), 2.0);
    QCOMPARE(result("crm.deal.get", R"({"id":2})").toObject().value(u"OPPORTUNITY"_s).toString(),
             u"251.00"_s);
    QCOMPARE(result("crm.lead.productrows.get", R"({"id":1})").toArray().size(), 0);
}

void TestCrmLinks::productRowErrors()
{
    QCOMPARE(errorText("crm.deal.productrows.get", R"({"id":0})"),
             u"The parameter id is invalid or not defined."_s);
    QCOMPARE(errorText("crm.deal.productrows.set", R"({"id":999,"rows":[]})"), u"Not found"_s);
}

void TestCrmLinks::cardLayout()
{
    const QJsonArray sections = result("crm.deal.details.configuration.get", "{}").toArray();
    QCOMPARE(sections.first().toObject().value(u"name"_s).toString(), u"main"_s);
    bool userField = false;
    for (const auto e : sections.first().toObject().value(u"elements"_s).toArray())
        userField = userField || e.toObject().value(u"name"_s).toString().startsWith(u"UF_CRM_"_s);
    QVERIFY(userField);
    QVERIFY(result("crm.company.details.configuration.get", "{}").toArray().size() >= 2);
}

QTEST_GUILESS_MAIN(TestCrmLinks)
#include "tst_crmlinks.moc"
