#include "core/labels/labelresolver.h"

#include "core/b24/b24hook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

OrderedJson idArray(const QStringList &ids)
{
    OrderedJson array = OrderedJson::array();
    for (const QString &id : ids)
        array.append(id);
    return array;
}

OrderedJson select(std::initializer_list<const char *> fields)
{
    OrderedJson array = OrderedJson::array();
    for (const char *field : fields)
        array.append(QString::fromLatin1(field));
    return array;
}

// One lookup command for up to 50 IDs of one kind: only the columns a name needs, no count.
BatchCommand lookupCommand(LabelSource::Kind kind, const QStringList &ids)
{
    BatchCommand command;
    command.params = OrderedJson::object();
    OrderedJson filter = OrderedJson::object();
    if (kind == LabelSource::Kind::User) {
        command.method = u"user.get"_s;
        filter.insert(u"ID"_s, idArray(ids));
        command.params.insert(u"FILTER"_s, filter);
        return command;
    }
    static const QHash<LabelSource::Kind, QString> methods = {
        {LabelSource::Kind::Company, u"crm.company.list"_s},
        {LabelSource::Kind::Contact, u"crm.contact.list"_s},
        {LabelSource::Kind::Lead, u"crm.lead.list"_s},
        {LabelSource::Kind::Deal, u"crm.deal.list"_s},
    };
    command.method = methods.value(kind);
    filter.insert(u"@ID"_s, idArray(ids));
    command.params.insert(u"filter"_s, filter);
    command.params.insert(u"select"_s, kind == LabelSource::Kind::Contact
                                           ? select({"ID", "NAME", "SECOND_NAME", "LAST_NAME"})
                                           : select({"ID", "TITLE"}));
    command.params.insert(u"start"_s, -1);
    return command;
}

QString joined(const QJsonObject &row, std::initializer_list<const char *> keys)
{
    QStringList parts;
    for (const char *key : keys)
        if (const QString part = row.value(QLatin1String(key)).toString().trimmed(); !part.isEmpty())
            parts.append(part);
    return parts.join(u' ');
}

// The name the portal shows for a record: a person's "NAME LAST_NAME" (a user without one by login
// or e-mail), an item's title.
QString recordName(LabelSource::Kind kind, const QJsonObject &row)
{
    if (kind == LabelSource::Kind::User) {
        QString name = joined(row, {"NAME", "LAST_NAME"});
        for (const char *fallback : {"LOGIN", "EMAIL"})
            if (name.isEmpty())
                name = row.value(QLatin1String(fallback)).toString().trimmed();
        return name;
    }
    if (kind == LabelSource::Kind::Contact)
        return joined(row, {"NAME", "LAST_NAME"});
    return row.value("TITLE"_L1).toString().trimmed();
}

} // namespace

LabelResolver::LabelResolver(B24Hook *hook, QObject *parent)
    : QObject(parent)
    , m_hook(hook)
{}

QString LabelResolver::fieldsMethod(const QString &listMethod)
{
    if (!listMethod.endsWith(".list"_L1))
        return {};
    return listMethod.chopped(4) + u"fields"_s;
}

void LabelResolver::note(const QString &text)
{
    if (!m_notes.contains(text)) {
        m_notes.append(text);
        emit noted(text);
    }
}

void LabelResolver::setHook(B24Hook *hook)
{
    m_hook = hook;
}

void LabelResolver::refresh()
{
    m_names.clear();
    m_dictionariesLoaded = false;
    m_schemaMethod.clear();
    m_notes.clear();
}

