#include "core/catalog/openapicatalog.h"

#include "core/b24/methodkind.h"
#include "core/catalog/openapischemas.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

// Reads one document into a catalog; the parts of OpenApiCatalog::parse.
class OpenApiReader
{
public:
    OpenApiReader(const OrderedJson &document, QStringList *warnings)
        : m_schemas(document, warnings)
        , m_warnings(warnings)
    {}

    std::optional<OpenApiMethod> method(const QString &path, const OrderedJson &item) const;

private:
    void readParams(OpenApiMethod &m, const OrderedJson &operation) const;
    OpenApiParam param(const QString &name, const OrderedJson &schema, bool required) const;
    std::optional<OpenApiEntity> answerEntity(const OrderedJson &operation) const;
    static std::optional<OpenApiEntity> entityFromSelect(const OpenApiParam &select);
    int pageCap(const OrderedJson &raw) const;

    OpenApiSchemas m_schemas;
    QStringList *m_warnings;
};

namespace {

const QStringList kVerbs{u"post"_s, u"get"_s, u"put"_s, u"patch"_s, u"delete"_s};

QStringList strings(const OrderedJson &list)
{
    QStringList out;
    for (qsizetype i = 0; i < list.size() && list.isArray(); ++i)
        if (list.at(i).isString())
            out.append(list.at(i).toString());
    return out;
}

// The JSON body's schema of a request body or response: application/json, else the first content.
OrderedJson contentSchema(const OrderedJson &holder)
{
    const OrderedJson content = holder.value(u"content");
    if (!content.isObject() || content.isEmpty())
        return {};
    const OrderedJson json = content.value(u"application/json");
    return (json.isObject() ? json : content.at(0)).value(u"schema");
}

QString scopeOf(const OrderedJson &operation)
{
    if (operation.value(u"x-scope").isString())
        return operation.value(u"x-scope").toString();
    const OrderedJson security = operation.value(u"security");
    for (qsizetype i = 0; i < security.size() && security.isArray(); ++i) {
        const OrderedJson requirement = security.at(i);
        for (qsizetype k = 0; k < requirement.size() && requirement.isObject(); ++k)
            if (const QStringList scopes = strings(requirement.at(k)); !scopes.isEmpty())
                return scopes.first();
    }
    const QStringList tags = strings(operation.value(u"tags"));
    return tags.isEmpty() ? QString() : tags.first();
}

} // namespace

std::optional<OpenApiMethod> OpenApiReader::method(const QString &path, const OrderedJson &item) const
{
    OpenApiMethod m;
    QString trimmed = path.trimmed();
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    m.name = trimmed.section(u'/', -1);
    if (m.name.isEmpty() || !item.isObject()) {
        m_warnings->append(u"paths.%1: not a method"_s.arg(path));
        return std::nullopt;
    }
    OrderedJson operation;
    for (const QString &verb : kVerbs) {
        if (!item.value(verb).isObject())
            continue;
        m.httpMethods.append(verb);
        if (operation.isUndefined())
            operation = item.value(verb);
    }
    if (operation.isUndefined()) {
        m_warnings->append(u"paths.%1: no operation"_s.arg(path));
        return std::nullopt;
    }
    m.summary = operation.value(u"summary").toString();
    m.description = operation.value(u"description").toString();
    m.tags = strings(operation.value(u"tags"));
    m.scope = scopeOf(operation);
    // Not a known read may write: asking once too often is the safe side (MethodKind::isRead).
    const OrderedJson write = operation.value(u"x-write");
    m.write = write.isBool() ? write.toBool() : !MethodKind::isRead(m.name);
    readParams(m, operation);
    m.entity = answerEntity(operation);
    if (!m.entity)
        if (const OpenApiParam *fields = m.param(u"fields"_s); fields && !fields->schema.isEmpty()) {
            OrderedJson ref = OrderedJson::object();
            ref.insert(u"$ref"_s, QString(u"#/components/schemas/"_s + fields->schema));
            m.entity = m_schemas.entity(ref);
        }
    if (!m.entity)
        if (const OpenApiParam *select = m.param(u"select"_s))
            m.entity = entityFromSelect(*select);
    return m;
}

