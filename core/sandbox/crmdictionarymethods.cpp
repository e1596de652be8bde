#include "core/sandbox/crmdictionarymethods.h"

#include "core/sandbox/crmdictionaries.h"
#include "core/sandbox/crmgenerator.h"
#include "core/sandbox/crmmethods.h"
#include "core/sandbox/listquery.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
MethodResult legacyError(const QString &text)
{
    return MethodResult::failure(QString(), text); // legacy CRM answers an empty code
}

PhpValue param(const CallContext &ctx, const QString &name)
{
    return CrmMethods::param(ctx.params, name);
}

qint64 idParam(const CallContext &ctx)
{
    const PhpValue id = param(ctx, u"id"_s);
    return id.isScalar() ? id.toInt() : 0;
}

// Every matching row in order: dictionaries answer whole, without pages.
PhpValue allRows(const EntityTable &table, const PhpValue &filter, const PhpValue &order)
{
    const ListQuery query(table, filter.isArray() ? filter : PhpValue::array(), order);
    PhpValue rows = PhpValue::array();
    for (qint64 start = 0;;) {
        ListQuery::Page page = query.page(start);
        for (auto &row : page.rows)
            rows.append(std::move(row));
        if (!page.next)
            return rows;
        start = *page.next;
    }
}

MethodResult listResult(const PhpValue &rows)
{
    MethodResult r = MethodResult::success(rows);
    r.total = rows.size();
    return r;
}

PhpValue wrap(const QString &key, const PhpValue &value)
{
    PhpValue w = PhpValue::array();
    w.insert(key, value);
    return w;
}

bool knownStatusEntity(const DataStore &store, const QString &entity)
{
    const PhpValue types = CrmDictionaries::entityTypes();
    for (const auto &e : types.entries())
        if (e.value.value(u"ID"_s).toString() == entity)
            return true;
    const QString prefix = u"DEAL_STAGE_"_s;
    return entity.startsWith(prefix) &&
           const_cast<DataStore &>(store).table(u"categories"_s).contains(entity.mid(prefix.size()).toInt());
}

