#include "ui/request/schemalink.h"

#include "core/catalog/fieldschema.h"
#include "ui/batch/batcheditor.h"
#include "ui/request/fieldform.h"
#include "ui/request/methodbox.h"
#include "ui/request/paramspane.h"
#include "ui/request/schemasource.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

SchemaLink::SchemaLink(MethodBox *methodBox, BatchEditor *batch, ParamsPane *params, QObject *parent)
    : QObject(parent)
    , m_methodBox(methodBox)
    , m_batch(batch)
    , m_params(params)
{
    m_fieldsTimer.setSingleShot(true);
    m_fieldsTimer.setInterval(300); // ask for *.fields once typing pauses
    connect(&m_fieldsTimer, &QTimer::timeout, this, [this] { fetchFields(); });
    // Every form asks: the source answers from its per-portal cache after the first time.
    connect(m_params, &ParamsPane::statusesWanted, this, [this](const QString &entityId) {
        if (m_source)
            m_source->requestStatuses(entityId);
    });
}

void SchemaLink::setSource(SchemaSource *source)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = source;
    if (!source)
        return;
    m_connections << connect(source, &SchemaSource::methodsReady, m_methodBox, &MethodBox::setCatalog);
    m_connections << connect(source, &SchemaSource::methodsReady, this, [this](const MethodCatalog &catalog) {
        m_batch->setMethodNames(catalog.methods());
    });
    m_connections << connect(
        source, &SchemaSource::fieldsReady, this,
        [this](const QString &method, const QJsonObject &fields, const QStringList &order) {
            if (method != m_fieldsMethod)
                return; // an answer for a method typed earlier
            const auto schema = FieldSchema::parse(fields);
            QList<FieldDescriptor> specs = schema ? schema->fields() : QList<FieldDescriptor>();
            // In the portal's order: the select picker, the builders and the table's columns follow it.
            std::stable_sort(specs.begin(), specs.end(),
                             [&order](const FieldDescriptor &a, const FieldDescriptor &b) {
                                 return quint64(order.indexOf(a.name)) < quint64(order.indexOf(b.name));
                             });
            m_params->setSpecs(specs);
            emit fieldsChanged();
        });
    m_connections << connect(source, &SchemaSource::statusesReady, m_params->fieldForm(),
                             &FieldForm::setStatuses);
    m_connections << connect(source, &SchemaSource::failed, this, [this](const QString &what) {
        // No schema for this method: do not leave another entity's form on screen.
        if (what == u"fields:"_s + m_fieldsMethod)
            m_params->setSpecs({});
    });
    m_connections << connect(source, &SchemaSource::v3CatalogReady, this,
                             [this](const OpenApiCatalog &catalog) {
                                 m_v3Catalog = catalog;
                                 QHash<QString, QString> titles;
                                 for (const OpenApiMethod &m : catalog.methods())
                                     titles.insert(m.name, m.summary);
                                 m_methodBox->setV3Methods(catalog.names(), titles);
                                 emit v3CatalogChanged();
                             });
    m_v3Catalog.reset();
    m_methodBox->setV3Methods({});
    source->requestMethods(false);
    if (m_methodBox->api() == ApiVersion::V3)
        source->requestV3Catalog(false);
    if (!m_methodBox->method().isEmpty())
        fetchFields();
}

void SchemaLink::refresh()
{
    if (m_source)
        m_source->requestMethods(true);
    if (m_source && m_methodBox->api() == ApiVersion::V3)
        m_source->requestV3Catalog(true);
}

void SchemaLink::wantV3Catalog()
{
    if (m_source && !m_v3Catalog)
        m_source->requestV3Catalog(false);
}

const OpenApiMethod *SchemaLink::v3Method(const QString &name) const
{
    return m_v3Catalog ? m_v3Catalog->find(name) : nullptr;
}

void SchemaLink::fetchFieldsSoon()
{
    m_fieldsTimer.start();
}

void SchemaLink::fetchFields(bool again)
{
    m_fieldsTimer.stop();
    if (again)
        m_fieldsMethod.clear();
    const QString name = m_methodBox->method();
    // Entity methods have a family (crm.deal.list -> crm.deal.fields); "profile" has none.
    if (!name.contains(u'.')) {
        m_fieldsMethod.clear();
        m_params->setSpecs({});
        return;
    }
    if (name == m_fieldsMethod)
        return;
    if (m_methodBox->api() == ApiVersion::V3) {
        // The classic *.fields name fields as v2 does; REST 3.0 ones come from its own catalog.
        m_fieldsMethod.clear();
        m_params->setSpecs({});
        return;
    }
    m_fieldsMethod = name;
    if (m_source)
        m_source->requestFields(name);
    else
        m_params->setSpecs({}); // no portal: the documentation's fields, if any
}

} // namespace b24
