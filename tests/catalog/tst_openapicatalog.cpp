// The REST 3.0 method catalog from a portal's OpenAPI document: a document shaped as the portal's
// (tests/data/fixtures), the sandbox portal's live document fetched over HTTPS, and bad documents
// that must give a clear error or warning, never a crash.
#include "core/catalog/openapicatalog.h"
#include "core/catalog/openapiforms.h"
#include "tests/support/fixtures.h"
#include "tests/support/sandboxfixture.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestOpenApiCatalog : public QObject
{
    Q_OBJECT
private slots:
    void readsMethodsOfTheDocument();
    void readsTheEntityWithRelations();
    void readsParametersAndPageCap();
    void wrappedInResultIsTheSameDocument();
    void formsComeFromTheRequestSchema();
    void scopeListMapsMethodsToScopes();
    void sandboxDocumentOverHttps();
    void badDocumentsGiveAnError_data();
    void badDocumentsGiveAnError();
    void refCyclesEndTheWalk();
    void mutatedDocumentsNeverCrash();

private:
    static OpenApiCatalog::Parsed fixture()
    {
        return OpenApiCatalog::parse(fixtureBytes(u"rest.documentation.openapi.document.json"_s));
    }
    static OrderedJson json(const char *text) { return OrderedJson::fromJson(QByteArray(text)); }
};

void TestOpenApiCatalog::readsMethodsOfTheDocument()
{
    const auto parsed = fixture();
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.catalog.version(), u"3.0.0"_s);
    QCOMPARE(parsed.catalog.names(),
             (QStringList{u"tasks.task.get"_s, u"tasks.task.list"_s, u"tasks.task.add"_s,
                          u"tasks.task.update"_s, u"main.eventlog.tail"_s, u"documentation"_s}));
    // The malformed path is skipped and said so.
    QVERIFY2(parsed.warnings.join(u'\n').contains(u"broken.method"_s),
             qPrintable(parsed.warnings.join(u'\n')));
    const OpenApiMethod *get = parsed.catalog.find(u"Tasks.Task.Get"_s);
    QVERIFY(get);
    QCOMPARE(get->summary, u"Get a task"_s);
    QVERIFY(get->description.startsWith(u"Returns one task"_s));
    QCOMPARE(get->scope, u"task"_s); // from security, before the tag
    QCOMPARE(get->tags, QStringList{u"tasks"_s});
    QVERIFY(!get->write);
    QCOMPARE(parsed.catalog.find(u"main.eventlog.tail"_s)->scope, u"main"_s); // the tag
    QVERIFY(parsed.catalog.find(u"tasks.task.add"_s)->write);
    QVERIFY(parsed.catalog.find(u"tasks.task.update"_s)->write);
    QVERIFY(!parsed.catalog.find(u"main.eventlog.tail"_s)->write);
    QCOMPARE(parsed.catalog.find(u"documentation"_s)->httpMethods, (QStringList{u"post"_s, u"get"_s}));
    QVERIFY(!parsed.catalog.find(u"no.such.method"_s));
}

