#pragma once

#include "core/sandbox/phpvalue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace b24 {

// One field of a REST 3.0 entity as `*.field.list` and the OpenAPI document describe it.
struct ApiV3Field
{
    QString name;
    QString type; // "integer", "string", "datetime", "array"
    QString title;
    bool filterable = false;
    bool sortable = false;
    bool readOnly = false;
    bool required = false; // on add
};

// A REST 3.0 entity the sandbox serves (docs/protocol.md §11.3): its fields, the relations
// `select` may expand with dots (`responsible.name`), and the page cap of its list.
struct ApiV3Entity
{
    QString schemaName; // "Task": the OpenAPI component
    QList<ApiV3Field> fields;
    QHash<QString, QStringList> relations; // "responsible" -> fields of the related object
    // "responsible" -> "User": the component the OpenAPI document refers to for a relation, as a
    // portal's document does ($ref); a relation without one is described inline.
    QHash<QString, QString> relationSchemas;
    // field -> the only values it takes (an OpenAPI enum): the status words of a task.
    QHash<QString, QStringList> fieldValues;
    int pageCap = 50;

    const ApiV3Field *field(const QString &name) const
    {
        for (const ApiV3Field &f : fields)
            if (f.name == name)
                return &f;
        return nullptr;
    }
    // {items: [{name, type, title, filterable, sortable, readOnly, required}]}: `*.field.list`.
    PhpValue fieldList() const
    {
        PhpValue items = PhpValue::array();
        for (const ApiV3Field &f : fields) {
            PhpValue item = PhpValue::array();
            item.insert(QStringLiteral("name"), f.name);
            item.insert(QStringLiteral("type"), f.type);
            item.insert(QStringLiteral("title"), f.title);
            item.insert(QStringLiteral("filterable"), f.filterable);
            item.insert(QStringLiteral("sortable"), f.sortable);
            item.insert(QStringLiteral("readOnly"), f.readOnly);
            item.insert(QStringLiteral("required"), f.required);
            items.append(item);
        }
        PhpValue result = PhpValue::array();
        result.insert(QStringLiteral("items"), items);
        return result;
    }
};

} // namespace b24
