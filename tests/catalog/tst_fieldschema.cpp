#include "core/catalog/fieldschema.h"
#include "tests/catalog/fixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::FieldDescriptor;
using b24::FieldSchema;
using Kind = FieldDescriptor::ValueKind;

class TstFieldSchema : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("camelCase");
        QTest::addColumn<QString>("lookup");    // looked up by this name
        QTest::addColumn<QString>("name");      // the key the portal used
        QTest::addColumn<QString>("upperName"); // and its UPPER form
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>(
            "flags"); // letters: R required, O read-only, I immutable, M multiple, D dynamic
        QTest::addColumn<QString>("statusType");
        QTest::addColumn<QString>("displayTitle");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("required");

        const QString deal = u"crm.deal.fields.response.json"_s;
        QTest::newRow("deal ID") << deal << 45 << false << u"ID"_s << u"ID"_s << u"ID"_s << u"integer"_s
                                 << int(Kind::Integer) << u"O"_s << QString() << u"ID"_s << 0 << 0;
        QTest::newRow("deal TYPE_ID")
            << deal << 45 << false << u"type_id"_s << u"TYPE_ID"_s << u"TYPE_ID"_s << u"crm_status"_s
            << int(Kind::Status) << QString() << u"DEAL_TYPE"_s << u"Type"_s << 0 << 0;
        QTest::newRow("deal CATEGORY_ID immutable")
            << deal << 45 << false << u"CATEGORY_ID"_s << u"CATEGORY_ID"_s << u"CATEGORY_ID"_s
            << u"crm_category"_s << int(Kind::Reference) << u"I"_s << QString() << QString() << 0 << 0;
        QTest::newRow("deal CONTACT_IDS")
            << deal << 45 << false << u"CONTACT_IDS"_s << u"CONTACT_IDS"_s << u"CONTACT_IDS"_s
            << u"crm_contact"_s << int(Kind::Reference) << u"M"_s << QString() << u"Contacts"_s << 0 << 0;
        const QString contact = u"crm.contact.fields.response.json"_s;
        QTest::newRow("contact PHONE")
            << contact << 49 << false << u"PHONE"_s << u"PHONE"_s << u"PHONE"_s << u"crm_multifield"_s
            << int(Kind::MultiField) << u"M"_s << QString() << QString() << 0 << 3;
        QTest::newRow("contact NAME")
            << contact << 49 << false << u"NAME"_s << u"NAME"_s << u"NAME"_s << u"string"_s
            << int(Kind::String) << u"R"_s << QString() << u"First Name"_s << 0 << 3;
        const QString lead = u"crm.lead.fields.real.response.json"_s;
        QTest::newRow("lead UF string")
            << lead << 64 << false << u"UF_CRM_1594289616952"_s << u"UF_CRM_1594289616952"_s
            << u"UF_CRM_1594289616952"_s << u"string"_s << int(Kind::String) << u"D"_s << QString()
            << u"\u041c\u0435\u0442\u0440\u043e"_s << 0 << 1;
        QTest::newRow("lead UF money") << lead << 64 << false << u"UF_CRM_1594289659496"_s
                                       << u"UF_CRM_1594289659496"_s << u"UF_CRM_1594289659496"_s << u"money"_s
                                       << int(Kind::Money) << u"D"_s << QString() << QString() << 0 << 1;
        const QString item = u"crm.item.fields.response.json"_s;
        QTest::newRow("item stageId by upper")
            << item << 34 << true << u"STAGE_ID"_s << u"stageId"_s << u"STAGE_ID"_s << u"crm_status"_s
            << int(Kind::Status) << QString() << u"DYNAMIC_1268_STAGE_52"_s << u"Stage"_s << 0 << 1;
        QTest::newRow("item observers")
            << item << 34 << true << u"observers"_s << u"observers"_s << u"OBSERVERS"_s << u"user"_s
            << int(Kind::Reference) << u"M"_s << QString() << u"Observers"_s << 0 << 1;
        QTest::newRow("item opened required")
            << item << 34 << true << u"opened"_s << u"opened"_s << u"OPENED"_s << u"boolean"_s
            << int(Kind::Boolean) << u"R"_s << QString() << QString() << 0 << 1;
        const QString uf = u"crm.item.fields.userfields-fragment.json"_s;
        QTest::newRow("fragment list")
            << uf << 8 << true << u"ufCrm44_1721812814433"_s << u"ufCrm44_1721812814433"_s
            << u"UF_CRM_44_1721812814433"_s << u"enumeration"_s << int(Kind::Enumeration) << u"D"_s
            << QString() << u"Custom field (list)"_s << 4 << 0;
        QTest::newRow("fragment url multiple")
            << uf << 8 << true << u"UF_CRM_44_1721812885588"_s << u"ufCrm44_1721812885588"_s
            << u"UF_CRM_44_1721812885588"_s << u"url"_s << int(Kind::String) << u"MD"_s << QString()
            << QString() << 0 << 0;
        const QString user = u"user.fields.real.response.json"_s;
        QTest::newRow("user.fields title map")
            << user << 64 << false << u"LAST_NAME"_s << u"LAST_NAME"_s << u"LAST_NAME"_s << QString()
            << int(Kind::Other) << QString() << QString() << u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f"_s
            << 0 << 0;
    }

    void fixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(int, count);
        QFETCH(bool, camelCase);
        QFETCH(QString, lookup);
        QFETCH(QString, name);
        QFETCH(QString, upperName);
        QFETCH(QString, type);
        QFETCH(int, kind);
        QFETCH(QString, flags);
        QFETCH(QString, statusType);
        QFETCH(QString, displayTitle);
        QFETCH(int, items);
        QFETCH(int, required);

        QString error;
        const auto schema = FieldSchema::parse(loadFixture(fixture), &error);
        QVERIFY2(schema.has_value(), qPrintable(error));
        QCOMPARE(schema->size(), count);
        QCOMPARE(schema->usesCamelCase(), camelCase);
        QCOMPARE(schema->requiredFields().size(), required);
        const FieldDescriptor *f = schema->field(lookup);
        QVERIFY(f);
        QCOMPARE(f->name, name);
        QCOMPARE(f->upperName, upperName);
        QCOMPARE(f->type, type);
        QCOMPARE(int(f->valueKind()), kind);
        QCOMPARE(f->isRequired, flags.contains(u'R'));
        QCOMPARE(f->isReadOnly, flags.contains(u'O'));
        QCOMPARE(f->isImmutable, flags.contains(u'I'));
        QCOMPARE(f->isMultiple, flags.contains(u'M'));
        QCOMPARE(f->isDynamic, flags.contains(u'D'));
        QCOMPARE(f->isWritableOnUpdate(), !flags.contains(u'O') && !flags.contains(u'I'));
        QCOMPARE(f->statusType, statusType);
        if (!displayTitle.isEmpty())
            QCOMPARE(f->displayTitle(), displayTitle);
        QCOMPARE(f->items.size(), items);
    }

    void enumerationItemsAndSettings()
    {
        const auto schema = FieldSchema::parse(loadFixture(u"crm.item.fields.userfields-fragment.json"_s));
        QVERIFY(schema);
        const FieldDescriptor *list = schema->field(u"ufCrm44_1721812814433"_s);
        QVERIFY(list);
        QCOMPARE(list->items.first(), (b24::FieldItem{u"79"_s, u"List item #1"_s, false}));
        QCOMPARE(list->items.last().value, u"List item #4"_s);
        const FieldDescriptor *text = schema->field(u"ufCrm44_1721812760630"_s);
        QCOMPARE(text->settings.value(u"SIZE"_s).toInt(), 20);
        QCOMPARE(schema->userFields().size(), 8);
    }

    void envelopeResultAndFieldsAreEquivalent()
    {
        const QJsonObject envelope = loadFixture(u"crm.item.fields.response.json"_s).toObject();
        const QJsonObject result = envelope.value(u"result"_s).toObject();
        const auto a = FieldSchema::parse(envelope);
        const auto b = FieldSchema::parse(result);
        const auto c = FieldSchema::parse(result.value(u"fields"_s));
        QVERIFY(a && b && c);
        QCOMPARE(a->size(), 34);
        QCOMPARE(b->size(), a->size());
        QCOMPARE(c->size(), a->size());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("array") << QByteArray("[1,2]") << u"JSON object"_s;
        QTest::newRow("portal error")
            << QByteArray(R"({"error":"insufficient_scope","error_description":"x"})")
            << u"insufficient_scope"_s;
        QTest::newRow("not fields") << QByteArray(R"({"result":{"A":{"title":"no type"}}})")
                                    << u"not a field map"_s;
        QTest::newRow("number values") << QByteArray(R"({"result":{"A":1}})") << u"not a field map"_s;
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QString error;
        const auto schema =
            FieldSchema::parse(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &error);
        QVERIFY(!schema);
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    void upperName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("upper");
        QTest::newRow("legacy") << u"ID"_s << u"ID"_s;
        QTest::newRow("snake upper") << u"UF_CRM_1"_s << u"UF_CRM_1"_s;
        QTest::newRow("camel") << u"stageId"_s << u"STAGE_ID"_s;
        QTest::newRow("digits") << u"parentId1248"_s << u"PARENT_ID_1248"_s;
        QTest::newRow("user field") << u"ufCrm44_1721812760630"_s << u"UF_CRM_44_1721812760630"_s;
        QTest::newRow("lower") << u"opened"_s << u"OPENED"_s;
    }

    void upperName()
    {
        QFETCH(QString, name);
        QFETCH(QString, upper);
        QCOMPARE(FieldSchema::toUpperName(name), upper);
    }

    void legacyFlagsAsStrings()
    {
        const QJsonObject o{{u"X"_s, QJsonObject{{u"type"_s, u"char"_s},
                                                 {u"isRequired"_s, u"Y"_s},
                                                 {u"isMultiple"_s, u"N"_s},
                                                 {u"items"_s, QJsonArray{QJsonObject{{u"ID"_s, 5},
                                                                                     {u"VALUE"_s, u"five"_s},
                                                                                     {u"DEF"_s, u"Y"_s}}}}}}};
        const auto schema = FieldSchema::parse(o);
        QVERIFY(schema);
        const FieldDescriptor *f = schema->field(u"x"_s);
        QVERIFY(f->isRequired);
        QVERIFY(!f->isMultiple);
        QCOMPARE(f->items.first(), (b24::FieldItem{u"5"_s, u"five"_s, true}));
        QCOMPARE(f->valueKind(), Kind::String);
    }
};

QTEST_GUILESS_MAIN(TstFieldSchema)
#include "tst_fieldschema.moc"
