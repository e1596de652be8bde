#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace b24 {

// One field of a REST 3.0 entity as the portal's OpenAPI document describes it
// (docs/protocol.md §11.8). A relation's field carries its dotted name ("responsible.name"), the
// spelling `select` takes (§11.3).
struct OpenApiField
{
    QString name;
    QString type;   // the schema's type: integer, number, string, boolean, array, object ("" unknown)
    QString format; // date-time, date, ... ("" none)
    QString title;
    QString description;
    QStringList enumValues; // the allowed values, as text
    bool required = false;  // on add
    bool readOnly = false;
    bool filterable = false; // meaningful only when the entity marksFilterable
    bool sortable = false;   // meaningful only when the entity marksSortable
};

// A nested object of an entity (a RelationToOne, or RelationToMany when `many`), whose fields
// `select` expands with dots.
struct OpenApiRelation
{
    QString name;   // "responsible"
    QString schema; // the component it refers to ("User"), "" when written inline
    bool many = false;
    QList<OpenApiField> fields; // names dotted: "responsible.id"
};

// The entity behind a method: what `select`, `filter` and `order` may name.
struct OpenApiEntity
{
    QString schema; // the component name ("Task"), "" when inline
    QList<OpenApiField> fields;
    QList<OpenApiRelation> relations;
    // Whether the document says which fields are filterable / sortable at all. When it does not,
    // every field is offered and the portal's answer is the judge.
    bool marksFilterable = false;
    bool marksSortable = false;

    // id, title, ..., then responsible.id, responsible.name, ... in the document's order.
    QStringList selectableNames() const;
    QStringList filterableNames() const; // own fields only (the portal filters by its own fields)
    QStringList sortableNames() const;
    // An own field, or a relation's field by its dotted name; nullptr when unknown.
    const OpenApiField *field(const QString &name) const;
    const OpenApiRelation *relation(const QString &name) const;
};

// One request parameter of a method (a property of its JSON body, or an OpenAPI parameter).
struct OpenApiParam
{
    QString name;
    QString type; // integer, number, string, boolean, array, object ("" unknown)
    QString format;
    QString description;
    QStringList enumValues;     // of the value, or of an array's items
    QString itemType;           // of an array's items
    QString schema;             // the component a $ref named ("Task" for fields, "Filter" ...)
    QList<OpenApiField> fields; // the properties of an object parameter (fields of add/update)
    bool required = false;
};

// One REST 3.0 method of the portal's OpenAPI document.
struct OpenApiMethod
{
    QString name; // as the path gives it ("tasks.task.list")
    QString summary;
    QString description;
    QString scope; // x-scope, else the security scope, else the first tag ("" unknown)
    QStringList tags;
    QStringList httpMethods; // "post", "get"
    bool write = false;      // changes data: x-write where stated, else by the name
    QList<OpenApiParam> params;
    std::optional<OpenApiEntity> entity;
    int pageCap = 0; // the most rows a page gives, when the document states it; 0 unknown

    const OpenApiParam *param(const QString &name) const;
    bool takes(const QString &name) const { return param(name) != nullptr; }
};

} // namespace b24
