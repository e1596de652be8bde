#include "core/catalog/fieldschema.h"
#include "tests/gui/fixtureutil.h"
#include "ui/request/editors/choiceeditor.h"
#include "ui/request/editors/fieldeditor.h"
#include "ui/request/editors/lineeditor.h"
#include "ui/request/editors/moneyeditor.h"
#include "ui/request/editors/multifieldeditor.h"
#include "ui/request/fieldform.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

// The parameter form generated from real *.fields answers (fixtures captured from portals).
class TestFieldForm : public QObject
{
    Q_OBJECT

private slots:
    void editorKinds_data();
    void editorKinds();
    void requiredAndReadOnlyMarked();
    void statusesFillStatusFields();
    void valuesFromEditors();
    void setValuesRoundTrip();
    void keepsKeyOrder();
    void invalidInputFlagged();
    void requiredMissingFlaggedOnCreate();
    void userFieldEditors();

private:
    static QJsonObject answerOf(const QString &fixture)
    {
        return b24test::fixtureObject(fixture).value("result"_L1).toObject();
    }
    // Parsed by core, as the window does with a *.fields answer.
    static QList<FieldDescriptor> descriptors(const QJsonObject &answer)
    {
        const auto schema = FieldSchema::parse(answer);
        if (!schema)
            qFatal("fixture is not a *.fields answer");
        return schema->fields();
    }
};

void TestFieldForm::editorKinds_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("kind");
    const QString deal = u"crm.deal.fields.response.json"_s;
    const QString contact = u"crm.contact.fields.response.json"_s;
    QTest::newRow("deal TITLE string") << deal << u"TITLE"_s << u"text"_s;
    QTest::newRow("deal PROBABILITY integer") << deal << u"PROBABILITY"_s << u"integer"_s;
    QTest::newRow("deal OPPORTUNITY double") << deal << u"OPPORTUNITY"_s << u"double"_s;
    QTest::newRow("deal IS_RECURRING char") << deal << u"IS_RECURRING"_s << u"boolean"_s;
    QTest::newRow("deal BEGINDATE date") << deal << u"BEGINDATE"_s << u"date"_s;
    QTest::newRow("deal DATE_CREATE datetime") << deal << u"DATE_CREATE"_s << u"datetime"_s;
    QTest::newRow("deal STAGE_ID crm_status") << deal << u"STAGE_ID"_s << u"status"_s;
    QTest::newRow("deal ASSIGNED_BY_ID user") << deal << u"ASSIGNED_BY_ID"_s << u"user"_s;
    QTest::newRow("deal CONTACT_IDS multiple link") << deal << u"CONTACT_IDS"_s << u"id"_s;
    QTest::newRow("contact PHONE multifield") << contact << u"PHONE"_s << u"multifield"_s;
    QTest::newRow("contact EMAIL multifield") << contact << u"EMAIL"_s << u"multifield"_s;
    QTest::newRow("contact PHOTO file fallback") << contact << u"PHOTO"_s << u"json"_s;
    QTest::newRow("contact HONORIFIC crm_status") << contact << u"HONORIFIC"_s << u"status"_s;
}

void TestFieldForm::editorKinds()
{
    QFETCH(QString, fixture);
    QFETCH(QString, field);
    QFETCH(QString, kind);
    const QJsonObject fields = answerOf(fixture);
    FieldForm form;
    form.setSpecs(descriptors(fields));
    QCOMPARE(form.specs().size(), fields.size());
    FieldEditor *editor = form.editor(field);
    QVERIFY(editor);
    QCOMPARE(editor->kind(), kind);
    QCOMPARE(editor->spec().type, fields.value(field).toObject().value("type"_L1).toString());
}

void TestFieldForm::requiredAndReadOnlyMarked()
{
    FieldForm form;
    form.setSpecs(descriptors(answerOf(u"crm.contact.fields.response.json"_s)));
    // NAME is required in this portal's answer, COMMENTS is not; ID is read-only.
    QVERIFY(form.label(u"NAME"_s)->text().contains(u"*"_s));
    QVERIFY(!form.label(u"COMMENTS"_s)->text().contains(u"*"_s));
    QVERIFY(!form.editor(u"ID"_s)->isEnabled());
    QVERIFY(form.label(u"ID"_s)->text().contains(u"read-only"_s));
    QVERIFY(form.editor(u"NAME"_s)->isEnabled());
}

