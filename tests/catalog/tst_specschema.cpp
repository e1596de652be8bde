// A documented method's parameters as the parameter form's field descriptors: the shipped catalog
// and hand-made specs.

#include "core/apidocs/docscatalog.h"
#include "core/catalog/specschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::FieldDescriptor;
using b24::MethodSpec;
using b24::SpecParam;
using b24::SpecSchema;

namespace {

const FieldDescriptor *byName(const QList<FieldDescriptor> &list, const QString &name)
{
    for (const FieldDescriptor &d : list) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestSpecSchema : public QObject
{
    Q_OBJECT

private slots:
    void calendarEventAddBecomesATypedForm()
    {
        const MethodSpec *spec = b24::DocsCatalog::shipped().find(u"calendar.event.add"_s);
        QVERIFY(spec);
        const QList<FieldDescriptor> params = SpecSchema::params(*spec);
        QCOMPARE(params.size(), spec->params.size());
        QCOMPARE(params.first().name, spec->params.first().name); // the documentation's order
        const FieldDescriptor *owner = byName(params, u"ownerId"_s);
        QVERIFY(owner);
        QCOMPARE(owner->type, u"integer"_s);
        QVERIFY(owner->isRequired);
        QVERIFY(!owner->description.isEmpty());
        QCOMPARE(byName(params, u"from"_s)->type, u"datetime"_s);
        // Allowed values listed by the page: a choice of them.
        const FieldDescriptor *skip = byName(params, u"skip_time"_s);
        QCOMPARE(skip->type, u"enumeration"_s);
        QCOMPARE(skip->items.size(), 2);
        QCOMPARE(skip->items.first().id, u"Y"_s);
        QVERIFY(!skip->isRequired);
        // A nested structure: its shape as the hint, its fields as keys.
        const FieldDescriptor *rrule = byName(params, u"rrule"_s);
        QCOMPARE(rrule->type, u"object"_s);
        const QJsonDocument shape = QJsonDocument::fromJson(rrule->hint.toUtf8());
        QVERIFY2(shape.isObject() && shape.object().contains(u"FREQ"_s), qPrintable(rrule->hint));
        const FieldDescriptor *remind = byName(params, u"remind"_s);
        QVERIFY2(QJsonDocument::fromJson(remind->hint.toUtf8()).isArray(), qPrintable(remind->hint));
        QVERIFY(!remind->isMultiple);
    }

    void typesMapToTheFormsEditors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("formType");
        QTest::addColumn<bool>("multiple");
        QTest::newRow("int") << u"int"_s << u"integer"_s << false;
        QTest::newRow("number") << u"number"_s << u"double"_s << false;
        QTest::newRow("id link") << u"catalog_product.id"_s << u"integer"_s << false;
        QTest::newRow("user id") << u"user.id"_s << u"user"_s << false;
        QTest::newRow("string list") << u"string[]"_s << u"string"_s << true;
        QTest::newRow("integer list") << u"integer[]"_s << u"integer"_s << true;
        QTest::newRow("multifield") << u"crm_multifield[]"_s << u"crm_multifield"_s << true;
        QTest::newRow("object") << u"object"_s << u"object"_s << false;
        QTest::newRow("object list") << u"object[]"_s << u"object[]"_s << false;
        QTest::newRow("unknown") << u"unknown"_s << u"unknown"_s << false;
    }

    void typesMapToTheFormsEditors()
    {
        QFETCH(QString, type);
        QFETCH(QString, formType);
        QFETCH(bool, multiple);
        MethodSpec spec;
        SpecParam param;
        param.name = u"x"_s;
        param.type = type;
        const FieldDescriptor d = SpecSchema::descriptor(spec, param);
        QCOMPARE(d.type, formType);
        QCOMPARE(d.isMultiple, multiple);
    }

    void fieldsParamGivesTheNestedFields()
    {
        MethodSpec spec;
        SpecParam fields;
        fields.name = u"fields"_s;
        fields.type = u"object"_s;
        fields.ref = u"dealFields"_s;
        SpecParam title;
        title.name = u"TITLE"_s;
        title.type = u"string"_s;
        SpecParam sum;
        sum.name = u"OPPORTUNITY"_s;
        sum.type = u"double"_s;
        spec.params = {fields};
        spec.defs = {{u"dealFields"_s, {title, sum, title}}};
        const QList<FieldDescriptor> nested = SpecSchema::fieldsParam(spec);
        QCOMPARE(nested.size(), 2); // a name documented twice is one row
        QCOMPARE(nested.at(1).type, u"double"_s);
        spec.defs.clear();
        QVERIFY(SpecSchema::fieldsParam(spec).isEmpty());
    }

    void everyShippedMethodConverts()
    {
        int nested = 0;
        for (const MethodSpec &spec : b24::DocsCatalog::shipped().methods()) {
            const QList<FieldDescriptor> params = SpecSchema::params(spec);
            for (const FieldDescriptor &d : params) {
                QVERIFY2(!d.name.isEmpty() && !d.type.isEmpty(), qPrintable(spec.name));
                if (!d.hint.isEmpty()) {
                    ++nested;
                    QVERIFY2(!QJsonDocument::fromJson(d.hint.toUtf8()).isNull(), qPrintable(spec.name));
                }
            }
        }
        QVERIFY2(nested > 100, qPrintable(QString::number(nested)));
    }
};

QTEST_GUILESS_MAIN(TestSpecSchema)
#include "tst_specschema.moc"
