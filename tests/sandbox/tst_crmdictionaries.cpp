#include "tests/support/portaltestclient.h"

#include <QJsonArray>
#include <QTest>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

// CRM dictionaries and user fields: writes persist and show in the other methods, errors carry
// the portal's codes and texts (tests/data/fixtures: crm.status.*, crm.category.*).
class TestCrmDictionaries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void statusListHonoursOrder();
    void statusLifecycle();
    void statusErrors();
    void newPipelineHasStages();
    void categoryErrors();
    void userFieldLifecycle();
    void userFieldErrors();
    void referenceMethods();
    void rowsCarrySelectedFields();

private:
    PortalCall call(const char *method, const QByteArray &body = "{}")
    {
        return callPortal(*m_portal, hookPath(*m_portal, method), body);
    }
    std::unique_ptr<Portal> m_portal;
};

void TestCrmDictionaries::init()
{
    PortalOptions o;
    o.plan = PortalOptions::Plan::Unlimited;
    o.scopes = {u"crm"_s};
    o.data = {{u"deals"_s, 20}};
    m_portal = std::make_unique<Portal>(o);
}

void TestCrmDictionaries::statusListHonoursOrder()
{
    const auto sorts = [this](const QByteArray &body) {
        QList<int> out;
        for (const auto v : call("crm.status.list", body).json.value(u"result"_s).toArray())
            out << v.toObject().value(u"SORT"_s).toString().toInt();
        return out;
    };
    const QList<int> asc = sorts(R"({"order":{"SORT":"ASC"},"filter":{"ENTITY_ID":"SOURCE"}})");
    const QList<int> desc = sorts(R"({"order":{"SORT":"DESC"},"filter":{"ENTITY_ID":"SOURCE"}})");
    QVERIFY(asc.size() > 2);
    QVERIFY(std::is_sorted(asc.begin(), asc.end()));
    QVERIFY(std::is_sorted(desc.rbegin(), desc.rend()));
    QCOMPARE(desc.first(), asc.last());
}

void TestCrmDictionaries::statusLifecycle()
{
    const PortalCall added = call(
        "crm.status.add", R"({"fields":{"ENTITY_ID":"SOURCE","STATUS_ID":"FAIR","NAME":"Fair","SORT":5}})");
    QCOMPARE(added.response.status, 200);
    const int id = added.json.value(u"result"_s).toInt();
    QVERIFY(id > 0);
    const QJsonArray sources =
        call("crm.status.list", R"({"filter":{"ENTITY_ID":"SOURCE"}})").json.value(u"result"_s).toArray();
    QCOMPARE(sources.first().toObject().value(u"STATUS_ID"_s).toString(), u"FAIR"_s); // SORT 5 first
    const QByteArray idBody = "{\"id\":" + QByteArray::number(id);
    QCOMPARE(
        call("crm.status.update", idBody + R"(,"fields":{"NAME":"Trade fair"}})").json.value(u"result"_s),
        QJsonValue(true));
    const QJsonObject got = call("crm.status.get", idBody + "}").json.value(u"result"_s).toObject();
    QCOMPARE(got.value(u"NAME"_s).toString(), u"Trade fair"_s);
    QCOMPARE(got.value(u"SYSTEM"_s).toString(), u"N"_s);
    QVERIFY(!got.contains(u"EXTRA"_s));
    const QJsonArray items =
        call("crm.status.entity.items", R"({"entityId":"SOURCE"})").json.value(u"result"_s).toArray();
    QCOMPARE(items.first().toObject().value(u"NAME"_s).toString(), u"Trade fair"_s);
    QCOMPARE(call("crm.status.delete", idBody + "}").json.value(u"result"_s), QJsonValue(true));
    const PortalCall gone = call("crm.status.get", idBody + "}");
    QCOMPARE(gone.response.status, 400);
    QCOMPARE(gone.json.value(u"error_description"_s).toString(), u"Status is not found."_s);
}

void TestCrmDictionaries::statusErrors()
{
    const auto description = [this](const char *method, const QByteArray &body) {
        const PortalCall c = call(method, body);
        return QString(c.error() + u'|' + c.json.value(u"error_description"_s).toString());
    };
    QCOMPARE(description("crm.status.add", R"({"fields":{"ENTITY_ID":"SOURCE","NAME":"x"}})"),
             u"|The field STATUS_ID is required."_s);
    QCOMPARE(description("crm.status.add", R"({"fields":{"ENTITY_ID":"NOPE","STATUS_ID":"X","NAME":"x"}})"),
             u"|Specified entity type is not supported."_s);
    QCOMPARE(
        description("crm.status.add", R"({"fields":{"ENTITY_ID":"SOURCE","STATUS_ID":"CALL","NAME":"x"}})"),
        u"ERROR_CORE|The specified status ID already exists."_s);
    QCOMPARE(description("crm.status.delete", R"({"id":0})"), u"|Invalid identifier."_s);
    // Stage 1 (NEW of the default pipeline) is a system status.
    QVERIFY(description("crm.status.delete", R"({"id":6})").contains(u"FORCED"_s));
    QCOMPARE(call("crm.status.delete", R"({"id":6,"params":{"FORCED":"Y"}})").json.value(u"result"_s),
             QJsonValue(true));
    QCOMPARE(description("crm.status.entity.items", R"({"entityId":"NOPE"})"),
             u"|The parameter entityId is not defined or invalid."_s);
}

