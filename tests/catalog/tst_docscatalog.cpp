// The offline catalog of documented methods: the one shipped inside the programs, and the
// generator run on a small slice of the documentation checked in under tests/data/docs-slice.

#include "core/apidocs/docscatalog.h"
#include "core/b24/methodkind.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::DocsCatalog;
using b24::MethodSpec;
using b24::SpecParam;

namespace {

// Every parameter of a method, nested ones included.
QList<const SpecParam *> allParams(const MethodSpec &m)
{
    QList<const SpecParam *> out;
    for (const SpecParam &p : m.params)
        out.append(&p);
    for (const auto &def : m.defs) {
        for (const SpecParam &p : def.second)
            out.append(&p);
    }
    return out;
}

} // namespace

class TestDocsCatalog : public QObject
{
    Q_OBJECT

private slots:
    void shippedCatalogHoldsTheDocumentedApi()
    {
        const DocsCatalog &catalog = DocsCatalog::shipped();
        QVERIFY2(catalog.size() >= 1500, qPrintable(QString::number(catalog.size())));
        QCOMPARE(catalog.docsCommit().size(), 40); // the docs commit it came from
        int examples = 0;
        for (const MethodSpec &m : catalog.methods()) {
            QVERIFY2(m.page.startsWith("/api-reference/"_L1) || m.page.startsWith(u'/'), qPrintable(m.name));
            QVERIFY2(!m.name.isEmpty() && !m.title.isEmpty(), qPrintable(m.name));
            for (const SpecParam *p : allParams(m)) {
                QVERIFY2(!p->name.isEmpty(), qPrintable(m.name));
                QVERIFY2(p->ref.isEmpty() || m.def(p->ref), qPrintable(m.name + u' ' + p->ref));
            }
            examples += m.requestExample.isEmpty() ? 0 : 1;
        }
        QVERIFY2(examples > 1000, qPrintable(QString::number(examples)));
        // v2 and v3 pages of one name are told apart by the page, not the name.
        QVERIFY(catalog.find(u"tasks.task.field.list"_s)->restV3);
        QVERIFY(!catalog.find(u"crm.deal.list"_s)->restV3);
        QVERIFY(MethodSpec::isRestV3Page(u"Список задач"_s,
                                         u"/api-reference/tasks/tasks-task-list-rest-v3.html"_s));
        QVERIFY(!MethodSpec::isRestV3Page(u"Список задач"_s, u"/api-reference/tasks/tasks-task-list.html"_s));
    }

    void findsByNameTitleAndNearestName()
    {
        const DocsCatalog &catalog = DocsCatalog::shipped();
        const MethodSpec *add = catalog.find(u"CRM.Deal.Add"_s);
        QVERIFY(add);
        QCOMPARE(add->name, u"crm.deal.add"_s);
        QCOMPARE(add->scope, u"crm"_s);
        QVERIFY(add->def(u"fieldsFields"_s));
        QVERIFY(add->requestExample.contains("FIELDS"_L1));
        QVERIFY(!catalog.find(u"crm.deal.nothing"_s));
        // A word of a (Russian) title finds the method; names starting with the text come first.
        const QList<const MethodSpec *> byTitle = catalog.search(u"сделку"_s, u"crm"_s);
        QVERIFY(std::any_of(byTitle.begin(), byTitle.end(),
                            [](const MethodSpec *m) { return m->name == "crm.deal.add"_L1; }));
        const QList<const MethodSpec *> byName = catalog.search(u"crm.deal.l"_s);
        QVERIFY(!byName.isEmpty());
        QCOMPARE(byName.first()->name, u"crm.deal.list"_s);
        QVERIFY(catalog.nearest(u"crm.deal.lst"_s).contains(u"crm.deal.list"_s));
        QVERIFY(catalog.scopes().contains(u"crm"_s));
    }

    void writesByName_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("write");
        QTest::newRow("add") << u"crm.deal.add"_s << true;
        QTest::newRow("items.set") << u"crm.deal.contact.items.set"_s << true;
        QTest::newRow("unknown verb") << u"im.message.like"_s << true;
        QTest::newRow("get") << u"crm.deal.get"_s << false;
        QTest::newRow("list") << u"CRM.DEAL.LIST"_s << false;
        // The docs mark these as writes; their names say they read.
        QTest::newRow("access.name") << u"access.name"_s << false;
        QTest::newRow("instances") << u"bizproc.workflow.instances"_s << false;
        QTest::newRow("search") << u"user.search"_s << false;
        QTest::newRow("tail") << u"main.eventlog.tail"_s << false;
    }

    void writesByName()
    {
        QFETCH(QString, method);
        QFETCH(bool, write);
        QCOMPARE(!b24::MethodKind::isRead(method), write);
    }

    void generatorOnADocsSlice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"slice.catalog"_s);
        QProcess python;
        python.start(u"python3"_s, {QStringLiteral(B24_SOURCE_DIR "/resources/catalog/generate_catalog.py"),
                                    QStringLiteral(B24_TEST_DATA_DIR "/docs-slice"), u"--out"_s, out});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<DocsCatalog> catalog = DocsCatalog::fromData(file.readAll(), &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->size(), 3);
        // The request example is the page's first cURL body, shell substitutions replaced.
        const MethodSpec *add = catalog->find(u"crm.deal.add"_s);
        QVERIFY(add);
        const QJsonObject fields = add->requestExample.value("FIELDS"_L1).toObject();
        QCOMPARE(fields.value("TITLE"_L1).toString(), u"Новая сделка #1"_s);
        QCOMPARE(fields.value("BEGINDATE"_L1).toString(), u"2025-01-01T10:00:00+03:00"_s);
        QVERIFY(!add->requestExample.contains("auth"_L1));
        QVERIFY(add->resultExample.isObject());
        // Allowed values come from "Возможные значения: - Y — да - N — нет" in a description.
        const QList<SpecParam> *deal = add->def(u"fieldsFields"_s);
        QVERIFY(deal);
        const auto opened = std::find_if(deal->begin(), deal->end(),
                                         [](const SpecParam &p) { return p.name == "OPENED"_L1; });
        QVERIFY(opened != deal->end());
        QCOMPARE(opened->values.size(), 2);
        QCOMPARE(opened->values.first().first, u"Y"_s);
        // A method whose page is not in the checkout has no request example.
        QVERIFY(catalog->find(u"access.name"_s)->requestExample.isEmpty());
    }

    void garbageIsRefused()
    {
        QString error;
        QVERIFY(!DocsCatalog::fromData("not a catalog", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DocsCatalog::fromData(qCompress("{\"x\":1}"), &error));
        QVERIFY(error.contains("not a method list"_L1));
    }
};

QTEST_GUILESS_MAIN(TestDocsCatalog)
#include "tst_docscatalog.moc"