// crm.status.* -----------------------------------------------------------------------------------
void registerStatuses(MethodRegistry &registry, DataStore *store)
{
    registry.add(u"crm.status.fields"_s, u"crm"_s, [](const CallContext &) {
        return MethodResult::success(CrmDictionaries::statusSchema().legacyDescriptors());
    });
    registry.add(u"crm.status.list"_s, u"crm"_s, [store](const CallContext &ctx) {
        PhpValue order = param(ctx, u"order"_s);
        if (!order.isArray() || order.size() == 0)
            order = wrap(u"SORT"_s, u"ASC"_s);
        return listResult(allRows(store->table(u"statuses"_s), param(ctx, u"filter"_s), order));
    });
    registry.add(u"crm.status.entity.types"_s, u"crm"_s,
                 [](const CallContext &) { return MethodResult::success(CrmDictionaries::entityTypes()); });
    registry.add(u"crm.status.entity.items"_s, u"crm"_s, [store](const CallContext &ctx) {
        const QString entity = param(ctx, u"entityId"_s).toString();
        if (entity.isEmpty() || !knownStatusEntity(*store, entity))
            return legacyError(u"The parameter entityId is not defined or invalid."_s);
        const PhpValue rows =
            allRows(store->table(u"statuses"_s), wrap(u"ENTITY_ID"_s, entity), wrap(u"SORT"_s, u"ASC"_s));
        PhpValue items = PhpValue::array();
        for (const auto &e : rows.entries()) {
            PhpValue item = PhpValue::array();
            item.insert(u"NAME"_s, e.value.value(u"NAME"_s));
            item.insert(u"SORT"_s, PhpValue(e.value.value(u"SORT"_s).toInt()));
            item.insert(u"STATUS_ID"_s, e.value.value(u"STATUS_ID"_s));
            items.append(item);
        }
        return MethodResult::success(items);
    });
    registry.add(u"crm.status.get"_s, u"crm"_s, [store](const CallContext &ctx) {
        PhpValue row = store->table(u"statuses"_s).row(idParam(ctx));
        if (row.isNull())
            return legacyError(u"Status is not found."_s);
        row.remove(u"EXTRA"_s); // get answers without it (crm.status.get.response.json)
        return MethodResult::success(row);
    });
    registry.add(u"crm.status.add"_s, u"crm"_s, [store](const CallContext &ctx) {
        const PhpValue fields = param(ctx, u"fields"_s);
        if (!fields.isArray() || fields.size() == 0)
            return legacyError(u"Parameter 'fields' must be array."_s);
        const QString entity = CrmMethods::param(fields, u"ENTITY_ID"_s).toString();
        const QString statusId = CrmMethods::param(fields, u"STATUS_ID"_s).toString();
        QStringList missing;
        if (entity.isEmpty())
            missing << u"The field ENTITY_ID is required."_s;
        if (statusId.isEmpty())
            missing << u"The field STATUS_ID is required."_s;
        if (!missing.isEmpty())
            return legacyError(missing.join(u'\n'));
        if (!knownStatusEntity(*store, entity))
            return legacyError(u"Specified entity type is not supported."_s);
        const QString name = CrmMethods::param(fields, u"NAME"_s).toString();
        if (name.isEmpty())
            return legacyError(u"The field Title is required."_s);
        EntityTable &statuses = store->table(u"statuses"_s);
        PhpValue same = PhpValue::array();
        same.insert(u"ENTITY_ID"_s, entity);
        same.insert(u"STATUS_ID"_s, statusId);
        if (allRows(statuses, same, PhpValue()).size() > 0)
            return MethodResult::failure(u"ERROR_CORE"_s, u"The specified status ID already exists."_s);
        const PhpValue sort = CrmMethods::param(fields, u"SORT"_s);
        const QString category = entity.startsWith(u"DEAL_STAGE_"_s) ? entity.mid(11) : QString();
        const PhpValue row =
            CrmDictionaries::statusRow(entity, statusId, name, sort.isNull() ? 10 : int(sort.toInt()),
                                       CrmMethods::param(fields, u"SEMANTICS"_s).toString(),
                                       CrmMethods::param(fields, u"COLOR"_s).toString(),
                                       category.isEmpty() ? PhpValue() : PhpValue(category));
        PhpValue stored = row;
        stored.insert(u"SYSTEM"_s, u"N"_s); // statuses added over REST are never system ones
        return MethodResult::success(PhpValue(statuses.add(stored)));
    });
    registry.add(u"crm.status.update"_s, u"crm"_s, [store](const CallContext &ctx) {
        const qint64 id = idParam(ctx);
        if (id <= 0)
            return legacyError(u"Invalid identifier."_s);
        const PhpValue fields = param(ctx, u"fields"_s);
        if (!fields.isArray())
            return legacyError(u"Parameter 'fields' must be array."_s);
        PhpValue changes = PhpValue::array();
        for (const QString &key : {u"NAME"_s, u"SORT"_s, u"COLOR"_s})
            if (const PhpValue *v = fields.findCaseInsensitive(key))
                changes.insert(key, PhpValue(v->toString()));
        return store->table(u"statuses"_s).update(id, changes) ? MethodResult::success(PhpValue(true))
                                                               : legacyError(u"Status is not found."_s);
    });
    registry.add(u"crm.status.delete"_s, u"crm"_s, [store](const CallContext &ctx) {
        const qint64 id = idParam(ctx);
        if (id <= 0)
            return legacyError(u"Invalid identifier."_s);
        EntityTable &statuses = store->table(u"statuses"_s);
        const PhpValue row = statuses.row(id);
        if (row.isNull())
            return legacyError(u"Status is not found."_s);
        const PhpValue params = param(ctx, u"params"_s);
        const bool forced = params.isArray() && CrmMethods::param(params, u"FORCED"_s).toString() == u"Y";
        if (row.value(u"SYSTEM"_s).toString() == u"Y" && !forced)
            return legacyError(
                u"CRM System Status can be deleted only if parameter FORCED is specified and equal to \"Y\"."_s);
        statuses.remove(id);
        return MethodResult::success(PhpValue(true));
    });
}

// crm.category.* (D7) --------------------------------------------------------------------------
MethodResult categoryTypeError(qint64 entityTypeId)
{
    if (entityTypeId >= 1 && entityTypeId <= 4)
        return MethodResult::failure(u"ENTITY_TYPE_NOT_SUPPORTED"_s,
                                     u"Entity type `"_s + DataStore::entityForTypeId(int(entityTypeId)) +
                                         u"` is not supported"_s);
    return MethodResult::failure(u"NOT_FOUND"_s, u"SPA not found"_s);
}

