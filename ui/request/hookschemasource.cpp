#include "ui/request/hookschemasource.h"

#include "core/b24/b24hook.h"
#include "core/b24/batchjob.h"
#include "core/b24/calljob.h"

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
    const QList<BatchCommand> commands{{u"methods"_s, u"methods"_s, {}}, {u"scope"_s, u"scope"_s, {}}};
    BatchJob *job = m_hook->callBatch(commands, false);
    connect(job, &BatchJob::finished, this, [this, job] {
        const BatchResult &result = job->result();
        MethodCatalog catalog;
        QString error = result.error.isError() ? result.error.toString() : QString();
        if (error.isEmpty() && (result.items.size() != 2 || !result.items.at(0).ok()))
            error = result.items.isEmpty() ? tr("No answer") : result.items.at(0).error.toString();
        if (error.isEmpty())
            catalog.setMethodsAnswer(result.items.at(0).result, &error);
        if (error.isEmpty() && result.items.at(1).ok())
            catalog.setScopeAnswer(result.items.at(1).result, &error);
        if (!error.isEmpty()) {
            emit failed(u"methods"_s, error);
            return;
        }
        catalog.setFetchedAt(QDateTime::currentDateTimeUtc());
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
        QMetaObject::invokeMethod(
            this, [this, method, fields] { emit fieldsReady(method, fields); }, Qt::QueuedConnection);
        return;
    }
    CallJob *job = m_hook->callMethod(fieldsMethod);
    connect(job, &CallJob::finished, this, [this, job, method, fieldsMethod, what] {
        const CallResult &result = job->result();
        if (!result.ok() || !result.result.isObject()) {
            emit failed(what, result.ok() ? tr("Unexpected answer") : result.error.toString());
            return;
        }
        m_fields.insert(fieldsMethod, result.result.toObject());
        emit fieldsReady(method, result.result.toObject());
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
    // crm.status.list has no navigation: one call answers the whole dictionary.
    const QJsonObject params{{u"filter"_s, QJsonObject{{u"ENTITY_ID"_s, entityId}}},
                             {u"order"_s, QJsonObject{{u"SORT"_s, u"ASC"_s}}}};
    CallJob *job = m_hook->callMethod(u"crm.status.list"_s, params);
    connect(job, &CallJob::finished, this, [this, job, entityId, what] {
        const CallResult &result = job->result();
        if (!result.ok() || !result.result.isArray()) {
            emit failed(what, result.ok() ? tr("Unexpected answer") : result.error.toString());
            return;
        }
        m_statuses.insert(entityId, result.result.toArray());
        emit statusesReady(entityId, result.result.toArray());
    });
}

} // namespace b24
