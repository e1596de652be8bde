#pragma once

#include "core/catalog/methodcatalog.h"
#include "core/catalog/openapicatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace b24 {

// What the request editor needs to know about the portal, asked for asynchronously. The window
// implements it with core calls (methods, scope, *.fields, crm.status.list) and its per-profile
// cache; the editor never talks REST itself. Every request is answered by exactly one signal:
// the matching *Ready signal or failed().
class SchemaSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The webhook's methods (`methods`) and granted scopes (`scope`) as core's MethodCatalog
    // (cached per profile); refresh=true bypasses the cache.
    virtual void requestMethods(bool refresh) = 0;
    // The field descriptors (the `result` map of the *.fields method) of the entity behind `method`
    // (crm.deal.list -> crm.deal.fields); the source picks the *.fields method.
    virtual void requestFields(const QString &method) = 0;
    // The items of one crm.status.list dictionary (ENTITY_ID, e.g. DEAL_STAGE, SOURCE).
    virtual void requestStatuses(const QString &entityId) = 0;
    // The portal's REST 3.0 methods: rest.documentation.openapi with rest.scope.list's scopes
    // (docs/protocol.md §11.8), cached per profile; refresh=true bypasses the cache. A source
    // without a portal answers failed("v3catalog", …).
    virtual void requestV3Catalog(bool refresh);

signals:
    void methodsReady(const b24::MethodCatalog &catalog);
    // order: the field names in the portal's order (a QJsonObject sorts them); may be empty.
    void fieldsReady(const QString &method, const QJsonObject &fields, const QStringList &order);
    void statusesReady(const QString &entityId, const QJsonArray &items);
    void v3CatalogReady(const b24::OpenApiCatalog &catalog);
    // what: "methods", "fields:<method>", "statuses:<entityId>" or "v3catalog"; message is already
    // redacted.
    void failed(const QString &what, const QString &message);
};

} // namespace b24