void TestCrmDictionaries::newPipelineHasStages()
{
    const PortalCall added =
        call("crm.category.add", R"({"entityTypeId":2,"fields":{"name":"Tenders","sort":300}})");
    const QJsonObject category = added.json.value(u"result"_s).toObject().value(u"category"_s).toObject();
    QCOMPARE(category.value(u"name"_s).toString(), u"Tenders"_s);
    const int id = category.value(u"id"_s).toInt();
    QCOMPARE(id, 2);
    const QJsonArray list = call("crm.category.list", R"({"entityTypeId":2})")
                                .json.value(u"result"_s)
                                .toObject()
                                .value(u"categories"_s)
                                .toArray();
    QCOMPARE(list.size(), 3);
    const QJsonArray stages = call("crm.status.list", R"({"filter":{"ENTITY_ID":"DEAL_STAGE_2"}})")
                                  .json.value(u"result"_s)
                                  .toArray();
    QCOMPARE(stages.size(), 7);
    QCOMPARE(stages.first().toObject().value(u"STATUS_ID"_s).toString(), u"C2:NEW"_s);
    QCOMPARE(call("crm.category.update", R"({"entityTypeId":2,"id":2,"fields":{"name":"Bids"}})")
                 .json.value(u"result"_s)
                 .toObject()
                 .value(u"category"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             u"Bids"_s);
    QCOMPARE(call("crm.category.delete", R"({"entityTypeId":2,"id":2})").response.status, 200);
    QCOMPARE(call("crm.category.get", R"({"entityTypeId":2,"id":2})").error(), u"NOT_FOUND"_s);
}

void TestCrmDictionaries::categoryErrors()
{
    QCOMPARE(call("crm.category.get", R"({"entityTypeId":2,"id":77})").json.value(u"error_description"_s),
             QJsonValue(u"Element not found"_s));
    QCOMPARE(call("crm.category.get", R"({"entityTypeId":999,"id":1})").json.value(u"error_description"_s),
             QJsonValue(u"SPA not found"_s));
    QCOMPARE(call("crm.category.add", R"({"entityTypeId":2,"fields":{"sort":1}})").error(), u"0"_s);
}

void TestCrmDictionaries::userFieldLifecycle()
{
    const PortalCall added =
        call("crm.deal.userfield.add", R"j({"fields":{"FIELD_NAME":"TIER","USER_TYPE_ID":"enumeration",
        "EDIT_FORM_LABEL":{"en":"Tier (form)"},"LIST_COLUMN_LABEL":"Tier","LIST":[{"VALUE":"Gold"},{"VALUE":"Silver"}]}})j");
    QCOMPARE(added.response.status, 200);
    const int id = added.json.value(u"result"_s).toInt();
    QVERIFY(id > 0);
    const QJsonObject field =
        call("crm.deal.fields").json.value(u"result"_s).toObject().value(u"UF_CRM_TIER"_s).toObject();
    QCOMPARE(field.value(u"type"_s).toString(), u"enumeration"_s);
    QCOMPARE(field.value(u"isDynamic"_s).toBool(), true);
    QCOMPARE(field.value(u"listLabel"_s).toString(), u"Tier"_s);
    QCOMPARE(field.value(u"formLabel"_s).toString(), u"Tier (form)"_s);
    const QJsonArray items = field.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QString gold = items.first().toObject().value(u"ID"_s).toString();

    const int deal = call("crm.deal.add",
                          "{\"fields\":{\"TITLE\":\"Gold deal\",\"UF_CRM_TIER\":\"" + gold.toUtf8() + "\"}}")
                         .json.value(u"result"_s)
                         .toInt();
    const QJsonArray rows =
        call("crm.deal.list",
             "{\"select\":[\"ID\",\"UF_CRM_TIER\"],\"filter\":{\"UF_CRM_TIER\":\"" + gold.toUtf8() + "\"}}")
            .json.value(u"result"_s)
            .toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"ID"_s).toString().toInt(), deal);
    QCOMPARE(rows.first().toObject().value(u"UF_CRM_TIER"_s).toString(), gold);

    const QByteArray idBody = "{\"id\":" + QByteArray::number(id);
    QCOMPARE(call("crm.deal.userfield.update", idBody + R"(,"fields":{"LIST_COLUMN_LABEL":"Level"}})")
                 .json.value(u"result"_s),
             QJsonValue(true));
    const QJsonObject row = call("crm.deal.userfield.get", idBody + "}").json.value(u"result"_s).toObject();
    QCOMPARE(row.value(u"LIST_COLUMN_LABEL"_s).toString(), u"Level"_s);
    QCOMPARE(row.value(u"LIST"_s).toArray().size(), 2);
    const QJsonArray listed = call("crm.deal.userfield.list", R"({"filter":{"FIELD_NAME":"UF_CRM_TIER"}})")
                                  .json.value(u"result"_s)
                                  .toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(call("crm.lead.userfield.get", idBody + "}").error(), u"ERROR_NOT_FOUND"_s); // not a lead's
    QCOMPARE(call("crm.deal.userfield.delete", idBody + "}").json.value(u"result"_s), QJsonValue(true));
    QVERIFY(!call("crm.deal.fields").json.value(u"result"_s).toObject().contains(u"UF_CRM_TIER"_s));
    QCOMPARE(call("crm.deal.userfield.get", idBody + "}").error(), u"ERROR_NOT_FOUND"_s);
}