void LabelResolver::prepare(const QString &listMethod, const OrderedJson &params)
{
    const QString method = fieldsMethod(listMethod);
    OrderedJson fieldParams = OrderedJson::object();
    const OrderedJson entityType = params.value(u"entityTypeId");
    if (!entityType.isUndefined())
        fieldParams.insert(u"entityTypeId"_s, entityType);
    static const QHash<QString, int> categoryEntities = {
        {u"crm.deal.fields"_s, 2}, {u"crm.contact.fields"_s, 3}, {u"crm.company.fields"_s, 4}};
    m_categoryEntity = int(entityType.toInteger().value_or(categoryEntities.value(method, 2)));
    const QString schemaKey = method + QString::fromUtf8(fieldParams.toJson());
    if (method.isEmpty() || !m_hook) {
        m_columns = {};
        note(tr("%1 has no field descriptions: its values keep their codes").arg(listMethod));
        QMetaObject::invokeMethod(this, &LabelResolver::ready, Qt::QueuedConnection);
        return;
    }
    if (schemaKey == m_schemaMethod && m_dictionariesLoaded) {
        QMetaObject::invokeMethod(this, &LabelResolver::ready, Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    CallJob *job = m_hook->callMethod(method, fieldParams);
    connect(job, &CallJob::finished, this, [this, job, method, schemaKey] {
        ++m_requests;
        const CallResult result = job->result();
        if (!result.ok()) {
            m_columns = {};
            note(tr("cannot read %1 (%2): values keep their codes").arg(method, result.error.toString()));
            finishPrepare();
            return;
        }
        QString error;
        const std::optional<FieldSchema> schema = FieldSchema::parse(result.result, &error);
        m_columns = schema ? LabelColumns(*schema) : LabelColumns();
        if (!schema)
            note(tr("cannot read %1 (%2): values keep their codes").arg(method, error));
        m_schemaMethod = schemaKey;
        m_dictionariesLoaded = false;
        loadDictionaries();
    });
}

void LabelResolver::finishPrepare()
{
    m_busy = false;
    emit ready();
}

void LabelResolver::loadDictionaries()
{
    QList<BatchCommand> commands;
    int statusCommand = -1;
    if (!m_columns.statusTypes().isEmpty()) {
        // Every status entity at once: DEAL_STAGE_{id} of every pipeline with the rest.
        statusCommand = int(commands.size());
        commands.append({QString(), u"crm.status.list"_s, OrderedJson::object()});
    }
    if (m_columns.needs(LabelSource::Kind::Category)) {
        OrderedJson params = OrderedJson::object();
        params.insert(u"entityTypeId"_s, m_categoryEntity);
        commands.append({QString(), u"crm.category.list"_s, params});
    }
    if (m_columns.needs(LabelSource::Kind::Currency))
        commands.append({QString(), u"crm.currency.list"_s, OrderedJson::object()});
    if (commands.isEmpty()) {
        m_dictionariesLoaded = true;
        finishPrepare();
        return;
    }
    BatchJob *job = m_hook->callBatch(commands, false);
    connect(job, &BatchJob::finished, this,
            [this, job, statusCommand] { readDictionaries(job->result(), statusCommand); });
}

void LabelResolver::addStatusRows(const QJsonValue &rows)
{
    // Stages of pipeline N live under DEAL_STAGE_N; a deal's STAGE_ID field says DEAL_STAGE.
    static const QRegularExpression pipelineStage(u"^(.*STAGE)_\\d+$"_s);
    for (const QJsonValue &value : rows.toArray()) {
        const QJsonObject row = value.toObject();
        const QString entity = row.value("ENTITY_ID"_L1).toString();
        const QString id = row.value("STATUS_ID"_L1).toString();
        const QString name = row.value("NAME"_L1).toString();
        m_names.add(u"status:"_s + entity, id, name);
        if (const auto match = pipelineStage.match(entity); match.hasMatch())
            m_names.add(u"status:"_s + match.captured(1), id, name);
    }
}

void LabelResolver::readDictionaries(const BatchResult &result, int statusCommand)
{
    m_requests += result.requests;
    if (result.error.isError()) {
        note(tr("cannot read the portal's dictionaries (%1): codes stay codes").arg(result.error.toString()));
        finishPrepare();
        return;
    }
    int nextPage = -1;
    for (int i = 0; i < result.items.size(); ++i) {
        const BatchItem &item = result.items[i];
        const QString method = item.method;
        QStringList books;
        if (i == statusCommand)
            for (const QString &type : m_columns.statusTypes())
                books.append(u"status:"_s + type);
        else if (method == "crm.category.list"_L1)
            books.append(LabelSource::kindName(LabelSource::Kind::Category));
        else
            books.append(LabelSource::kindName(LabelSource::Kind::Currency));
        if (!item.ok()) {
            const QString why = tr("%1 refused: %2").arg(method, item.error.toString());
            for (const QString &book : books)
                m_names.setUnavailable(book, why);
            note(tr("no names from %1 (%2): those columns keep their codes")
                     .arg(method, item.error.toString()));
            continue;
        }
        if (i == statusCommand) {
            addStatusRows(item.result);
            if (item.next)
                nextPage = int(*item.next);
        } else if (method == "crm.category.list"_L1) {
            for (const QJsonValue &value : item.result.toObject().value("categories"_L1).toArray()) {
                const QJsonObject row = value.toObject();
                m_names.add(books.front(), LabelColumns::idText(row.value("id"_L1)),
                            row.value("name"_L1).toString());
            }
        } else {
            for (const QJsonValue &value : item.result.toArray()) {
                const QJsonObject row = value.toObject();
                const QString code = row.value("CURRENCY"_L1).toString();
                const QString name = row.value("FULL_NAME"_L1).toString();
                m_names.add(books.front(), code, name.isEmpty() ? code : name);
            }
        }
    }
    if (nextPage < 0) {
        m_dictionariesLoaded = true;
        finishPrepare();
        return;
    }
    // A portal that pages its statuses: the rest in one batch of 50-row pages.
    const qint64 total = result.items[statusCommand].total.value_or(nextPage);
    QList<BatchCommand> pages;
    for (qint64 start = nextPage; start < total && pages.size() < BatchJob::kMaxCommands; start += 50) {
        OrderedJson params = OrderedJson::object();
        params.insert(u"start"_s, start);
        pages.append({QString(), u"crm.status.list"_s, params});
    }
    BatchJob *job = m_hook->callBatch(pages, false);
    connect(job, &BatchJob::finished, this, [this, job] { readStatusPages(job->result(), 0); });
}

void LabelResolver::readStatusPages(const BatchResult &result, int first)
{
    m_requests += result.requests;
    for (qsizetype i = first; i < result.items.size(); ++i)
        if (result.items[i].ok())
            addStatusRows(result.items[i].result);
    if (!result.ok())
        note(tr("some statuses could not be read: their codes stay codes"));
    m_dictionariesLoaded = true;
    finishPrepare();
}

int LabelResolver::resolve(const LabelColumns::References &ids)
{
    const int ticket = ++m_tickets;
    LabelColumns::References fresh;
    bool onTheWire = false;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const QString book = LabelSource::kindName(it.key());
        for (const QString &id : it.value()) {
            if (m_names.knows(book, id))
                continue;
            if (m_asking.value(it.key()).contains(id))
                onTheWire = true;
            else
                fresh[it.key()].insert(id);
        }
    }
    if (fresh.isEmpty() || !m_hook) {
        if (onTheWire && fresh.isEmpty())
            m_askingTickets.append(ticket); // answered when the lookup on the wire ends
        else
            QMetaObject::invokeMethod(
                this, [this, ticket] { emit resolved(ticket); }, Qt::QueuedConnection);
        return ticket;
    }
    if (m_lookingUp) {
        // Pages arrive faster than lookups: what they meet while one runs is asked together when
        // it ends, so the same IDs are never asked twice.
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
            m_next[it.key()].unite(it.value());
        m_nextTickets.append(ticket);
        return ticket;
    }
    startLookup(fresh, {ticket});
    return ticket;
}

void LabelResolver::startLookup(const LabelColumns::References &ids, const QList<int> &tickets)
{
    QList<BatchCommand> commands;
    QList<QPair<LabelSource::Kind, QStringList>> asked;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        QStringList all(it.value().cbegin(), it.value().cend());
        all.sort();
        for (qsizetype i = 0; i < all.size(); i += 50) {
            const QStringList chunk = all.mid(i, 50);
            commands.append(lookupCommand(it.key(), chunk));
            asked.append({it.key(), chunk});
            m_lookedUp += chunk.size();
        }
    }
    m_lookingUp = true;
    m_asking = ids;
    m_askingTickets = tickets;
    BatchJob *job = m_hook->callBatchByChunk(commands, false);
    connect(job, &BatchJob::finished, this, [this, job, asked] {
        readReferences(job->result(), asked);
        m_lookingUp = false;
        m_asking.clear();
        const QList<int> done = std::exchange(m_askingTickets, {});
        // The next lookup starts before anyone hears of this one: a slot that asks again joins it.
        LabelColumns::References next = std::exchange(m_next, {});
        const QList<int> nextTickets = std::exchange(m_nextTickets, {});
        if (!next.isEmpty() && m_hook)
            startLookup(next, nextTickets);
        else
            for (int ticket : nextTickets)
                emit resolved(ticket);
        for (int ticket : done)
            emit resolved(ticket);
    });
}

