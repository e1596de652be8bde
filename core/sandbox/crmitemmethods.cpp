#include "core/sandbox/crmitemmethods.h"

#include "core/sandbox/crmmethods.h"
#include "core/sandbox/listquery.h"
#include "core/sandbox/rowselector.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
MethodResult notFound()
{
    return MethodResult::failure(u"NOT_FOUND"_s, u"Элемент не найден"_s);
}

MethodResult wrongType()
{
    return MethodResult::failure(u"NOT_FOUND"_s, u"Smart process not found"_s);
}

PhpValue wrap(const QString &key, const PhpValue &value)
{
    PhpValue w = PhpValue::array();
    w.insert(key, value);
    return w;
}
} // namespace

void CrmItemMethods::registerIn(MethodRegistry &registry, DataStore &data)
{
    DataStore *store = &data;
    const auto tableOf = [](const CallContext &ctx) {
        return DataStore::entityForTypeId(int(ctx.params.value(u"entityTypeId"_s).toInt()));
    };

    registry.add(u"crm.item.fields"_s, u"crm"_s, [store, tableOf](const CallContext &ctx) {
        const QString table = tableOf(ctx);
        if (table.isEmpty())
            return wrongType();
        return MethodResult::success(wrap(u"fields"_s, store->schema(table).d7Descriptors()));
    });
    registry.add(u"crm.item.list"_s, u"crm"_s, [store, tableOf](const CallContext &ctx) {
        const QString table = tableOf(ctx);
        if (table.isEmpty())
            return wrongType();
        const EntitySchema &schema = store->schema(table);
        const PhpValue filter = ctx.params.value(u"filter"_s);
        // Unknown filter fields are refused, like the real controller.
        for (const auto &e : filter.entries()) {
            QString name;
            ListQuery::splitKey(e.key, name);
            bool group = false;
            e.key.toInt(&group);
            if (!group && !schema.fieldByCamel(name) && !schema.field(name))
                return MethodResult::failure(u"INVALID_ARG_VALUE"_s, u"Invalid filter: field '"_s + name +
                                                                         u"' is not allowed in filter"_s);
        }
        const ListQuery query(store->table(table), filter, ctx.params.value(u"order"_s));
        const ListQuery::Page page = query.page(ctx.start);
        const RowSelector selector(ctx.params.value(u"select"_s), &schema, false);
        PhpValue items = PhpValue::array();
        for (const auto &row : page.rows) {
            PhpValue item = schema.toD7(selector.apply(row));
            if (!selector.selectsAll())
                item.remove(u"fm"_s); // multi-fields come only with select ["*"]
            items.append(item);
        }
        MethodResult r = MethodResult::success(wrap(u"items"_s, items));
        r.next = page.next;
        if (ctx.start >= 0)
            r.total = page.total; // D7 omits total with start=-1
        return r;
    });
    registry.add(u"crm.item.get"_s, u"crm"_s, [store, tableOf](const CallContext &ctx) {
        const QString table = tableOf(ctx);
        if (table.isEmpty())
            return wrongType();
        const PhpValue row = store->table(table).row(ctx.params.value(u"id"_s).toInt());
        if (row.isNull())
            return notFound();
        return MethodResult::success(wrap(u"item"_s, store->schema(table).toD7(row)));
    });
    registry.add(u"crm.item.add"_s, u"crm"_s, [store, tableOf](const CallContext &ctx) {
        const QString table = tableOf(ctx);
        if (table.isEmpty())
            return wrongType();
        const EntitySchema &schema = store->schema(table);
        const PhpValue fields = schema.fromD7(ctx.params.value(u"fields"_s));
        const qint64 id = store->table(table).add(CrmMethods::newRow(schema, fields, ctx.nowMs, 1));
        return MethodResult::success(wrap(u"item"_s, schema.toD7(store->table(table).row(id))));
    });
    registry.add(u"crm.item.update"_s, u"crm"_s, [store, tableOf](const CallContext &ctx) {
        const QString table = tableOf(ctx);
        if (table.isEmpty())
            return wrongType();
        const EntitySchema &schema = store->schema(table);
        const qint64 id = ctx.params.value(u"id"_s).toInt();
        if (!store->table(table).update(id, schema.fromD7(ctx.params.value(u"fields"_s))))
            return notFound();
        return MethodResult::success(wrap(u"item"_s, schema.toD7(store->table(table).row(id))));
    });
    registry.add(u"crm.item.delete"_s, u"crm"_s, [store, tableOf](const CallContext &ctx) {
        const QString table = tableOf(ctx);
        if (table.isEmpty())
            return wrongType();
        if (!store->table(table).remove(ctx.params.value(u"id"_s).toInt()))
            return notFound();
        return MethodResult::success(PhpValue::array());
    });
}

} // namespace b24
