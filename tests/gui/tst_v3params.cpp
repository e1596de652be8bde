// REST 3.0 parameters in the parameter pane: the select picker's tree of fields and relations
// (dotted names, search, names kept that the schema lacks), and ParamsPane's v3 mode — the tabs a
// method of the OpenAPI document takes, the forms generated from its request schema, builders and
// raw JSON editing one object with keys in order, and the way back to the classic builders.
#include "core/catalog/openapicatalog.h"
#include "tests/support/fixtures.h"
#include "ui/request/editors/fieldeditor.h"
#include "ui/request/fieldform.h"
#include "ui/request/filterbuilder.h"
#include "ui/request/orderbuilder.h"
#include "ui/request/paramspane.h"
#include "ui/request/rawjsoneditor.h"
#include "ui/request/selectpicker.h"
#include "ui/request/v3filterbuilder.h"
#include "ui/request/v3filtercondition.h"
#include "ui/request/v3filtergroup.h"
#include "ui/request/v3selectpicker.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestV3Params : public QObject
{
    Q_OBJECT

private slots:
    void pickerShowsRelationsAsATree();
    void pickerKeepsOrderAndUnknownNames();
    void pickerSearchNarrowsTheTree();
    void listMethodShowsTheV3Builders();
    void buildersAndJsonEditOneObject();
    void writeMethodsGetTheGeneratedForms();
    void backToV2RestoresTheClassicBuilders();

private:
    static const OpenApiCatalog &catalog()
    {
        static const OpenApiCatalog c =
            OpenApiCatalog::parse(fixtureBytes(u"rest.documentation.openapi.document.json"_s)).catalog;
        return c;
    }
    static OrderedJson json(const char *text) { return OrderedJson::fromJson(QByteArray(text)); }
};

void TestV3Params::pickerShowsRelationsAsATree()
{
    V3SelectPicker picker;
    picker.setEntity(catalog().find(u"tasks.task.list"_s)->entity);
    QTreeWidget *tree = picker.tree();
    QCOMPARE(tree->topLevelItemCount(), 6 + 4); // own fields, then responsible, group, accomplices, parent
    QTreeWidgetItem *responsible = tree->topLevelItem(6);
    QCOMPARE(responsible->text(0), u"responsible"_s);
    QCOMPARE(responsible->childCount(), 3);
    QVERIFY(!(responsible->flags() & Qt::ItemIsUserCheckable)); // a relation is not a field
    QCOMPARE(responsible->child(1)->text(0), u"name"_s);
    QVERIFY(tree->topLevelItem(8)->text(1).contains(u"many"_s)); // accomplices

    QSignalSpy changed(&picker, &V3SelectPicker::changed);
    responsible->child(1)->setCheckState(0, Qt::Checked); // as a click on the box does
    QCOMPARE(picker.selected(), QStringList{u"responsible.name"_s});
    QCOMPARE(changed.count(), 1);
    picker.item(u"id"_s)->setCheckState(0, Qt::Checked);
    QCOMPARE(picker.selected(), (QStringList{u"responsible.name"_s, u"id"_s}));
    responsible->child(1)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(picker.selected(), QStringList{u"id"_s});
}

void TestV3Params::pickerKeepsOrderAndUnknownNames()
{
    V3SelectPicker picker;
    picker.setEntity(catalog().find(u"tasks.task.list"_s)->entity);
    const QStringList names{u"title"_s, u"custom.field"_s, u"id"_s, u"responsible.email"_s};
    picker.setSelected(names);
    QCOMPARE(picker.selected(), names);
    QVERIFY(picker.item(u"custom.field"_s));
    QCOMPARE(picker.item(u"custom.field"_s)->checkState(0), Qt::Checked);
    QCOMPARE(picker.item(u"responsible.email"_s)->checkState(0), Qt::Checked);
    // A new schema keeps the selection.
    picker.setEntity(std::nullopt);
    QCOMPARE(picker.selected(), names);
    QCOMPARE(picker.tree()->topLevelItemCount(), 4);
}

