#include "core/sandbox/apiv3taskmethods.h"

#include "core/sandbox/apiv3errors.h"
#include "core/sandbox/apiv3query.h"
#include "core/sandbox/datastore.h"
#include "core/sandbox/samplevalues.h"

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Classic status codes and their REST 3.0 words.
const QStringList kStatuses{
    u""_s, u""_s, u"pending"_s, u"in_progress"_s, u"supposedly_completed"_s, u"completed"_s, u"deferred"_s};

// REST 3.0 field -> classic key, for the fields a write may set.
const QList<QPair<QString, QString>> kWritable{{u"title"_s, u"title"_s},
                                               {u"description"_s, u"description"_s},
                                               {u"priority"_s, u"priority"_s},
                                               {u"status"_s, u"status"_s},
                                               {u"groupId"_s, u"groupId"_s},
                                               {u"creatorId"_s, u"createdBy"_s},
                                               {u"responsibleId"_s, u"responsibleId"_s},
                                               {u"deadline"_s, u"deadline"_s},
                                               {u"auditors"_s, u"auditors"_s},
                                               {u"accomplices"_s, u"accomplices"_s}};

PhpValue number(const PhpValue &v)
{
    return v.isNull() ? PhpValue() : PhpValue(v.toInt());
}

PhpValue numbers(const PhpValue &list)
{
    PhpValue out = PhpValue::array();
    for (const auto &e : list.entries())
        out.append(e.value.toInt());
    return out;
}

PhpValue userRelation(DataStore &data, qint64 id)
{
    const PhpValue user = data.table(u"users"_s).row(id);
    PhpValue out = PhpValue::array();
    out.insert(u"id"_s, id);
    out.insert(u"name"_s, user.isNull() ? PhpValue()
                                        : PhpValue(user.value(u"NAME"_s).toString() + u' ' +
                                                   user.value(u"LAST_NAME"_s).toString()));
    out.insert(u"workPosition"_s, user.value(u"WORK_POSITION"_s));
    return out;
}

// The classic nested user object of tasks.task.list.
PhpValue classicBrief(DataStore &data, qint64 id)
{
    const PhpValue relation = userRelation(data, id);
    PhpValue brief = PhpValue::array();
    brief.insert(u"id"_s, QString::number(id));
    brief.insert(u"name"_s, relation.value(u"name"_s));
    brief.insert(u"link"_s, u"/company/personal/user/"_s + QString::number(id) + u'/');
    brief.insert(u"icon"_s, u"/bitrix/images/tasks/default_avatar.png"_s);
    brief.insert(u"workPosition"_s, relation.value(u"workPosition"_s));
    return brief;
}

std::optional<MethodResult> requireId(const CallContext &ctx, qint64 *id)
{
    const PhpValue *value = ctx.params.find(u"id"_s);
    if (!value || value->isNull())
        return ApiV3Errors::required(u"id"_s);
    bool ok = false;
    *id = value->toString().toLongLong(&ok);
    if (!ok || value->isArray())
        return ApiV3Errors::make(u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s,
                                 u"Error validating request object"_s, 400,
                                 {{u"id"_s, u"Field `id` must be an integer"_s}});
    return std::nullopt;
}

// `fields` of add/update as classic keys; an error names every field it refuses.
std::optional<MethodResult> classicFields(const CallContext &ctx, DataStore &data, bool adding, PhpValue *out)
{
    const PhpValue *fields = ctx.params.find(u"fields"_s);
    if (!fields || !fields->isArray() || (fields->isList() && fields->size() > 0))
        return ApiV3Errors::required(u"fields"_s);
    ApiV3Errors::Validation problems;
    *out = PhpValue::array();
    for (const auto &e : fields->entries()) {
        const auto it =
            std::find_if(kWritable.begin(), kWritable.end(), [&](const auto &w) { return w.first == e.key; });
        if (it == kWritable.end())
            return ApiV3Errors::make(u"UNKNOWNDTOPROPERTYEXCEPTION"_s,
                                     u"Unknown property `%1` of the task"_s.arg(e.key));
        const QString key = it->second;
        if (key == u"status") {
            const qsizetype code = kStatuses.indexOf(e.value.toString());
            if (code < 2)
                problems.append({u"fields.status"_s, u"Unknown status `%1`"_s.arg(e.value.toString())});
            out->insert(key, QString::number(code));
            out->insert(u"subStatus"_s, QString::number(code));
        } else if (key == u"auditors" || key == u"accomplices") {
            PhpValue ids = PhpValue::array();
            for (const auto &v : e.value.entries())
                ids.append(QString::number(v.value.toInt()));
            out->insert(key, ids);
        } else if (key == u"responsibleId" || key == u"createdBy") {
            if (!data.table(u"users"_s).contains(e.value.toInt()))
                problems.append({u"fields."_s + e.key, u"User %1 not found"_s.arg(e.value.toString())});
            out->insert(key, QString::number(e.value.toInt()));
            out->insert(key == u"createdBy" ? u"creator"_s : u"responsible"_s,
                        classicBrief(data, e.value.toInt()));
        } else if (key == u"priority" || key == u"groupId") {
            out->insert(key, QString::number(e.value.toInt()));
        } else if (key == u"title" && e.value.toString().trimmed().isEmpty()) {
            problems.append({u"fields.title"_s, u"Field `title` must not be empty"_s});
        } else {
            out->insert(key, e.value);
        }
    }
    if (adding && !fields->find(u"title"_s))
        problems.append({u"fields.title"_s, u"Required field `title` is not specified"_s});
    if (!problems.isEmpty())
        return ApiV3Errors::make(u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s,
                                 u"Error validating request object"_s, 400, problems);
    return std::nullopt;
}

