#pragma once

#include "core/catalog/methodcatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

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

signals:
    void methodsReady(const b24::MethodCatalog &catalog);
    void fieldsReady(const QString &method, const QJsonObject &fields);
    void statusesReady(const QString &entityId, const QJsonArray &items);
    // what: "methods", "fields:<method>" or "statuses:<entityId>"; message is already redacted.
    void failed(const QString &what, const QString &message);
};

} // namespace b24