void OpenApiReader::readParams(OpenApiMethod &m, const OrderedJson &operation) const
{
    const OrderedJson body = m_schemas.resolve(operation.value(u"requestBody"));
    const OrderedJson raw = contentSchema(body);
    const OrderedJson schema = m_schemas.resolve(raw);
    const OrderedJson properties = schema.value(u"properties");
    const QStringList required = strings(schema.value(u"required"));
    for (qsizetype i = 0; i < properties.size() && properties.isObject(); ++i) {
        const QString name = properties.keyAt(i);
        m.params.append(param(name, properties.at(i), required.contains(name)));
        if (name.compare("pagination"_L1, Qt::CaseInsensitive) == 0)
            m.pageCap = pageCap(properties.at(i));
    }
    // OpenAPI parameters (query, path): a portal reads the body only (docs/protocol.md §11.1), but a
    // document may still describe them so; they are parameters all the same.
    const OrderedJson list = operation.value(u"parameters");
    for (qsizetype i = 0; i < list.size() && list.isArray(); ++i) {
        const OrderedJson p = m_schemas.resolve(list.at(i));
        const QString name = p.value(u"name").toString();
        if (name.isEmpty() || m.takes(name))
            continue;
        OpenApiParam param = this->param(name, p.value(u"schema"), p.value(u"required").toBool());
        if (param.description.isEmpty())
            param.description = p.value(u"description").toString();
        m.params.append(param);
    }
}

OpenApiParam OpenApiReader::param(const QString &name, const OrderedJson &raw, bool required) const
{
    OpenApiParam p;
    p.name = name;
    p.required = required;
    const OrderedJson schema = m_schemas.resolve(raw, &p.schema);
    p.type = OpenApiSchemas::typeOf(schema);
    p.format = schema.value(u"format").toString();
    p.description = schema.value(u"description").toString();
    if (p.description.isEmpty())
        p.description = raw.value(u"description").toString();
    p.enumValues = OpenApiSchemas::enumOf(schema);
    if (p.type == "array"_L1) {
        QString itemSchema;
        const OrderedJson items = m_schemas.resolve(schema.value(u"items"), &itemSchema);
        p.itemType = OpenApiSchemas::typeOf(items);
        if (p.enumValues.isEmpty())
            p.enumValues = OpenApiSchemas::enumOf(items);
        if (p.schema.isEmpty())
            p.schema = itemSchema;
    }
    if (p.type == "object"_L1)
        p.fields = m_schemas.fields(schema);
    return p;
}

std::optional<OpenApiEntity> OpenApiReader::answerEntity(const OrderedJson &operation) const
{
    const OrderedJson responses = operation.value(u"responses");
    OrderedJson ok;
    for (qsizetype i = 0; i < responses.size() && responses.isObject() && ok.isUndefined(); ++i)
        if (responses.keyAt(i).startsWith(u'2'))
            ok = m_schemas.resolve(responses.at(i));
    OrderedJson schema = m_schemas.resolve(contentSchema(ok));
    // {result: {item}} or {result: {items: [..]}}; some documents describe the result alone.
    const OrderedJson result = m_schemas.resolve(schema.value(u"properties").value(u"result"));
    if (result.isObject())
        schema = result;
    const OrderedJson properties = schema.value(u"properties");
    if (properties.value(u"item").isObject())
        return m_schemas.entity(properties.value(u"item"));
    if (properties.value(u"items").isObject()) {
        const OrderedJson items = m_schemas.resolve(properties.value(u"items"));
        return m_schemas.entity(items.value(u"items"));
    }
    return std::nullopt;
}

std::optional<OpenApiEntity> OpenApiReader::entityFromSelect(const OpenApiParam &select)
{
    if (select.enumValues.isEmpty())
        return std::nullopt;
    OpenApiEntity e;
    for (const QString &name : select.enumValues) {
        const QString relation = name.section(u'.', 0, 0);
        if (!name.contains(u'.')) {
            e.fields.append({name, {}, {}, {}, {}, {}, false, false, false, false});
            continue;
        }
        if (!e.relation(relation))
            e.relations.append({relation, {}, false, {}});
        for (OpenApiRelation &r : e.relations)
            if (r.name == relation)
                r.fields.append({name, {}, {}, {}, {}, {}, false, false, false, false});
    }
    return e;
}