void TestV3Params::pickerSearchNarrowsTheTree()
{
    V3SelectPicker picker;
    picker.setEntity(catalog().find(u"tasks.task.list"_s)->entity);
    QTest::keyClicks(picker.searchBox(), u"email"_s);
    QStringList shown;
    for (QTreeWidgetItemIterator it(picker.tree()); *it; ++it)
        if (!(*it)->isHidden() && (*it)->childCount() == 0 && !(*it)->parent()->isHidden())
            shown.append((*it)->data(0, Qt::UserRole + 1).toString());
    QCOMPARE(shown, (QStringList{u"responsible.email"_s, u"accomplices.email"_s}));
    QVERIFY(picker.item(u"id"_s)->isHidden());
    picker.searchBox()->clear();
    QVERIFY(!picker.item(u"id"_s)->isHidden());
    QTest::keyClicks(picker.searchBox(), u"group"_s); // a relation's name shows all its fields
    QVERIFY(!picker.item(u"group.title"_s)->isHidden());
    QVERIFY(picker.item(u"title"_s)->isHidden());
}

void TestV3Params::listMethodShowsTheV3Builders()
{
    ParamsPane pane;
    pane.setApi(ApiVersion::V3);
    pane.setMethod(u"tasks.task.list"_s);
    pane.setV3Method(catalog().find(u"tasks.task.list"_s));
    QCOMPARE(pane.api(), ApiVersion::V3);
    QCOMPARE(pane.v3Method()->name, u"tasks.task.list"_s);
    auto visible = [&pane](QWidget *w) { return pane.isTabVisible(pane.indexOf(w)); };
    QVERIFY(visible(pane.v3SelectPicker()));
    QVERIFY(visible(pane.v3FilterBuilder()));
    QVERIFY(visible(pane.orderBuilder()));
    QVERIFY(!visible(pane.selectPicker()));
    QVERIFY(!visible(pane.filterBuilder()));
    QVERIFY(!visible(pane.fieldForm()));
    QVERIFY(visible(pane.paramForm())); // pagination
    QCOMPARE(pane.paramForm()->specs().size(), 1);
    QCOMPARE(pane.currentWidget(), pane.v3FilterBuilder());
    QVERIFY(!pane.exampleButton()->isEnabled()); // the documented example is a classic request
    QCOMPARE(pane.v3FilterBuilder()->fields().size(), 6);
    // A v3 method the document does not describe: every builder, no schema.
    pane.setV3Method(nullptr);
    QVERIFY(visible(pane.v3SelectPicker()) && visible(pane.v3FilterBuilder()));
    QVERIFY(!visible(pane.fieldForm()));
}

void TestV3Params::buildersAndJsonEditOneObject()
{
    ParamsPane pane;
    pane.setV3Method(catalog().find(u"tasks.task.list"_s));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setParams(
        json(R"({"select":["id"],"filter":[["id",">",1]],"order":{"id":"ASC"},"pagination":{"limit":10}})"));
    QCOMPARE(pane.v3SelectPicker()->selected(), QStringList{u"id"_s});
    QCOMPARE(pane.v3FilterBuilder()->root()->nodeCount(), 1);
    pane.v3SelectPicker()->item(u"responsible.name"_s)->setCheckState(0, Qt::Checked);
    QCOMPARE(pane.params().toJson(),
             QByteArray(R"({"select":["id","responsible.name"],"filter":[["id",">",1]],"order":{"id":"ASC"},)"
                        R"("pagination":{"limit":10}})"));
    auto *c = qobject_cast<V3FilterCondition *>(pane.v3FilterBuilder()->root()->node(0));
    c->valueEdit()->clear();
    QTest::keyClicks(c->valueEdit(), u"7"_s);
    QCOMPARE(pane.params().value(u"filter").toJson(), QByteArray(R"([["id",">",7]])"));
    QCOMPARE(pane.params().keyAt(1), u"filter"_s); // rewritten in its place
    QVERIFY(pane.rawEditor()->text().contains(u"7"_s));
    // Raw JSON refills the builders.
    pane.rawEditor()->setText(
        uR"({"filter":[{"logic":"or","conditions":[["id",1],["id",2]]}],"select":["title"]})"_s);
    QTRY_COMPARE(pane.v3SelectPicker()->selected(), QStringList{u"title"_s});
    QCOMPARE(pane.v3FilterBuilder()->filter().toJson(),
             QByteArray(R"([{"logic":"or","conditions":[["id",1],["id",2]]}])"));
    QCOMPARE(pane.params().keyAt(0), u"filter"_s);
    QVERIFY(pane.validationErrors().isEmpty());
}