void LabelResolver::readReferences(const BatchResult &result,
                                   const QList<QPair<LabelSource::Kind, QStringList>> &asked)
{
    m_requests += result.requests;
    for (qsizetype i = 0; i < asked.size(); ++i) {
        const auto &[kind, ids] = asked[i];
        const QString book = LabelSource::kindName(kind);
        const BatchItem item = i < result.items.size() ? result.items[i] : BatchItem();
        if (!item.ok()) {
            const ApiError error = item.error.isError() ? item.error : result.error;
            const QString why = tr("%1 refused: %2").arg(lookupCommand(kind, {}).method, error.toString());
            for (const QString &id : ids)
                m_names.addMissing(book, id, why);
            note(tr("some %1 names could not be read (%2): those IDs stay IDs").arg(book, error.toString()));
            continue;
        }
        for (const QJsonValue &value : item.result.toArray()) {
            const QJsonObject row = value.toObject();
            const QString id = LabelColumns::idText(row.value("ID"_L1));
            const QString name = recordName(kind, row);
            if (!id.isEmpty() && !name.isEmpty())
                m_names.add(book, id, name);
        }
        for (const QString &id : ids)
            m_names.addMissing(book, id, tr("not found: deleted, or not visible to this webhook"));
    }
}

} // namespace b24