PhpValue wrap(const QString &key, const PhpValue &value)
{
    PhpValue out = PhpValue::array();
    out.insert(key, value);
    return out;
}

std::shared_ptr<const ApiV3Entity> sharedEntity()
{
    static const auto entity = std::make_shared<const ApiV3Entity>(ApiV3TaskMethods::entity());
    return entity;
}

} // namespace

const ApiV3Entity &ApiV3TaskMethods::entity()
{
    static const ApiV3Entity task = [] {
        ApiV3Entity e;
        e.schemaName = u"Task"_s;
        e.pageCap = 50; // tasks.task.list answers at most 50 rows whatever the limit
        // Filterable: only `id`, as documented for tasks.task.list.
        e.fields = {{u"id"_s, u"integer"_s, u"ID"_s, true, true, true, false},
                    {u"title"_s, u"string"_s, u"Title"_s, false, true, false, true},
                    {u"description"_s, u"string"_s, u"Description"_s, false, false, false, false},
                    {u"priority"_s, u"integer"_s, u"Priority"_s, false, true, false, false},
                    {u"status"_s, u"string"_s, u"Status"_s, false, true, false, false},
                    {u"groupId"_s, u"integer"_s, u"Project"_s, false, false, false, false},
                    {u"creatorId"_s, u"integer"_s, u"Created by"_s, false, false, false, false},
                    {u"responsibleId"_s, u"integer"_s, u"Responsible person"_s, false, false, false, false},
                    {u"createdDate"_s, u"datetime"_s, u"Created on"_s, false, true, true, false},
                    {u"changedDate"_s, u"datetime"_s, u"Modified on"_s, false, true, true, false},
                    {u"closedDate"_s, u"datetime"_s, u"Completed on"_s, false, false, true, false},
                    {u"deadline"_s, u"datetime"_s, u"Deadline"_s, false, true, false, false},
                    {u"auditors"_s, u"array"_s, u"Observers"_s, false, false, false, false},
                    {u"accomplices"_s, u"array"_s, u"Participants"_s, false, false, false, false}};
        e.relations = {{u"responsible"_s, {u"id"_s, u"name"_s, u"workPosition"_s}},
                       {u"creator"_s, {u"id"_s, u"name"_s, u"workPosition"_s}}};
        e.relationSchemas = {{u"responsible"_s, u"User"_s}, {u"creator"_s, u"User"_s}};
        e.fieldValues = {{u"status"_s, kStatuses.mid(2)}};
        return e;
    }();
    return task;
}

PhpValue ApiV3TaskMethods::item(const PhpValue &row, DataStore &data)
{
    PhpValue out = PhpValue::array();
    out.insert(u"id"_s, number(row.value(u"id"_s)));
    out.insert(u"title"_s, row.value(u"title"_s));
    out.insert(u"description"_s, row.value(u"description"_s));
    out.insert(u"priority"_s, number(row.value(u"priority"_s)));
    out.insert(u"status"_s, kStatuses.value(int(row.value(u"status"_s).toInt())));
    out.insert(u"groupId"_s, number(row.value(u"groupId"_s)));
    out.insert(u"creatorId"_s, number(row.value(u"createdBy"_s)));
    out.insert(u"responsibleId"_s, number(row.value(u"responsibleId"_s)));
    out.insert(u"createdDate"_s, row.value(u"createdDate"_s));
    out.insert(u"changedDate"_s, row.value(u"changedDate"_s));
    out.insert(u"closedDate"_s, row.value(u"closedDate"_s));
    out.insert(u"deadline"_s, row.value(u"deadline"_s));
    out.insert(u"auditors"_s, numbers(row.value(u"auditors"_s)));
    out.insert(u"accomplices"_s, numbers(row.value(u"accomplices"_s)));
    out.insert(u"responsible"_s, userRelation(data, row.value(u"responsibleId"_s).toInt()));
    out.insert(u"creator"_s, userRelation(data, row.value(u"createdBy"_s).toInt()));
    return out;
}

