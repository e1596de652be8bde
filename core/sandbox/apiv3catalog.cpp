#include "core/sandbox/apiv3catalog.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

PhpValue object(std::initializer_list<std::pair<QString, PhpValue>> entries)
{
    PhpValue out = PhpValue::array();
    for (const auto &[key, value] : entries)
        out.insert(key, value);
    return out;
}

PhpValue strings(const QStringList &list)
{
    PhpValue out = PhpValue::array();
    for (const QString &s : list)
        out.append(s);
    return out;
}

PhpValue fieldSchema(const ApiV3Field &f, const QStringList &values)
{
    PhpValue s = PhpValue::array();
    if (f.type == u"datetime") {
        s.insert(u"type"_s, u"string"_s);
        s.insert(u"format"_s, u"date-time"_s);
    } else if (f.type == u"array") {
        s.insert(u"type"_s, u"array"_s);
        s.insert(u"items"_s, object({{u"type"_s, u"integer"_s}}));
    } else {
        s.insert(u"type"_s, f.type);
    }
    s.insert(u"title"_s, f.title);
    if (!values.isEmpty())
        s.insert(u"enum"_s, strings(values));
    if (f.readOnly)
        s.insert(u"readOnly"_s, true);
    s.insert(u"x-filterable"_s, f.filterable);
    s.insert(u"x-sortable"_s, f.sortable);
    return s;
}

PhpValue ref(const QString &schema)
{
    return object({{u"$ref"_s, u"#/components/schemas/"_s + schema}});
}

// A related object's fields, as `select` may name them after a dot.
PhpValue relationSchema(const QStringList &fields)
{
    PhpValue nested = PhpValue::array();
    for (const QString &name : fields)
        nested.insert(name, object({{u"type"_s, name == u"id" ? u"integer"_s : u"string"_s}}));
    return object({{u"type"_s, u"object"_s}, {u"readOnly"_s, true}, {u"properties"_s, nested}});
}

PhpValue entitySchema(const ApiV3Entity &entity)
{
    PhpValue properties = PhpValue::array();
    QStringList required;
    for (const ApiV3Field &f : entity.fields) {
        properties.insert(f.name, fieldSchema(f, entity.fieldValues.value(f.name)));
        if (f.required)
            required << f.name;
    }
    // Sorted: QHash's order changes from run to run, a document should not.
    QStringList names = entity.relations.keys();
    names.sort();
    for (const QString &name : names) {
        const QString target = entity.relationSchemas.value(name);
        properties.insert(name,
                          target.isEmpty() ? relationSchema(entity.relations.value(name)) : ref(target));
    }
    PhpValue schema = object({{u"type"_s, u"object"_s}, {u"properties"_s, properties}});
    if (!required.isEmpty())
        schema.insert(u"required"_s, strings(required));
    return schema;
}

PhpValue parameterSchema(const QString &name, const ApiV3Method &m)
{
    const ApiV3Entity *e = m.entity.get();
    if (name == u"id")
        return object({{u"type"_s, u"integer"_s}});
    if (name == u"fields" && e)
        return ref(e->schemaName);
    if (name == u"select") {
        QStringList names;
        if (e) {
            for (const ApiV3Field &f : e->fields)
                names << f.name;
            for (auto it = e->relations.constBegin(); it != e->relations.constEnd(); ++it)
                for (const QString &field : *it)
                    names << it.key() + u'.' + field;
        }
        return object({{u"type"_s, u"array"_s},
                       {u"items"_s, object({{u"type"_s, u"string"_s}, {u"enum"_s, strings(names)}})}});
    }
    if (name == u"filter")
        return ref(u"Filter"_s);
    if (name == u"order")
        return object({{u"type"_s, u"object"_s},
                       {u"additionalProperties"_s,
                        object({{u"type"_s, u"string"_s}, {u"enum"_s, strings({u"ASC"_s, u"DESC"_s})}})}});
    if (name == u"pagination") {
        PhpValue p = ref(u"Pagination"_s);
        if (e)
            p.insert(u"x-maxLimit"_s, e->pageCap);
        return p;
    }
    if (name == u"cursor")
        return ref(u"Cursor"_s);
    return object({{u"type"_s, u"object"_s}});
}

PhpValue sharedSchemas()
{
    PhpValue schemas = PhpValue::array();
    schemas.insert(
        u"Filter"_s,
        object({{u"type"_s, u"array"_s},
                {u"description"_s, u"Conditions [field, operator, value] or [field, value], joined by AND; "
                                   u"groups {logic: and|or, conditions: [...], negative: bool}."_s},
                {u"x-operators"_s,
                 strings({u"="_s, u"!="_s, u">"_s, u">="_s, u"<"_s, u"<="_s, u"in"_s, u"between"_s})},
                {u"items"_s, object({})}}));
    schemas.insert(
        u"Pagination"_s,
        object({{u"type"_s, u"object"_s},
                {u"properties"_s,
                 object({{u"page"_s, object({{u"type"_s, u"integer"_s}, {u"minimum"_s, 0}})},
                         {u"limit"_s,
                          object({{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}, {u"default"_s, 50}})},
                         {u"offset"_s, object({{u"type"_s, u"integer"_s}, {u"minimum"_s, 0}})}})}}));
    schemas.insert(
        u"Cursor"_s,
        object({{u"type"_s, u"object"_s},
                {u"required"_s, strings({u"field"_s})},
                {u"properties"_s, object({{u"field"_s, object({{u"type"_s, u"string"_s}})},
                                          {u"value"_s, object({})},
                                          {u"order"_s, object({{u"type"_s, u"string"_s},
                                                               {u"enum"_s, strings({u"ASC"_s, u"DESC"_s})}})},
                                          {u"limit"_s, object({{u"type"_s, u"integer"_s}})}})}}));
    return schemas;
}

