#include "core/catalog/openapischemas.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Far above any real nesting; a document deeper than this is cut, not followed.
constexpr int kMaxDepth = 16;
constexpr int kMaxHops = 64;

QStringList requiredOf(const OrderedJson &schema)
{
    QStringList names;
    const OrderedJson list = schema.value(u"required");
    for (qsizetype i = 0; i < list.size() && list.isArray(); ++i)
        if (list.at(i).isString())
            names.append(list.at(i).toString());
    return names;
}

std::optional<bool> markOf(const OrderedJson &schema, const QString &mark)
{
    for (const QString &key : QStringList{u"x-"_s + mark, mark}) {
        const OrderedJson v = schema.value(key);
        if (v.isBool())
            return v.toBool();
    }
    return std::nullopt;
}

} // namespace

OpenApiSchemas::OpenApiSchemas(const OrderedJson &document, QStringList *warnings)
    : m_document(document)
    , m_warnings(warnings)
{}

void OpenApiSchemas::warn(const QString &text) const
{
    if (m_warnings && !m_warnings->contains(text))
        m_warnings->append(text);
}

OrderedJson OpenApiSchemas::pointer(const QString &ref) const
{
    if (!ref.startsWith("#/"_L1))
        return {}; // another document: not fetched
    OrderedJson node = m_document;
    for (QString part : ref.mid(2).split(u'/')) {
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (node.isObject()) {
            if (!node.contains(part))
                return {};
            node = node.value(part);
        } else if (node.isArray()) {
            bool ok = false;
            const qsizetype index = part.toLongLong(&ok);
            if (!ok || index < 0 || index >= node.size())
                return {};
            node = node.at(index);
        } else {
            return {};
        }
    }
    return node;
}

OrderedJson OpenApiSchemas::resolve(const OrderedJson &schema, QString *name) const
{
    OrderedJson current = schema;
    QStringList seen;
    for (int hop = 0; hop < kMaxHops && current.isObject(); ++hop) {
        const OrderedJson ref = current.value(u"$ref");
        if (!ref.isString())
            return merged(current, 0);
        const QString target = ref.toString();
        if (seen.contains(target)) {
            warn(u"$ref cycle at %1"_s.arg(target));
            return {};
        }
        seen.append(target);
        if (name && target.startsWith("#/components/schemas/"_L1))
            *name = target.section(u'/', -1).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        current = pointer(target);
        if (current.isUndefined())
            warn(u"$ref to nothing: %1"_s.arg(target));
    }
    return current.isObject() ? merged(current, 0) : OrderedJson();
}

OrderedJson OpenApiSchemas::merged(const OrderedJson &schema, int depth) const
{
    const OrderedJson parts = schema.value(u"allOf");
    if (!parts.isArray())
        return schema;
    if (depth > kMaxDepth) {
        warn(u"allOf nested too deep"_s);
        return schema;
    }
    OrderedJson out = schema;
    out.remove(u"allOf");
    OrderedJson properties =
        schema.value(u"properties").isObject() ? schema.value(u"properties") : OrderedJson::object();
    QStringList required = requiredOf(schema);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        OrderedJson part = parts.at(i);
        // One level of $ref per part, then its own allOf one level deeper: a cycle ends at kMaxDepth.
        for (int hop = 0; hop < kMaxHops && part.value(u"$ref").isString(); ++hop)
            part = pointer(part.value(u"$ref").toString());
        if (!part.isObject())
            continue;
        part = merged(part, depth + 1);
        const OrderedJson more = part.value(u"properties");
        for (qsizetype k = 0; k < more.size() && more.isObject(); ++k)
            properties.insert(more.keyAt(k), more.at(k));
        for (const QString &r : requiredOf(part))
            if (!required.contains(r))
                required.append(r);
        if (!out.contains(u"type") && part.value(u"type").isString())
            out.insert(u"type"_s, part.value(u"type"));
    }
    if (!properties.isEmpty())
        out.insert(u"properties"_s, properties);
    if (!required.isEmpty())
        out.insert(u"required"_s, OrderedJson(QJsonArray::fromStringList(required)));
    return out;
}

