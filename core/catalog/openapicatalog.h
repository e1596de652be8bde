#pragma once

#include "core/b24/orderedjson.h"
#include "core/catalog/openapimethod.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace b24 {

// The REST 3.0 methods a portal describes in its rest.documentation.openapi answer (an OpenAPI 3.0
// document, docs/protocol.md §11.8), and the scopes rest.scope.list gives them. GUI-free: the
// explorer lists the methods, the parameter pane builds its forms from them.
//
// What is read: each path is a method (its last segment: "/tasks.task.list", "/rest/api/x.y"); its
// operation (post, else get) gives summary, description, tags, scope (x-scope, else the first
// security scope, else the first tag) and whether it writes (x-write, else by the name: what
// MethodKind::isRead does not know as a read counts as a write). Parameters are the properties of the JSON
// request body plus OpenAPI `parameters`, with type, required, description, enum. The entity is the schema of
// the answer's result.item / result.items[] (else the `fields` parameter's schema); its nested objects ($ref
// or inline, arrays of them) are relations whose fields `select` takes dotted. `x-filterable` / `filterable`
// and `x-sortable` / `sortable` on a property mark what filter and order may name; a page cap is `x-maxLimit`
// on the pagination parameter or its limit's `maximum`.
//
// Bad input never crashes and never throws: a document that is not an OpenAPI object gives an
// error; parts that are missing or malformed are skipped with a warning; $ref cycles and refs to
// nothing end the walk there (the field stays, without relations).
class OpenApiCatalog
{
    Q_DECLARE_TR_FUNCTIONS(b24::OpenApiCatalog)

public:
    struct Parsed;
    struct ScopeEntry
    {
        QString method; // "tasks.task.list"
        QString scope;
        QString title;
        QString description;
        QStringList fields;
    };
    struct ScopesParsed
    {
        QList<ScopeEntry> entries; // in the answer's order
        QString error;             // empty on success
    };

    // The document, bare or inside {"result": …} (both shapes were seen, docs/protocol.md §11.2).
    // Give it CallResult::rawBody (or an OrderedJson): CallResult::result is a QJsonValue, whose
    // sorted keys would list every schema's fields alphabetically instead of in the document's order.
    static Parsed parse(const OrderedJson &document);
    static Parsed parse(QByteArrayView json);
    // rest.scope.list's result: module → controller → method → {scope, title, description, fields}.
    static ScopesParsed parseScopeList(const OrderedJson &answer);

    // Fills the scope (and an empty summary) of each method from rest.scope.list's entries.
    void applyScopes(const QList<ScopeEntry> &entries);

    const QList<OpenApiMethod> &methods() const { return m_methods; }
    // Case-insensitive, as the portal matches method names.
    const OpenApiMethod *find(const QString &name) const;
    QStringList names() const;
    bool isEmpty() const { return m_methods.isEmpty(); }
    QString title() const { return m_title; }
    QString version() const { return m_version; } // the document's "openapi" ("3.0.0")

private:
    friend class OpenApiReader;
    QList<OpenApiMethod> m_methods;
    QHash<QString, qsizetype> m_index; // lower-case name → position
    QString m_title;
    QString m_version;
};

struct OpenApiCatalog::Parsed
{
    OpenApiCatalog catalog;
    QString error;        // empty on success (the catalog may still be empty)
    QStringList warnings; // parts skipped: "paths./x: no operation" ...
};

} // namespace b24