void TestV3Params::writeMethodsGetTheGeneratedForms()
{
    ParamsPane pane;
    pane.setV3Method(catalog().find(u"tasks.task.add"_s));
    auto visible = [&pane](QWidget *w) { return pane.isTabVisible(pane.indexOf(w)); };
    QVERIFY(visible(pane.fieldForm()));
    QVERIFY(!visible(pane.paramForm())); // "fields" is the Fields tab's
    QVERIFY(!visible(pane.v3SelectPicker()) && !visible(pane.v3FilterBuilder()));
    QCOMPARE(pane.currentWidget(), pane.fieldForm());
    QCOMPARE(pane.fieldForm()->specs().size(), 6);
    QVERIFY(pane.fieldForm()->requireMandatory());
    QVERIFY(!pane.validationErrors().isEmpty()); // title is required on add
    pane.fieldForm()->editor(u"title"_s)->setValue(u"Prepare the contract"_s);
    QVERIFY2(pane.validationErrors().isEmpty(), qPrintable(pane.validationErrors().join(u'\n')));
    QCOMPARE(pane.params().toJson(), QByteArray(R"({"fields":{"title":"Prepare the contract"}})"));

    pane.setV3Method(catalog().find(u"tasks.task.get"_s));
    QVERIFY(visible(pane.paramForm()));
    QVERIFY(pane.paramForm()->editor(u"id"_s));
    QVERIFY(visible(pane.v3SelectPicker()));
    QVERIFY(!visible(pane.v3FilterBuilder()) && !visible(pane.fieldForm()));
    pane.paramForm()->editor(u"id"_s)->setValue(51);
    QCOMPARE(pane.params().value(u"id").toJson(), QByteArray("51"));
}

void TestV3Params::backToV2RestoresTheClassicBuilders()
{
    ParamsPane pane;
    pane.setMethod(u"crm.deal.list"_s);
    auto visible = [&pane](QWidget *w) { return pane.isTabVisible(pane.indexOf(w)); };
    QVERIFY(visible(pane.filterBuilder()));
    pane.setV3Method(catalog().find(u"tasks.task.list"_s));
    pane.setParams(json(R"({"filter":[["id",">",1]]})"));
    QVERIFY(!visible(pane.filterBuilder()));
    pane.setApi(ApiVersion::V2);
    QCOMPARE(pane.api(), ApiVersion::V2);
    QVERIFY(visible(pane.filterBuilder()) && visible(pane.selectPicker()));
    QVERIFY(!visible(pane.v3FilterBuilder()) && !visible(pane.v3SelectPicker()));
    QCOMPARE(pane.params().toJson(), QByteArray(R"({"filter":[["id",">",1]]})")); // kept as written
    // And forth again: the v3 method last shown comes back.
    pane.setApi(ApiVersion::V3);
    QCOMPARE(pane.v3Method()->name, u"tasks.task.list"_s);
    QVERIFY(visible(pane.v3FilterBuilder()));
    QCOMPARE(pane.v3FilterBuilder()->filter().toJson(), QByteArray(R"([["id",">",1]])"));
}

QTEST_MAIN(TestV3Params)
#include "tst_v3params.moc"