void registerCategories(MethodRegistry &registry, DataStore *store)
{
    const auto entityTypeId = [](const CallContext &ctx) { return param(ctx, u"entityTypeId"_s).toInt(); };
    const auto category = [store](qint64 id) {
        // Pipeline 0 (the default one) is the first stored row.
        PhpValue row = store->table(u"categories"_s).row(id);
        if (row.isNull())
            return row;
        row = CrmDictionaries::categorySchema().toD7(row);
        row.insert(u"id"_s, PhpValue(id - 1));
        return row;
    };
    const auto notFound = [] { return MethodResult::failure(u"NOT_FOUND"_s, u"Element not found"_s); };
    registry.add(u"crm.category.fields"_s, u"crm"_s, [entityTypeId](const CallContext &ctx) {
        if (entityTypeId(ctx) != 2)
            return categoryTypeError(entityTypeId(ctx));
        return MethodResult::success(wrap(u"fields"_s, CrmDictionaries::categorySchema().d7Descriptors()));
    });
    registry.add(u"crm.category.list"_s, u"crm"_s, [store, entityTypeId, category](const CallContext &ctx) {
        PhpValue categories = PhpValue::array();
        if (entityTypeId(ctx) == 2)
            for (const qint64 id : store->table(u"categories"_s).ids())
                categories.append(category(id));
        MethodResult r = MethodResult::success(wrap(u"categories"_s, categories));
        r.total = categories.size();
        return r;
    });
    registry.add(u"crm.category.get"_s, u"crm"_s, [entityTypeId, category, notFound](const CallContext &ctx) {
        if (entityTypeId(ctx) != 2)
            return categoryTypeError(entityTypeId(ctx));
        const PhpValue row = category(idParam(ctx) < 0 ? 0 : idParam(ctx) + 1);
        return row.isNull() ? notFound() : MethodResult::success(wrap(u"category"_s, row));
    });
    registry.add(u"crm.category.add"_s, u"crm"_s, [store, entityTypeId, category](const CallContext &ctx) {
        if (entityTypeId(ctx) != 2)
            return categoryTypeError(entityTypeId(ctx));
        const PhpValue fields = CrmDictionaries::categorySchema().fromD7(param(ctx, u"fields"_s));
        if (CrmMethods::param(fields, u"NAME"_s).toString().isEmpty())
            return MethodResult::failure(u"0"_s, u"Field 'NAME' is required"_s);
        PhpValue row = PhpValue::array();
        row.insert(u"NAME"_s, CrmMethods::param(fields, u"NAME"_s));
        const PhpValue sort = CrmMethods::param(fields, u"SORT"_s);
        row.insert(u"SORT"_s, sort.isNull() ? u"500"_s : sort.toString());
        row.insert(u"ENTITY_TYPE_ID"_s, u"2"_s);
        row.insert(u"IS_DEFAULT"_s, u"N"_s);
        row.insert(u"ORIGIN_ID"_s, CrmMethods::param(fields, u"ORIGIN_ID"_s).toString());
        row.insert(u"ORIGINATOR_ID"_s, CrmMethods::param(fields, u"ORIGINATOR_ID"_s).toString());
        const qint64 stored = store->table(u"categories"_s).add(row);
        // A new pipeline comes with its stages, like the portal's (DEAL_STAGE_{id}).
        const qint64 id = stored - 1;
        const QStringList stages = CrmGenerator::dealStages(int(id));
        for (int i = 0; i < stages.size(); ++i)
            store->table(u"statuses"_s)
                .add(CrmDictionaries::statusRow(u"DEAL_STAGE_"_s + QString::number(id), stages[i],
                                                stages[i].section(u':', 1), (i + 1) * 10,
                                                i == 5   ? u"S"_s
                                                : i == 6 ? u"F"_s
                                                         : QString(),
                                                u"#39A8EF"_s, PhpValue(QString::number(id))));
        return MethodResult::success(wrap(u"category"_s, category(stored)));
    });
    registry.add(u"crm.category.update"_s, u"crm"_s,
                 [store, entityTypeId, category, notFound](const CallContext &ctx) {
                     if (entityTypeId(ctx) != 2)
                         return categoryTypeError(entityTypeId(ctx));
                     PhpValue changes = PhpValue::array();
                     const PhpValue fields =
                         CrmDictionaries::categorySchema().fromD7(param(ctx, u"fields"_s));
                     for (const QString &key : {u"NAME"_s, u"SORT"_s})
                         if (const PhpValue *v = fields.findCaseInsensitive(key))
                             changes.insert(key, PhpValue(v->toString()));
                     const qint64 stored = idParam(ctx) + 1;
                     if (idParam(ctx) < 0 || !store->table(u"categories"_s).update(stored, changes))
                         return notFound();
                     return MethodResult::success(wrap(u"category"_s, category(stored)));
                 });
    registry.add(u"crm.category.delete"_s, u"crm"_s, [store, entityTypeId, notFound](const CallContext &ctx) {
        if (entityTypeId(ctx) != 2)
            return categoryTypeError(entityTypeId(ctx));
        if (idParam(ctx) <= 0 || !store->table(u"categories"_s).remove(idParam(ctx) + 1))
            return notFound();
        return MethodResult::success(PhpValue());
    });
}