void TestFieldForm::statusesFillStatusFields()
{
    FieldForm form;
    QSignalSpy wanted(&form, &FieldForm::statusesWanted);
    form.setSpecs(descriptors(answerOf(u"crm.deal.fields.response.json"_s)));
    QStringList asked;
    for (const auto &args : std::as_const(wanted))
        asked.append(args.at(0).toString());
    asked.sort();
    QCOMPARE(asked, (QStringList{u"DEAL_STAGE"_s, u"DEAL_TYPE"_s, u"SOURCE"_s}));

    const QJsonArray all =
        b24test::fixtureObject(u"crm.status.list.response.json"_s).value("result"_L1).toArray();
    QJsonArray stages;
    for (const QJsonValue &v : all) {
        if (v.toObject().value("ENTITY_ID"_L1).toString() == "DEAL_STAGE"_L1)
            stages.append(v);
    }
    QVERIFY(!stages.isEmpty());
    form.setStatuses(u"DEAL_STAGE"_s, stages);
    auto *stage = qobject_cast<ChoiceEditor *>(form.editor(u"STAGE_ID"_s));
    QVERIFY(stage);
    QCOMPARE(stage->itemCount(), stages.size());
    auto *type = qobject_cast<ChoiceEditor *>(form.editor(u"TYPE_ID"_s));
    QCOMPARE(type->itemCount(), 0); // another dictionary
    stage->comboBox()->setCurrentIndex(2);
    QCOMPARE(form.values().value(u"STAGE_ID").toString(),
             stages.at(1).toObject().value("STATUS_ID"_L1).toString());
}

void TestFieldForm::valuesFromEditors()
{
    FieldForm form;
    form.setSpecs(descriptors(answerOf(u"crm.contact.fields.response.json"_s)));
    QSignalSpy changed(&form, &FieldForm::changed);
    qobject_cast<LineEditor *>(form.editor(u"NAME"_s))->lineEdit()->setText(u"Anna"_s);
    QTest::keyClicks(qobject_cast<LineEditor *>(form.editor(u"ADDRESS_LOC_ADDR_ID"_s))->lineEdit(), u"42"_s);
    auto *phone = qobject_cast<MultiFieldEditor *>(form.editor(u"PHONE"_s));
    phone->addRow(u"MOBILE"_s, u"+7 900 000-00-00"_s);
    QVERIFY(changed.count() >= 3);
    const QJsonObject expected{{u"NAME"_s, u"Anna"_s},
                               {u"ADDRESS_LOC_ADDR_ID"_s, 42},
                               {u"PHONE"_s, QJsonArray{QJsonObject{{u"VALUE"_s, u"+7 900 000-00-00"_s},
                                                                   {u"VALUE_TYPE"_s, u"MOBILE"_s}}}}};
    QCOMPARE(form.values().toQJsonObject(), expected);
}

void TestFieldForm::setValuesRoundTrip()
{
    FieldForm form;
    form.setSpecs(descriptors(answerOf(u"crm.deal.fields.response.json"_s)));
    const QJsonObject values{{u"TITLE"_s, u"Deal"_s},
                             {u"OPPORTUNITY"_s, 1999.5},
                             {u"IS_RECURRING"_s, u"Y"_s},
                             {u"CONTACT_IDS"_s, QJsonArray{3, 7}},
                             {u"ID"_s, u"15"_s},                // read-only: kept, not editable
                             {u"UF_CRM_UNKNOWN"_s, u"kept"_s}}; // not in the schema: kept
    form.setValues(values);
    QCOMPARE(qobject_cast<LineEditor *>(form.editor(u"CONTACT_IDS"_s))->lineEdit()->text(), u"3, 7"_s);
    QCOMPARE(form.values().toQJsonObject(), values);
}

