#pragma once

#include "core/b24/orderedjson.h"
#include "core/catalog/openapimethod.h"

#include <QStringList>

namespace b24 {

// The schemas of one OpenAPI document: $ref resolution (local JSON pointers only), allOf merged,
// and the fields and relations of an entity. Cycles and dangling refs end the walk with a warning
// instead of looping or crashing: a document is input, not trusted.
class OpenApiSchemas
{
public:
    OpenApiSchemas(const OrderedJson &document, QStringList *warnings);

    // The schema with its $ref chain followed (and allOf merged into one "properties"/"required");
    // Undefined when the chain is broken or cycles. *name: the last component named on the way.
    OrderedJson resolve(const OrderedJson &schema, QString *name = nullptr) const;
    // An entity from an object schema; nullopt when the schema has no properties.
    std::optional<OpenApiEntity> entity(const OrderedJson &schema) const;
    // The own (non-relation) fields of an object schema: the fields of add/update.
    QList<OpenApiField> fields(const OrderedJson &schema) const;
    // type, format, title, description, enum, readOnly and the filter/sort marks of one property.
    OpenApiField field(const QString &name, const OrderedJson &schema, bool required) const;
    // The object a relation points at (the schema itself, or an array's items); Undefined if none.
    OrderedJson relationTarget(const OrderedJson &resolved, bool *many, QString *name) const;

    static QString typeOf(const OrderedJson &schema);
    static QStringList enumOf(const OrderedJson &schema);
    static bool hasMark(const OrderedJson &schema, const char *mark);

private:
    OrderedJson pointer(const QString &ref) const;
    OrderedJson merged(const OrderedJson &schema, int depth) const;
    void warn(const QString &text) const;

    OrderedJson m_document;
    QStringList *m_warnings;
};

} // namespace b24