void TestOpenApiCatalog::readsTheEntityWithRelations()
{
    const auto parsed = fixture();
    const OpenApiMethod *list = parsed.catalog.find(u"tasks.task.list"_s);
    QVERIFY(list && list->entity);
    const OpenApiEntity &task = *list->entity;
    QCOMPARE(task.schema, u"TaskDto"_s);
    QCOMPARE(task.selectableNames(), (QStringList{u"id"_s,
                                                  u"title"_s,
                                                  u"description"_s,
                                                  u"status"_s,
                                                  u"responsibleId"_s,
                                                  u"deadline"_s,
                                                  u"responsible.id"_s,
                                                  u"responsible.name"_s,
                                                  u"responsible.email"_s,
                                                  u"group.id"_s,
                                                  u"group.title"_s,
                                                  u"accomplices.id"_s,
                                                  u"accomplices.name"_s,
                                                  u"accomplices.email"_s,
                                                  u"parent.id"_s,
                                                  u"parent.title"_s,
                                                  u"parent.description"_s,
                                                  u"parent.status"_s,
                                                  u"parent.responsibleId"_s,
                                                  u"parent.deadline"_s}));
    QCOMPARE(task.relation(u"responsible"_s)->schema, u"UserDto"_s);
    QVERIFY(!task.relation(u"responsible"_s)->many);
    QVERIFY(task.relation(u"accomplices"_s)->many);
    QCOMPARE(task.relation(u"group"_s)->schema, u"GroupDto"_s); // allOf merged
    // The document marks nothing filterable: every own field is offered, the portal judges.
    QVERIFY(!task.marksFilterable);
    QCOMPARE(task.filterableNames().size(), 6);
    const OpenApiField *status = task.field(u"status"_s);
    QVERIFY(status);
    QCOMPARE(status->enumValues.size(), 5);
    QCOMPARE(task.field(u"deadline"_s)->format, u"date-time"_s);
    QVERIFY(task.field(u"id"_s)->readOnly);
    QVERIFY(task.field(u"title"_s)->required);
    QCOMPARE(task.field(u"responsible.name"_s)->type, u"string"_s);
    // get answers the same entity (result.item), add takes it as fields.
    QCOMPARE(parsed.catalog.find(u"tasks.task.get"_s)->entity->schema, u"TaskDto"_s);
    QCOMPARE(parsed.catalog.find(u"tasks.task.add"_s)->entity->schema, u"TaskDto"_s);
}

void TestOpenApiCatalog::readsParametersAndPageCap()
{
    const auto parsed = fixture();
    const OpenApiMethod *get = parsed.catalog.find(u"tasks.task.get"_s);
    QCOMPARE(get->params.size(), 2);
    QCOMPARE(get->params[0].name, u"id"_s);
    QCOMPARE(get->params[0].type, u"integer"_s);
    QVERIFY(get->params[0].required);
    QCOMPARE(get->params[0].description, u"Task ID"_s);
    QCOMPARE(get->params[1].type, u"array"_s);
    QCOMPARE(get->params[1].itemType, u"string"_s);
    const OpenApiMethod *list = parsed.catalog.find(u"tasks.task.list"_s);
    QVERIFY(list->takes(u"filter"_s) && list->takes(u"order"_s) && list->takes(u"pagination"_s));
    QCOMPARE(list->param(u"pagination"_s)->schema, u"Pagination"_s);
    QCOMPARE(list->pageCap, 1000); // the document's maximum (the portal may clamp lower)
    const OpenApiMethod *tail = parsed.catalog.find(u"main.eventlog.tail"_s);
    QVERIFY(tail->param(u"cursor"_s)->required);
    QCOMPARE(tail->param(u"cursor"_s)->fields.size(), 4);
    QVERIFY(!tail->entity);
}

void TestOpenApiCatalog::wrappedInResultIsTheSameDocument()
{
    const OrderedJson bare =
        OrderedJson::fromJson(fixtureBytes(u"rest.documentation.openapi.document.json"_s));
    OrderedJson wrapped = OrderedJson::object();
    wrapped.insert(u"result"_s, bare);
    const auto a = OpenApiCatalog::parse(bare);
    const auto b = OpenApiCatalog::parse(wrapped);
    QVERIFY(b.error.isEmpty());
    QCOMPARE(b.catalog.names(), a.catalog.names());
}

void TestOpenApiCatalog::formsComeFromTheRequestSchema()
{
    const auto parsed = fixture();
    const QList<FieldDescriptor> params = OpenApiForms::params(*parsed.catalog.find(u"tasks.task.update"_s));
    QCOMPARE(params.size(), 2);
    QCOMPARE(params[0].type, u"integer"_s);
    QVERIFY(params[0].isRequired);
    const QList<FieldDescriptor> fields = OpenApiForms::fields(*parsed.catalog.find(u"tasks.task.add"_s));
    QStringList names;
    for (const FieldDescriptor &d : fields)
        names.append(d.name);
    QCOMPARE(names, (QStringList{u"id"_s, u"title"_s, u"description"_s, u"status"_s, u"responsibleId"_s,
                                 u"deadline"_s}));
    QVERIFY(fields[0].isReadOnly);
    QVERIFY(fields[1].isRequired);
    QCOMPARE(fields[3].type, u"enumeration"_s);
    QCOMPARE(fields[3].items.size(), 5);
    QCOMPARE(fields[5].type, u"datetime"_s);
}