QString OpenApiSchemas::typeOf(const OrderedJson &schema)
{
    const OrderedJson type = schema.value(u"type");
    if (type.isString())
        return type.toString();
    // OpenAPI 3.1 writes ["string", "null"].
    for (qsizetype i = 0; i < type.size() && type.isArray(); ++i)
        if (type.at(i).isString() && type.at(i).toString() != "null"_L1)
            return type.at(i).toString();
    if (schema.value(u"properties").isObject())
        return u"object"_s;
    if (schema.value(u"items").isObject())
        return u"array"_s;
    return {};
}

QStringList OpenApiSchemas::enumOf(const OrderedJson &schema)
{
    QStringList values;
    const OrderedJson list = schema.value(u"enum");
    for (qsizetype i = 0; i < list.size() && list.isArray(); ++i) {
        const OrderedJson &v = list.at(i);
        if (v.isString())
            values.append(v.toString());
        else if (v.isNumber())
            values.append(v.numberText());
        else if (v.isBool())
            values.append(v.toBool() ? u"true"_s : u"false"_s);
    }
    return values;
}

bool OpenApiSchemas::hasMark(const OrderedJson &schema, const char *mark)
{
    return markOf(schema, QString::fromLatin1(mark)).has_value();
}

OpenApiField OpenApiSchemas::field(const QString &name, const OrderedJson &schema, bool required) const
{
    OpenApiField f;
    f.name = name;
    f.type = typeOf(schema);
    f.format = schema.value(u"format").toString();
    f.title = schema.value(u"title").toString();
    f.description = schema.value(u"description").toString();
    f.enumValues = enumOf(schema);
    if (f.enumValues.isEmpty() && f.type == "array"_L1)
        f.enumValues = enumOf(resolve(schema.value(u"items")));
    f.required = required;
    f.readOnly = schema.value(u"readOnly").toBool();
    f.filterable = markOf(schema, u"filterable"_s).value_or(false);
    f.sortable = markOf(schema, u"sortable"_s).value_or(false);
    return f;
}

OrderedJson OpenApiSchemas::relationTarget(const OrderedJson &resolved, bool *many, QString *name) const
{
    auto isObject = [](const OrderedJson &s) {
        return s.isObject() && s.value(u"properties").isObject() && !s.value(u"properties").isEmpty();
    };
    if (isObject(resolved)) {
        *many = false;
        return resolved;
    }
    if (typeOf(resolved) == "array"_L1) {
        const OrderedJson items = resolve(resolved.value(u"items"), name);
        if (isObject(items)) {
            *many = true;
            return items;
        }
    }
    return {};
}

std::optional<OpenApiEntity> OpenApiSchemas::entity(const OrderedJson &schema) const
{
    OpenApiEntity e;
    const OrderedJson resolved = resolve(schema, &e.schema);
    const OrderedJson properties = resolved.value(u"properties");
    if (!properties.isObject() || properties.isEmpty())
        return std::nullopt;
    const QStringList required = requiredOf(resolved);
    for (qsizetype i = 0; i < properties.size(); ++i) {
        const QString key = properties.keyAt(i);
        QString target;
        const OrderedJson prop = resolve(properties.at(i), &target);
        e.marksFilterable = e.marksFilterable || hasMark(prop, "filterable");
        e.marksSortable = e.marksSortable || hasMark(prop, "sortable");
        bool many = false;
        const OrderedJson related = relationTarget(prop, &many, &target);
        if (related.isUndefined()) {
            e.fields.append(field(key, prop, required.contains(key)));
            continue;
        }
        // One level: a relation's own relations (a task's responsible's department) are not
        // offered, which also ends self-references (a task's parent task) here.
        OpenApiRelation relation{key, target, many, {}};
        const OrderedJson inner = related.value(u"properties");
        for (qsizetype k = 0; k < inner.size(); ++k) {
            const OrderedJson innerProp = resolve(inner.at(k));
            bool innerMany = false;
            QString ignored;
            if (relationTarget(innerProp, &innerMany, &ignored).isUndefined())
                relation.fields.append(field(key + u'.' + inner.keyAt(k), innerProp, false));
        }
        e.relations.append(relation);
    }
    return e;
}

QList<OpenApiField> OpenApiSchemas::fields(const OrderedJson &schema) const
{
    const std::optional<OpenApiEntity> e = entity(schema);
    return e ? e->fields : QList<OpenApiField>();
}

} // namespace b24