int OpenApiReader::pageCap(const OrderedJson &raw) const
{
    for (const OrderedJson &s : {raw, m_schemas.resolve(raw)}) {
        if (const std::optional<qint64> cap = s.value(u"x-maxLimit").toInteger(); cap && *cap > 0)
            return int(*cap);
    }
    const OrderedJson limit = m_schemas.resolve(m_schemas.resolve(raw).value(u"properties").value(u"limit"));
    const std::optional<qint64> maximum = limit.value(u"maximum").toInteger();
    return maximum && *maximum > 0 ? int(*maximum) : 0;
}

OpenApiCatalog::Parsed OpenApiCatalog::parse(QByteArrayView json)
{
    QString error;
    const OrderedJson document = OrderedJson::fromJson(json, &error);
    if (document.isUndefined()) {
        Parsed parsed;
        parsed.error = tr("The OpenAPI document is not JSON: %1").arg(error);
        return parsed;
    }
    return parse(document);
}

OpenApiCatalog::Parsed OpenApiCatalog::parse(const OrderedJson &input)
{
    Parsed parsed;
    OrderedJson document = input;
    if (document.isObject() && !document.contains(u"paths") && document.value(u"result").isObject())
        document = document.value(u"result");
    if (!document.isObject()) {
        parsed.error = tr("The OpenAPI document is not a JSON object");
        return parsed;
    }
    const OrderedJson paths = document.value(u"paths");
    if (!paths.isObject()) {
        parsed.error = tr("The OpenAPI document has no \"paths\" object");
        return parsed;
    }
    OpenApiCatalog &catalog = parsed.catalog;
    catalog.m_version = document.value(u"openapi").toString();
    catalog.m_title = document.value(u"info").value(u"title").toString();
    const OpenApiReader reader(document, &parsed.warnings);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        std::optional<OpenApiMethod> m = reader.method(paths.keyAt(i), paths.at(i));
        if (!m)
            continue;
        const QString key = m->name.toLower();
        if (catalog.m_index.contains(key)) {
            parsed.warnings.append(u"paths.%1: %2 is described twice"_s.arg(paths.keyAt(i), m->name));
            continue;
        }
        catalog.m_index.insert(key, catalog.m_methods.size());
        catalog.m_methods.append(*m);
    }
    return parsed;
}

OpenApiCatalog::ScopesParsed OpenApiCatalog::parseScopeList(const OrderedJson &input)
{
    ScopesParsed parsed;
    OrderedJson answer = input;
    if (answer.isObject() && answer.size() == 1 && answer.keyAt(0) == "result"_L1)
        answer = answer.at(0);
    if (!answer.isObject()) {
        parsed.error = tr("rest.scope.list did not answer an object of modules");
        return parsed;
    }
    for (qsizetype m = 0; m < answer.size(); ++m) {
        const OrderedJson controllers = answer.at(m);
        for (qsizetype c = 0; c < controllers.size() && controllers.isObject(); ++c) {
            const OrderedJson methods = controllers.at(c);
            for (qsizetype k = 0; k < methods.size() && methods.isObject(); ++k) {
                const OrderedJson entry = methods.at(k);
                if (!entry.isObject())
                    continue;
                QStringList parts{answer.keyAt(m), controllers.keyAt(c), methods.keyAt(k)};
                parts.removeAll(QString());
                parsed.entries.append(
                    {parts.join(u'.'), entry.value(u"scope").toString(), entry.value(u"title").toString(),
                     entry.value(u"description").toString(), strings(entry.value(u"fields"))});
            }
        }
    }
    return parsed;
}

void OpenApiCatalog::applyScopes(const QList<ScopeEntry> &entries)
{
    for (const ScopeEntry &entry : entries) {
        const auto it = m_index.constFind(entry.method.toLower());
        if (it == m_index.constEnd())
            continue;
        OpenApiMethod &m = m_methods[*it];
        if (!entry.scope.isEmpty())
            m.scope = entry.scope;
        if (m.summary.isEmpty())
            m.summary = entry.title;
        if (m.description.isEmpty())
            m.description = entry.description;
    }
}

const OpenApiMethod *OpenApiCatalog::find(const QString &name) const
{
    const auto it = m_index.constFind(name.trimmed().toLower());
    return it == m_index.constEnd() ? nullptr : &m_methods[*it];
}

QStringList OpenApiCatalog::names() const
{
    QStringList out;
    for (const OpenApiMethod &m : m_methods)
        out.append(m.name);
    return out;
}

} // namespace b24