void registerReferences(MethodRegistry &registry, DataStore *store)
{
    registry.add(u"crm.currency.list"_s, u"crm"_s, [](const CallContext &ctx) {
        const PhpValue all = CrmDictionaries::currencies();
        PhpValue order = param(ctx, u"order"_s);
        std::vector<PhpValue> rows;
        for (const auto &e : all.entries())
            rows.push_back(e.value);
        ListQuery::sort(rows, order.isArray() ? order : wrap(u"SORT"_s, u"ASC"_s));
        PhpValue list = PhpValue::array();
        for (auto &row : rows)
            list.append(std::move(row));
        MethodResult r = MethodResult::success(list);
        r.total = 0; // as published (crm.currency.list.response.json)
        return r;
    });
    registry.add(u"crm.currency.get"_s, u"crm"_s, [](const CallContext &ctx) {
        const QString code = param(ctx, u"id"_s).toString();
        const PhpValue currencies = CrmDictionaries::currencies();
        for (const auto &e : currencies.entries())
            if (e.value.value(u"CURRENCY"_s).toString().compare(code, Qt::CaseInsensitive) == 0)
                return MethodResult::success(e.value);
        return legacyError(u"Not found"_s);
    });
    registry.add(u"crm.multifield.fields"_s, u"crm"_s, [](const CallContext &) {
        return MethodResult::success(CrmDictionaries::multiFieldSchema().legacyDescriptors());
    });
    registry.add(u"crm.userfield.types"_s, u"crm"_s,
                 [](const CallContext &) { return listResult(CrmDictionaries::userFieldTypes()); });
    // The sandbox has no smart processes: the list is empty, as on a fresh portal.
    registry.add(u"crm.type.list"_s, u"crm"_s, [](const CallContext &) {
        MethodResult r = MethodResult::success(wrap(u"types"_s, PhpValue::array()));
        r.total = 0;
        return r;
    });
    registry.add(u"crm.stagehistory.list"_s, u"crm"_s, [store](const CallContext &ctx) {
        const qint64 type = param(ctx, u"entityTypeId"_s).toInt();
        if (type != 1 && type != 2)
            return MethodResult::failure(u"ERROR_ARGUMENT"_s, u"entityTypeId is not supported"_s);
        // Each row's creation is its one history entry: the stage it stands in now.
        const QString table = DataStore::entityForTypeId(int(type));
        const ListQuery query(store->table(table), PhpValue::array(), PhpValue());
        ListQuery::Page page = query.page(ctx.start);
        PhpValue items = PhpValue::array();
        for (const auto &row : page.rows) {
            PhpValue item = PhpValue::array();
            item.insert(u"ID"_s, row.value(u"ID"_s).toInt());
            item.insert(u"TYPE_ID"_s, 1);
            item.insert(u"OWNER_ID"_s, row.value(u"ID"_s).toInt());
            item.insert(u"CREATED_TIME"_s, row.value(u"DATE_CREATE"_s));
            if (type == 2) {
                item.insert(u"CATEGORY_ID"_s, row.value(u"CATEGORY_ID"_s).toInt());
                item.insert(u"STAGE_SEMANTIC_ID"_s, row.value(u"STAGE_SEMANTIC_ID"_s));
                item.insert(u"STAGE_ID"_s, row.value(u"STAGE_ID"_s));
            } else {
                item.insert(u"STATUS_SEMANTIC_ID"_s, row.value(u"STATUS_SEMANTIC_ID"_s));
                item.insert(u"STATUS_ID"_s, row.value(u"STATUS_ID"_s));
            }
            items.append(item);
        }
        MethodResult r = MethodResult::success(wrap(u"items"_s, items));
        r.next = page.next;
        r.total = page.total;
        return r;
    });
}
} // namespace

void CrmDictionaryMethods::registerIn(MethodRegistry &registry, DataStore &data)
{
    registerStatuses(registry, &data);
    registerCategories(registry, &data);
    registerReferences(registry, &data);
}

} // namespace b24