void TestOpenApiCatalog::scopeListMapsMethodsToScopes()
{
    const OrderedJson answer = json(R"({"tasks":{"task":{"list":{"scope":"task","title":"List tasks",
        "description":"d","fields":["id","title"]}},"task.result":{"add":{"scope":"task_extra"}}},
        "main":{"eventlog":{"tail":{"scope":"main","title":"Tail"}}}})");
    const auto parsed = OpenApiCatalog::parseScopeList(answer);
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.entries.size(), 3);
    QCOMPARE(parsed.entries[0].method, u"tasks.task.list"_s);
    QCOMPARE(parsed.entries[0].fields, (QStringList{u"id"_s, u"title"_s}));
    QCOMPARE(parsed.entries[1].method, u"tasks.task.result.add"_s);
    QCOMPARE(parsed.entries[1].scope, u"task_extra"_s);
    auto catalog = fixture().catalog;
    catalog.applyScopes(parsed.entries);
    QCOMPARE(catalog.find(u"main.eventlog.tail"_s)->scope, u"main"_s);
    QCOMPARE(catalog.find(u"tasks.task.list"_s)->scope, u"task"_s);
    QVERIFY(!OpenApiCatalog::parseScopeList(json("[1,2]")).error.isEmpty());
    QVERIFY(!OpenApiCatalog::parseScopeList(OrderedJson()).error.isEmpty());
}

void TestOpenApiCatalog::sandboxDocumentOverHttps()
{
    SandboxServer sandbox(unlimitedPortal());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    auto hook =
        B24Hook::fromWebhookUrl(sandbox.webhookUrl(), nullptr, trustingOptions(sandbox.certificate()));
    QVERIFY(hook);
    CallResult doc;
    QVERIFY(runJob(hook->callMethod(u"rest.documentation.openapi"_s, OrderedJson::object(), ApiVersion::V3),
                   [&](CallJob *job) { doc = job->result(); }));
    QVERIFY2(doc.ok(), qPrintable(doc.error.toString()));
    const auto parsed = OpenApiCatalog::parse(doc.rawBody);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(u'\n')));
    const OpenApiMethod *list = parsed.catalog.find(u"tasks.task.list"_s);
    QVERIFY(list && list->entity);
    QCOMPARE(list->scope, u"task"_s);
    QVERIFY(!list->write);
    QVERIFY(parsed.catalog.find(u"tasks.task.add"_s)->write);
    QCOMPARE(list->pageCap, 50);
    // The sandbox marks what filter and order may name: tasks.task.list filters by id only.
    QVERIFY(list->entity->marksFilterable);
    QCOMPARE(list->entity->filterableNames(), QStringList{u"id"_s});
    QVERIFY(list->entity->sortableNames().contains(u"title"_s));
    QVERIFY(list->entity->selectableNames().contains(u"responsible.name"_s));
    QCOMPARE(list->entity->relation(u"responsible"_s)->schema, u"User"_s);
    QCOMPARE(list->entity->field(u"status"_s)->enumValues.size(), 5);

    CallResult scopes;
    QVERIFY(runJob(hook->callMethod(u"rest.scope.list"_s, OrderedJson::object(), ApiVersion::V3),
                   [&](CallJob *job) { scopes = job->result(); }));
    QVERIFY2(scopes.ok(), qPrintable(scopes.error.toString()));
    const auto scopeList = OpenApiCatalog::parseScopeList(OrderedJson(scopes.result));
    QVERIFY(scopeList.error.isEmpty());
    QStringList methods;
    for (const auto &entry : scopeList.entries)
        methods.append(entry.method);
    // Every method the document lists under a dotted name has its scope.
    for (const QString &name : parsed.catalog.names())
        QVERIFY2(methods.contains(name) || !name.contains(u'.'), qPrintable(name));
}

