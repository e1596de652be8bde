#include "ui/request/hookschemasource.h"

#include "core/b24/b24hook.h"
#include "core/b24/batchjob.h"
#include "core/b24/calljob.h"
#include "core/b24/orderedjson.h"
#include "core/catalog/openapicache.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

HookSchemaSource::HookSchemaSource(B24Hook *hook, const QString &profileId, QObject *parent)
    : SchemaSource(parent)
    , m_hook(hook)
    , m_profileId(profileId)
{}

QString HookSchemaSource::fieldsMethodFor(const QString &method)
{
    const QString name = method.trimmed().toLower();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return {};
    const QString family = name.left(dot);
    if (family == "tasks.task"_L1)
        return u"tasks.task.getFields"_s;
    if (family == "user"_L1)
        return u"user.fields"_s;
    return family + u".fields"_s;
}

void HookSchemaSource::requestMethods(bool refresh)
{
    if (!refresh) {
        if (!m_catalog && !m_profileId.isEmpty())
            m_catalog = MethodCatalog::loadFromCache(m_profileId);
        if (m_catalog) {
            // Answer on the next turn, as a network answer would.
            QMetaObject::invokeMethod(
                this, [this] { emit methodsReady(*m_catalog); }, Qt::QueuedConnection);
            return;
        }
    }
    if (!m_hook) {
        QMetaObject::invokeMethod(
            this, [this] { emit failed(u"methods"_s, tr("No portal")); }, Qt::QueuedConnection);
        return;
    }
    BatchJob *job = m_hook->callBatch(MethodCatalog::liveCommands(), false);
    connect(job, &BatchJob::finished, this, [this, job] {
        QString error;
        const std::optional<MethodCatalog> live = MethodCatalog::fromLiveAnswer(job->result(), &error);
        if (!live) {
            emit failed(u"methods"_s, error);
            return;
        }
        const MethodCatalog &catalog = *live;
        if (!m_profileId.isEmpty())
            catalog.saveToCache(m_profileId); // a cache miss next time is harmless
        m_catalog = catalog;
        emit methodsReady(catalog);
    });
}

void HookSchemaSource::requestFields(const QString &method)
{
    const QString fieldsMethod = fieldsMethodFor(method);
    const QString what = u"fields:"_s + method;
    if (fieldsMethod.isEmpty() || !m_hook) {
        QMetaObject::invokeMethod(
            this, [this, what] { emit failed(what, tr("No field list for this method")); },
            Qt::QueuedConnection);
        return;
    }
    if (m_fields.contains(fieldsMethod)) {
        const QJsonObject fields = m_fields.value(fieldsMethod);
        const QStringList order = m_fieldOrder.value(fieldsMethod);
        QMetaObject::invokeMethod(
            this, [this, method, fields, order] { emit fieldsReady(method, fields, order); },
            Qt::QueuedConnection);
        return;
    }
    CallJob *job = m_hook->callMethod(fieldsMethod);
    connect(job, &CallJob::finished, this, [this, job, method, fieldsMethod, what] {
        const CallResult &result = job->result();
        if (!result.ok() || !result.result.isObject()) {
            emit failed(what, result.ok() ? tr("Unexpected answer") : result.error.toString());
            return;
        }
        // The body keeps the portal's order of the fields (TITLE and STAGE_ID early), which the
        // parsed object does not.
        const OrderedJson ordered = OrderedJson::fromJson(result.rawBody).value(u"result"_s);
        QStringList order;
        for (qsizetype i = 0; ordered.isObject() && i < ordered.size(); ++i)
            order.append(ordered.keyAt(i));
        m_fields.insert(fieldsMethod, result.result.toObject());
        m_fieldOrder.insert(fieldsMethod, order);
        emit fieldsReady(method, result.result.toObject(), order);
    });
}

void HookSchemaSource::requestStatuses(const QString &entityId)
{
    const QString what = u"statuses:"_s + entityId;
    if (m_statuses.contains(entityId)) {
        const QJsonArray items = m_statuses.value(entityId);
        QMetaObject::invokeMethod(
            this, [this, entityId, items] { emit statusesReady(entityId, items); }, Qt::QueuedConnection);
        return;
    }
    if (!m_hook) {
        QMetaObject::invokeMethod(
            this, [this, what] { emit failed(what, tr("No portal")); }, Qt::QueuedConnection);
        return;
    }
    if (m_statusesPending.contains(entityId))
        return; // its answer goes to every form that waits for it
    m_statusesPending.insert(entityId);
    // crm.status.list has no navigation: one call answers the whole dictionary.
    const QJsonObject params{{u"filter"_s, QJsonObject{{u"ENTITY_ID"_s, entityId}}},
                             {u"order"_s, QJsonObject{{u"SORT"_s, u"ASC"_s}}}};
    CallJob *job = m_hook->callMethod(u"crm.status.list"_s, params);
    connect(job, &CallJob::finished, this, [this, job, entityId, what] {
        m_statusesPending.remove(entityId);
        const CallResult &result = job->result();
        if (!result.ok() || !result.result.isArray()) {
            emit failed(what, result.ok() ? tr("Unexpected answer") : result.error.toString());
            return;
        }
        m_statuses.insert(entityId, result.result.toArray());
        emit statusesReady(entityId, result.result.toArray());
    });
}

void HookSchemaSource::requestV3Catalog(bool refresh)
{
    if (!refresh) {
        if (!m_v3Catalog && !m_profileId.isEmpty())
            m_v3Catalog = OpenApiCache::load(m_profileId);
        if (m_v3Catalog) {
            QMetaObject::invokeMethod(
                this, [this] { emit v3CatalogReady(*m_v3Catalog); }, Qt::QueuedConnection);
            return;
        }
    }
    if (!m_hook) {
        SchemaSource::requestV3Catalog(refresh);
        return;
    }
    if (m_v3Pending)
        return;
    m_v3Pending = true;
    // Both asked at once; the catalog is built when both answered (the scopes are optional).
    struct Answers
    {
        std::optional<CallResult> document;
        std::optional<CallResult> scopes;
    };
    auto answers = std::make_shared<Answers>();
    const auto done = [this, answers] {
        if (!answers->document || !answers->scopes)
            return;
        m_v3Pending = false;
        const CallResult &document = *answers->document;
        if (!document.ok()) {
            emit failed(u"v3catalog"_s, document.error.toString());
            return;
        }
        // The bodies, not CallResult::result: a QJsonValue sorts keys, the document's order is the
        // order of each entity's fields.
        const QByteArray scopes = answers->scopes->ok() ? answers->scopes->rawBody : QByteArray();
        QString error;
        OpenApiCatalog catalog = OpenApiCache::build(document.rawBody, scopes, &error);
        if (!error.isEmpty()) {
            emit failed(u"v3catalog"_s, error);
            return;
        }
        if (!m_profileId.isEmpty())
            OpenApiCache::save(m_profileId, document.rawBody, scopes); // a miss next time is harmless
        m_v3Catalog = catalog;
        emit v3CatalogReady(catalog);
    };
    CallJob *document =
        m_hook->callMethod(u"rest.documentation.openapi"_s, OrderedJson::object(), ApiVersion::V3);
    connect(document, &CallJob::finished, this, [document, answers, done] {
        answers->document = document->result();
        done();
    });
    CallJob *scopes = m_hook->callMethod(u"rest.scope.list"_s, OrderedJson::object(), ApiVersion::V3);
    connect(scopes, &CallJob::finished, this, [scopes, answers, done] {
        answers->scopes = scopes->result();
        done();
    });
}

} // namespace b24
