#pragma once

#include "ui/request/schemasource.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <optional>

namespace b24 {

class B24Hook;

// The SchemaSource of a live portal: asks core's B24Hook for `methods` + `scope` (one batch),
// *.fields and crm.status.list, and keeps the answers — the method catalog also on disk per
// profile (MethodCatalog's cache), so the method box completes at once on the next start.
class HookSchemaSource : public SchemaSource
{
    Q_OBJECT
public:
    // hook: not owned. profileId: key of the on-disk catalog cache (empty: memory only).
    explicit HookSchemaSource(B24Hook *hook, const QString &profileId = {}, QObject *parent = nullptr);

    void requestMethods(bool refresh) override;
    void requestFields(const QString &method) override;
    void requestStatuses(const QString &entityId) override;
    void requestV3Catalog(bool refresh) override;

    // The *.fields method describing what `method` reads or writes: crm.deal.list ->
    // crm.deal.fields, tasks.task.list -> tasks.task.getFields; empty when there is none.
    static QString fieldsMethodFor(const QString &method);

private:
    QPointer<B24Hook> m_hook;
    QString m_profileId;
    std::optional<MethodCatalog> m_catalog;
    std::optional<OpenApiCatalog> m_v3Catalog;
    bool m_v3Pending = false;                 // one request serves every caller
    QHash<QString, QJsonObject> m_fields;     // by *.fields method
    QHash<QString, QStringList> m_fieldOrder; // the same, names in the portal's order
    QHash<QString, QJsonArray> m_statuses;    // the portal's dictionaries, for every form
    QSet<QString> m_statusesPending;          // asked, not answered yet: one request serves all
};

} // namespace b24