void TestOpenApiCatalog::badDocumentsGiveAnError_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("not JSON") << QByteArray("{\"openapi\": ");
    QTest::newRow("an array") << QByteArray("[1, 2]");
    QTest::newRow("a string") << QByteArray("\"openapi\"");
    QTest::newRow("no paths") << QByteArray(R"({"openapi":"3.0.0"})");
    QTest::newRow("paths not an object") << QByteArray(R"({"openapi":"3.0.0","paths":[]})");
    QTest::newRow("an error answer") << QByteArray(R"({"error":{"code":"X","message":"m"}})");
}

void TestOpenApiCatalog::badDocumentsGiveAnError()
{
    QFETCH(QByteArray, text);
    const auto parsed = OpenApiCatalog::parse(text);
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY(parsed.catalog.isEmpty());
}

void TestOpenApiCatalog::refCyclesEndTheWalk()
{
    const auto parsed = OpenApiCatalog::parse(QByteArray(R"({"openapi":"3.0.0","paths":{
        "/a.b.get":{"post":{"requestBody":{"$ref":"#/components/requestBodies/Loop"},
          "responses":{"200":{"content":{"application/json":{"schema":{"properties":{"result":{
            "properties":{"item":{"$ref":"#/components/schemas/A"}}}}}}}}}}},
        "/a.b.list":{"get":{"responses":{"200":{"$ref":"#/nowhere"}}}}},
      "components":{"requestBodies":{"Loop":{"$ref":"#/components/requestBodies/Loop"}},
        "schemas":{"A":{"properties":{"id":{"type":"integer"},"b":{"$ref":"#/components/schemas/B"},
            "self":{"$ref":"#/components/schemas/A"},"c":{"$ref":"#/components/schemas/C"}}},
          "B":{"allOf":[{"$ref":"#/components/schemas/B"},{"properties":{"x":{"type":"string"}}}]},
          "C":{"$ref":"#/components/schemas/D"},"D":{"$ref":"#/components/schemas/C"}}}})"));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.catalog.names(), (QStringList{u"a.b.get"_s, u"a.b.list"_s}));
    const OpenApiMethod *get = parsed.catalog.find(u"a.b.get"_s);
    QVERIFY(get->params.isEmpty());
    QVERIFY(get->entity);
    QVERIFY(get->entity->selectableNames().contains(u"b.x"_s));
    QVERIFY(get->entity->selectableNames().contains(u"self.id"_s));
    QVERIFY(get->entity->field(u"c"_s)); // a dangling cycle stays a plain field
    QVERIFY(parsed.warnings.join(u'\n').contains(u"cycle"_s));
}

void TestOpenApiCatalog::mutatedDocumentsNeverCrash()
{
    const QByteArray body = fixtureBytes(u"rest.documentation.openapi.document.json"_s);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int round = 0; round < 300; ++round) {
        QByteArray mutated = body;
        for (int flips = 1 + random.bounded(6); flips > 0; --flips) {
            const qsizetype at = random.bounded(mutated.size());
            // Renaming a key or a $ref target keeps the JSON valid more often than a random byte.
            mutated[at] = "{}[]\":,#/ax0"[random.bounded(13)];
        }
        const auto parsed = OpenApiCatalog::parse(mutated);
        QVERIFY2(parsed.error.isEmpty() || parsed.catalog.isEmpty(), qPrintable(u"seed %1"_s.arg(seed)));
        for (const OpenApiMethod &m : parsed.catalog.methods())
            OpenApiForms::params(m);
    }
}

QTEST_GUILESS_MAIN(TestOpenApiCatalog)
#include "tst_openapicatalog.moc"
