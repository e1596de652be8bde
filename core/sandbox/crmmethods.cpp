#include "core/sandbox/crmmethods.h"

#include "core/sandbox/listquery.h"
#include "core/sandbox/rowselector.h"
#include "core/sandbox/samplevalues.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
MethodResult legacyError(const QString &text)
{
    return MethodResult::failure(QString(), text); // legacy CRM answers an empty code
}

qint64 validId(const PhpValue &params)
{
    const PhpValue id = CrmMethods::param(params, u"id"_s);
    return id.isScalar() ? id.toInt() : 0;
}

PhpValue writable(const PhpValue &fields)
{
    // Form transport gives strings already; JSON numbers become legacy numeric strings.
    PhpValue out = PhpValue::array();
    for (const auto &e : fields.entries())
        out.insert(e.key.toUpper(), e.value.isScalar() ? PhpValue(e.value.toString()) : e.value);
    return out;
}
} // namespace

PhpValue CrmMethods::param(const PhpValue &params, const QString &name)
{
    const PhpValue *v = params.findCaseInsensitive(name);
    return v ? *v : PhpValue();
}

PhpValue CrmMethods::newRow(const EntitySchema &schema, const PhpValue &fields, qint64 nowMs, int userId)
{
    PhpValue row = PhpValue::array();
    const QString now = SampleValues::dateTime(nowMs);
    for (const auto &f : schema.fields()) {
        PhpValue v;
        if (const PhpValue *given = fields.findCaseInsensitive(f.upper))
            v = *given;
        else if (f.upper == u"DATE_CREATE" || f.upper == u"DATE_MODIFY")
            v = now;
        else if (f.type == u"user")
            v = QString::number(userId);
        else if (f.type == u"char")
            v = f.upper == u"OPENED" ? u"Y"_s : u"N"_s;
        else if (EntitySchema::isMultiField(f))
            v = PhpValue::array();
        row.insert(f.upper, v);
    }
    if (row.value(u"CATEGORY_ID"_s).isNull() && schema.field(u"CATEGORY_ID"_s))
        row.insert(u"CATEGORY_ID"_s, u"0"_s);
    if (row.value(u"STAGE_ID"_s).isNull() && schema.field(u"STAGE_ID"_s))
        row.insert(u"STAGE_ID"_s, u"NEW"_s);
    return row;
}

void CrmMethods::registerIn(MethodRegistry &registry, DataStore &data)
{
    const QList<QPair<QString, QString>> entities{{u"deal"_s, u"deals"_s},
                                                  {u"contact"_s, u"contacts"_s},
                                                  {u"lead"_s, u"leads"_s},
                                                  {u"company"_s, u"companies"_s}};
    for (const auto &[entity, tableName] : entities) {
        const QString prefix = u"crm."_s + entity + u'.';
        const QString table = tableName;
        DataStore *store = &data;
        registry.add(prefix + u"fields"_s, u"crm"_s, [store, table](const CallContext &) {
            return MethodResult::success(store->schema(table).legacyDescriptors());
        });
        registry.add(prefix + u"list"_s, u"crm"_s, [store, table](const CallContext &ctx) {
            const PhpValue filter = param(ctx.params, u"filter"_s);
            if (!filter.isNull() && !filter.isArray())
                return legacyError(u"Parameter 'filter' must be array."_s);
            const ListQuery query(store->table(table), filter, param(ctx.params, u"order"_s));
            ListQuery::Page page = query.page(ctx.start);
            const RowSelector selector(param(ctx.params, u"select"_s), &store->schema(table), true);
            PhpValue rows = PhpValue::array();
            rows.reserve(int(page.rows.size()));
            for (auto &row : page.rows)
                rows.append(selector.apply(std::move(row)));
            MethodResult r = MethodResult::success(rows);
            r.next = page.next;
            r.total = page.total; // 0 with start=-1, as the legacy methods report
            return r;
        });
        registry.add(prefix + u"get"_s, u"crm"_s, [store, table](const CallContext &ctx) {
            const qint64 id = validId(ctx.params);
            if (id <= 0)
                return legacyError(u"ID is not defined or invalid."_s);
            const PhpValue row = store->table(table).row(id);
            return row.isNull() ? legacyError(u"Not found"_s) : MethodResult::success(row);
        });
        registry.add(prefix + u"add"_s, u"crm"_s, [store, table](const CallContext &ctx) {
            const PhpValue fields = param(ctx.params, u"fields"_s);
            if (!fields.isArray() || fields.size() == 0)
                return legacyError(u"Parameter 'fields' must be array."_s);
            const PhpValue row = newRow(store->schema(table), writable(fields), ctx.nowMs, 1);
            return MethodResult::success(PhpValue(store->table(table).add(row)));
        });
        registry.add(prefix + u"update"_s, u"crm"_s, [store, table](const CallContext &ctx) {
            const qint64 id = validId(ctx.params);
            if (id <= 0)
                return legacyError(u"ID is not defined or invalid."_s);
            PhpValue fields = writable(param(ctx.params, u"fields"_s));
            fields.insert(u"DATE_MODIFY"_s, SampleValues::dateTime(ctx.nowMs));
            return store->table(table).update(id, fields) ? MethodResult::success(PhpValue(true))
                                                          : legacyError(u"Not found"_s);
        });
        registry.add(prefix + u"delete"_s, u"crm"_s, [store, table](const CallContext &ctx) {
            const qint64 id = validId(ctx.params);
            if (id <= 0)
                return legacyError(u"ID is not defined or invalid."_s);
            return store->table(table).remove(id) ? MethodResult::success(PhpValue(true))
                                                  : legacyError(u"Not found"_s);
        });
    }
}

} // namespace b24