PhpValue resultSchema(const ApiV3Method &m)
{
    PhpValue inner;
    if (m.answer == u"item" && m.entity)
        inner = object({{u"item"_s, ref(m.entity->schemaName)}});
    else if (m.answer == u"items" && m.entity)
        inner = object(
            {{u"items"_s, object({{u"type"_s, u"array"_s}, {u"items"_s, ref(m.entity->schemaName)}})}});
    else
        inner = object({{u"result"_s, object({{u"type"_s, u"boolean"_s}})}});
    return object({{u"type"_s, u"object"_s},
                   {u"properties"_s,
                    object({{u"result"_s, object({{u"type"_s, u"object"_s}, {u"properties"_s, inner}})}})}});
}

} // namespace

PhpValue ApiV3Catalog::openApi(const ApiV3Methods &methods, const ScopeGranted &granted)
{
    PhpValue paths = PhpValue::array();
    PhpValue schemas = sharedSchemas();
    for (const ApiV3Method &m : methods.all()) {
        if (!granted(m.scope) || m.params.contains(u"*"_s))
            continue;
        PhpValue properties = PhpValue::array();
        for (const QString &p : m.params)
            properties.insert(p, parameterSchema(p, m));
        PhpValue body = object({{u"type"_s, u"object"_s}, {u"properties"_s, properties}});
        if (!m.required.isEmpty())
            body.insert(u"required"_s, strings(m.required));
        PhpValue operation = object({{u"operationId"_s, m.name},
                                     {u"summary"_s, m.title},
                                     {u"tags"_s, strings({m.name.section(u'.', 0, 0)})},
                                     {u"x-scope"_s, m.scope},
                                     {u"x-write"_s, m.write}});
        operation.insert(
            u"requestBody"_s,
            object({{u"required"_s, !m.required.isEmpty()},
                    {u"content"_s, object({{u"application/json"_s, object({{u"schema"_s, body}})}})}}));
        operation.insert(
            u"responses"_s,
            object({{u"200"_s,
                     object({{u"description"_s, u"OK"_s},
                             {u"content"_s, object({{u"application/json"_s,
                                                     object({{u"schema"_s, resultSchema(m)}})}})}})}}));
        paths.insert(u"/"_s + m.name, object({{u"post"_s, operation}}));
        if (!m.entity)
            continue;
        schemas.insert(m.entity->schemaName, entitySchema(*m.entity));
        for (auto it = m.entity->relationSchemas.constBegin(); it != m.entity->relationSchemas.constEnd();
             ++it)
            schemas.insert(*it, relationSchema(m.entity->relations.value(it.key())));
    }
    return object({{u"openapi"_s, u"3.0.0"_s},
                   {u"info"_s, object({{u"title"_s, u"Bitrix24 REST API 3.0 (sandbox portal)"_s},
                                       {u"version"_s, u"3.0.0"_s}})},
                   {u"paths"_s, paths},
                   {u"components"_s, object({{u"schemas"_s, schemas}})}});
}

PhpValue ApiV3Catalog::scopeList(const ApiV3Methods &methods, const PhpValue &params)
{
    const QString onlyModule = params.value(u"filterModule"_s).toString();
    const QString onlyController = params.value(u"filterController"_s).toString();
    const QString onlyMethod = params.value(u"filterMethod"_s).toString();
    PhpValue modules = PhpValue::array();
    for (const ApiV3Method &m : methods.all()) {
        const QStringList parts = m.name.split(u'.');
        if (parts.size() < 2)
            continue;
        const QString module = parts.first();
        const QString controller = parts.mid(1, parts.size() - 2).join(u'.');
        const QString method = parts.last();
        if ((!onlyModule.isEmpty() && onlyModule != module) ||
            (!onlyController.isEmpty() && onlyController != controller) ||
            (!onlyMethod.isEmpty() && onlyMethod != method))
            continue;
        QStringList fields;
        if (m.entity)
            for (const ApiV3Field &f : m.entity->fields)
                fields << f.name;
        PhpValue &controllers = modules[module];
        if (!controllers.isArray())
            controllers = PhpValue::array();
        PhpValue &entries = controllers[controller.isEmpty() ? module : controller];
        if (!entries.isArray())
            entries = PhpValue::array();
        entries.insert(method, object({{u"scope"_s, m.scope.isEmpty() ? u"basic"_s : m.scope},
                                       {u"title"_s, m.title},
                                       {u"description"_s, m.title},
                                       {u"fields"_s, strings(fields)}}));
    }
    return modules;
}

} // namespace b24