void TestFieldForm::keepsKeyOrder()
{
    FieldForm form;
    form.setSpecs(descriptors(answerOf(u"crm.contact.fields.response.json"_s)));
    // Not alphabetical, a key the form does not know in the middle, JSON values with their own order.
    const QByteArray set = R"({"NAME":"Anna","UF_CRM_X":{"b":1,"a":2},"ID":"15","PHOTO":{"z":1,"y":2},)"
                           R"("ADDRESS_LOC_ADDR_ID":42})";
    form.setValues(OrderedJson::fromJson(set));
    QCOMPARE(form.values().toJson(), set);
    // An edited field stays in its place; a field filled in the form joins at the end.
    qobject_cast<LineEditor *>(form.editor(u"NAME"_s))->lineEdit()->setText(u"Anne"_s);
    qobject_cast<LineEditor *>(form.editor(u"COMMENTS"_s))->lineEdit()->setText(u"new"_s);
    QCOMPARE(form.values().toJson(),
             QByteArray(R"({"NAME":"Anne","UF_CRM_X":{"b":1,"a":2},"ID":"15","PHOTO":{"z":1,"y":2},)"
                        R"("ADDRESS_LOC_ADDR_ID":42,"COMMENTS":"new"})"));
}

void TestFieldForm::invalidInputFlagged()
{
    FieldForm form;
    form.setSpecs(descriptors(answerOf(u"crm.deal.fields.response.json"_s)));
    QVERIFY(form.validationErrors().isEmpty());
    qobject_cast<LineEditor *>(form.editor(u"PROBABILITY"_s))->lineEdit()->setText(u"ten"_s);
    qobject_cast<LineEditor *>(form.editor(u"BEGINDATE"_s))->lineEdit()->setText(u"2024-13-45"_s);
    const QStringList errors = form.validationErrors();
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).startsWith(u"PROBABILITY:"_s) || errors.at(1).startsWith(u"PROBABILITY:"_s));
    QVERIFY(errors.join(u' ').contains(u"BEGINDATE"_s));
    QVERIFY(form.label(u"PROBABILITY"_s)->property("invalid").toBool());
    QVERIFY(!form.values().contains(u"PROBABILITY")); // never sent as garbage
    qobject_cast<LineEditor *>(form.editor(u"PROBABILITY"_s))->lineEdit()->setText(u"10"_s);
    QCOMPARE(form.validationErrors().size(), 1);
    QVERIFY(!form.label(u"PROBABILITY"_s)->property("invalid").toBool());
}

void TestFieldForm::requiredMissingFlaggedOnCreate()
{
    FieldForm form;
    form.setSpecs(descriptors(answerOf(u"crm.contact.fields.response.json"_s)));
    QVERIFY(form.validationErrors().isEmpty()); // update: required fields may be left out
    form.setRequireMandatory(true);
    const QStringList errors = form.validationErrors();
    QCOMPARE(errors.size(), 3); // NAME, SECOND_NAME, LAST_NAME are required in this answer
    QVERIFY(errors.join(u' ').contains(u"LAST_NAME: required"_s));
}

void TestFieldForm::userFieldEditors()
{
    const QJsonObject fragment = b24test::fixtureObject(u"crm.item.fields.userfields-fragment.json"_s);
    FieldForm form;
    form.setSpecs(descriptors(fragment));
    auto *list = qobject_cast<ChoiceEditor *>(form.editor(u"ufCrm44_1721812814433"_s));
    QVERIFY(list);
    QCOMPARE(list->kind(), u"enumeration"_s);
    QCOMPARE(list->itemCount(), 4);
    list->setValue(u"80"_s);
    QCOMPARE(list->value(), QJsonValue(u"80"_s));
    // The human label of a user field comes from formLabel, not from the code.
    QCOMPARE(form.editor(u"ufCrm44_1721812814433"_s)->spec().displayTitle(), u"Custom field (list)"_s);
    int moneyFields = 0;
    for (auto it = fragment.begin(); it != fragment.end(); ++it) {
        if (it.value().toObject().value("type"_L1).toString() == "money"_L1) {
            ++moneyFields;
            auto *money = qobject_cast<MoneyEditor *>(form.editor(it.key()));
            QVERIFY(money);
            money->setValue(u"300|RUB"_s);
            QCOMPARE(money->amountEdit()->text(), u"300"_s);
            QCOMPARE(money->value(), QJsonValue(u"300|RUB"_s));
            money->amountEdit()->setText(u"lots"_s);
            QVERIFY(!money->inputError().isEmpty());
        }
    }
    QCOMPARE(moneyFields, 1);
}

QTEST_MAIN(TestFieldForm)
#include "tst_fieldform.moc"