void ApiV3TaskMethods::registerIn(ApiV3Methods &methods, DataStore &data)
{
    DataStore *store = &data;
    const auto task = sharedEntity();
    const QStringList listParams{u"select"_s, u"filter"_s, u"order"_s, u"pagination"_s};

    methods.add(ApiV3Method(u"tasks.task.get"_s, u"task"_s, u"Get a task"_s,
                            [store](const CallContext &ctx) {
                                qint64 id = 0;
                                if (auto error = requireId(ctx, &id))
                                    return *error;
                                ApiV3Query query;
                                if (auto error = ApiV3Query::parse(entity(), ctx.params, &query))
                                    return *error;
                                const PhpValue row = store->table(u"tasks"_s).row(id);
                                if (row.isNull())
                                    return ApiV3Errors::notFound(u"Task %1"_s.arg(id));
                                return MethodResult::success(
                                    wrap(u"item"_s, query.project(item(row, *store))));
                            })
                    .takes({u"id"_s, u"select"_s}, {u"id"_s})
                    .answers(task, u"item"_s));

    methods.add(ApiV3Method(u"tasks.task.list"_s, u"task"_s, u"List tasks"_s,
                            [store](const CallContext &ctx) {
                                ApiV3Query query;
                                if (auto error = ApiV3Query::parse(entity(), ctx.params, &query))
                                    return *error;
                                EntityTable &table = store->table(u"tasks"_s);
                                std::vector<PhpValue> items;
                                items.reserve(size_t(table.size()));
                                for (const qint64 id : table.ids())
                                    items.push_back(item(table.row(id), *store));
                                return MethodResult::success(wrap(u"items"_s, query.run(std::move(items))));
                            })
                    .takes(listParams)
                    .answers(task, u"items"_s));

    methods.add(ApiV3Method(u"tasks.task.add"_s, u"task"_s, u"Create a task"_s,
                            [store](const CallContext &ctx) {
                                PhpValue fields;
                                if (auto error = classicFields(ctx, *store, true, &fields))
                                    return *error;
                                const QString now = SampleValues::dateTime(ctx.nowMs);
                                PhpValue row = PhpValue::array();
                                row.insert(u"title"_s, QString());
                                row.insert(u"description"_s, QString());
                                row.insert(u"priority"_s, u"1"_s);
                                row.insert(u"status"_s, u"2"_s);
                                row.insert(u"subStatus"_s, u"2"_s);
                                row.insert(u"groupId"_s, u"0"_s);
                                row.insert(u"createdBy"_s, u"1"_s);
                                row.insert(u"createdDate"_s, now);
                                row.insert(u"responsibleId"_s, u"1"_s);
                                row.insert(u"changedDate"_s, now);
                                row.insert(u"closedDate"_s, PhpValue());
                                row.insert(u"deadline"_s, PhpValue());
                                row.insert(u"mark"_s, u""_s);
                                row.insert(u"auditors"_s, PhpValue::array());
                                row.insert(u"accomplices"_s, PhpValue::array());
                                row.insert(u"responsible"_s, classicBrief(*store, 1));
                                row.insert(u"creator"_s, classicBrief(*store, 1));
                                for (const auto &e : fields.entries())
                                    row.insert(e.key, e.value);
                                EntityTable &table = store->table(u"tasks"_s);
                                const qint64 id = table.add(row);
                                ApiV3Query all;
                                PhpValue select = PhpValue::array();
                                for (const ApiV3Field &f : entity().fields)
                                    select.append(f.name);
                                ApiV3Query::parse(entity(), wrap(u"select"_s, select), &all);
                                return MethodResult::success(
                                    wrap(u"item"_s, all.project(item(table.row(id), *store))));
                            })
                    .writes()
                    .takes({u"fields"_s}, {u"fields"_s})
                    .answers(task, u"item"_s));

    methods.add(ApiV3Method(u"tasks.task.update"_s, u"task"_s, u"Change a task"_s,
                            [store](const CallContext &ctx) {
                                qint64 id = 0;
                                if (auto error = requireId(ctx, &id))
                                    return *error;
                                PhpValue fields;
                                if (auto error = classicFields(ctx, *store, false, &fields))
                                    return *error;
                                fields.insert(u"changedDate"_s, SampleValues::dateTime(ctx.nowMs));
                                if (!store->table(u"tasks"_s).update(id, fields))
                                    return ApiV3Errors::notFound(u"Task %1"_s.arg(id));
                                return MethodResult::success(wrap(u"result"_s, true));
                            })
                    .writes()
                    .takes({u"id"_s, u"fields"_s}, {u"id"_s, u"fields"_s})
                    .answers(task, u"result"_s));

    methods.add(ApiV3Method(u"tasks.task.delete"_s, u"task"_s, u"Delete a task"_s,
                            [store](const CallContext &ctx) {
                                qint64 id = 0;
                                if (auto error = requireId(ctx, &id))
                                    return *error;
                                if (!store->table(u"tasks"_s).remove(id))
                                    return ApiV3Errors::notFound(u"Task %1"_s.arg(id));
                                return MethodResult::success(wrap(u"result"_s, true));
                            })
                    .writes()
                    .takes({u"id"_s}, {u"id"_s})
                    .answers(task, u"result"_s));

    methods.add(
        ApiV3Method(u"tasks.task.field.list"_s, u"task"_s, u"Fields of a task"_s, [](const CallContext &) {
            return MethodResult::success(entity().fieldList());
        }).answers(task, u"items"_s));
}

} // namespace b24
