#pragma once

#include "core/catalog/openapicatalog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace b24 {

class BatchEditor;
class MethodBox;
class ParamsPane;
class SchemaSource;

// The request editor's line to its SchemaSource: the method list for the method box and the batch
// editor, the *.fields of the method in the box (asked once typing pauses, an answer for a method
// typed earlier dropped) for the parameters, crm.status.list for the forms, and the portal's
// REST 3.0 catalog. The method and the API are read from the method box.
class SchemaLink : public QObject
{
    Q_OBJECT
public:
    SchemaLink(MethodBox *methodBox, BatchEditor *batch, ParamsPane *params, QObject *parent);

    // Not owned; may be null (no portal: the documentation only).
    void setSource(SchemaSource *source);
    // Refresh: the method list, and the REST 3.0 catalog under v3, bypassing the caches.
    void refresh();
    // The REST 3.0 catalog is wanted (v3 chosen): asked once.
    void wantV3Catalog();
    // The portal's description of a REST 3.0 method; null while unknown or not described.
    const OpenApiMethod *v3Method(const QString &name) const;

    // Asks for the fields of the method in the box once typing pauses.
    void fetchFieldsSoon();
    // Asks now; `again` asks even if the form already shows that method's fields (the API changed).
    void fetchFields(bool again = false);

signals:
    void fieldsChanged();
    void v3CatalogChanged();

private:
    MethodBox *m_methodBox;
    BatchEditor *m_batch;
    ParamsPane *m_params;
    QPointer<SchemaSource> m_source;
    QList<QMetaObject::Connection> m_connections;
    std::optional<OpenApiCatalog> m_v3Catalog; // the portal's REST 3.0 methods, once known
    QTimer m_fieldsTimer;
    QString m_fieldsMethod; // the method whose *.fields the form shows or awaits
};

} // namespace b24