void TestCrmDictionaries::userFieldErrors()
{
    const auto description = [this](const QByteArray &fields) {
        const PortalCall c = call("crm.company.userfield.add", "{\"fields\":" + fields + "}");
        return QString(c.error() + u'|' + c.json.value(u"error_description"_s).toString());
    };
    QCOMPARE(description(R"({"USER_TYPE_ID":"string"})"), u"|The 'FIELD_NAME' field is not found."_s);
    QCOMPARE(description(R"({"FIELD_NAME":"X"})"), u"|The 'USER_TYPE_ID' field is not found."_s);
    QCOMPARE(description(R"({"FIELD_NAME":"X","USER_TYPE_ID":"nope"})"),
             u"ERROR_CORE|Incorrect custom type specified."_s);
    QVERIFY(description(R"({"FIELD_NAME":"A-B","USER_TYPE_ID":"string"})")
                .startsWith(u"ERROR_CORE|Field name contains"_s));
    QCOMPARE(call("crm.company.userfield.get", R"({"id":0})").json.value(u"error_description"_s),
             QJsonValue(u"ID is not defined or invalid."_s));
    // The demo portal's own user fields are listed too.
    QVERIFY(call("crm.company.userfield.list").json.value(u"result"_s).toArray().size() >= 1);
}

void TestCrmDictionaries::referenceMethods()
{
    QCOMPARE(
        call("crm.currency.get", R"({"id":"usd"})").json.value(u"result"_s).toObject().value(u"CURRENCY"_s),
        QJsonValue(u"USD"_s));
    QCOMPARE(call("crm.currency.get", R"({"id":"XYZ"})").json.value(u"error_description"_s),
             QJsonValue(u"Not found"_s));
    QVERIFY(call("crm.userfield.types").json.value(u"result"_s).toArray().size() > 10);
    QVERIFY(call("crm.multifield.fields").json.value(u"result"_s).toObject().contains(u"VALUE_TYPE"_s));
    QVERIFY(call("crm.status.entity.types").json.value(u"result"_s).toArray().size() > 5);
    QCOMPARE(call("crm.type.list").json.value(u"total"_s).toInt(), 0);
    const PortalCall history = call("crm.stagehistory.list", R"({"entityTypeId":2})");
    QCOMPARE(history.json.value(u"total"_s).toInt(), 20);
    QCOMPARE(history.json.value(u"result"_s).toObject().value(u"items"_s).toArray().size(), 20);
}

void TestCrmDictionaries::rowsCarrySelectedFields()
{
    // Generated rows hold no value for these; a real portal still answers every selected field.
    const QJsonObject row =
        call("crm.deal.list", R"({"select":["ID","UTM_MEDIUM","UF_CRM_DEAL_DUE","PHONE"]})")
            .json.value(u"result"_s)
            .toArray()
            .first()
            .toObject();
    QVERIFY(row.contains(u"UTM_MEDIUM"_s));
    QVERIFY(row.value(u"UTM_MEDIUM"_s).isNull());
    QVERIFY(row.contains(u"UF_CRM_DEAL_DUE"_s));
    QVERIFY(!row.contains(u"PHONE"_s)); // deals have no phone field
    QCOMPARE(row.size(), 3);
}

QTEST_GUILESS_MAIN(TestCrmDictionaries)
#include "tst_crmdictionaries.moc"
