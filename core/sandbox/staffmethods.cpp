#include "core/sandbox/staffmethods.h"

#include "core/sandbox/listquery.h"
#include "core/sandbox/samplevalues.h"
#include "core/sandbox/userfields.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
MethodResult coreError(const QString &text)
{
    return MethodResult::failure(u"ERROR_CORE"_s, text);
}

MethodResult page(const EntityTable &table, const PhpValue &filter, const PhpValue &order, qint64 start)
{
    const ListQuery::Page page = ListQuery(table, filter, order).page(start);
    PhpValue rows = PhpValue::array();
    for (const auto &row : page.rows)
        rows.append(row);
    MethodResult r = MethodResult::success(rows);
    r.next = page.next;
    r.total = page.total;
    return r;
}

// user.get/user.search: filter keys may be top-level ({"UF_DEPARTMENT": 1}) or under FILTER;
// SORT names the field and ORDER its direction.
void userQuery(const PhpValue &params, PhpValue &filter, PhpValue &order)
{
    filter = PhpValue::array();
    for (const auto &e : params.entries()) {
        const QString key = e.key.toUpper();
        if (key == u"FILTER" && e.value.isArray()) {
            for (const auto &f : e.value.entries())
                filter.insert(f.key, f.value);
        } else if (key != u"SORT" && key != u"ORDER" && key != u"ADMIN_MODE" && key != u"SELECT") {
            filter.insert(e.key, e.value);
        }
    }
    order = PhpValue::array();
    const PhpValue *sort = params.findCaseInsensitive(u"sort"_s);
    if (sort && sort->isScalar()) {
        const PhpValue *dir = params.findCaseInsensitive(u"order"_s);
        order.insert(sort->toString(), dir ? dir->toString() : u"ASC"_s);
    }
}

// FIND searches the name, last name, e-mail and position at once (user.search).
PhpValue findFilter(const QString &text)
{
    PhpValue any = PhpValue::array();
    any.insert(u"logic"_s, u"OR"_s);
    int i = 0;
    for (const QString &field : {u"NAME"_s, u"LAST_NAME"_s, u"EMAIL"_s, u"WORK_POSITION"_s}) {
        PhpValue one = PhpValue::array();
        one.insert(u"%"_s + field, text);
        any.insert(QString::number(i++), one);
    }
    PhpValue filter = PhpValue::array();
    filter.insert(u"0"_s, any);
    return filter;
}

// Only the fields user.fields names are written; the rest of a request is ignored, as there.
PhpValue userFields(const PhpValue &params)
{
    PhpValue fields = PhpValue::array();
    for (const auto &e : params.entries())
        if (UserFields::known(e.key) && e.key.toUpper() != u"ID")
            fields.insert(e.key.toUpper(), e.value);
    return fields;
}

void registerUsers(MethodRegistry &registry, DataStore *store, const PortalOptions *o)
{
    registry.add(u"user.current"_s, u"user"_s, [store, o](const CallContext &) {
        return MethodResult::success(store->table(u"users"_s).row(o->userId));
    });
    registry.add(u"user.get"_s, u"user"_s, [store](const CallContext &ctx) {
        PhpValue filter, order;
        userQuery(ctx.params, filter, order);
        return page(store->table(u"users"_s), filter, order, ctx.start);
    });
    registry.add(u"user.search"_s, u"user"_s, [store](const CallContext &ctx) {
        PhpValue filter, order;
        userQuery(ctx.params, filter, order);
        if (const PhpValue *find = filter.findCaseInsensitive(u"FIND"_s))
            filter = findFilter(find->toString());
        return page(store->table(u"users"_s), filter, order, ctx.start);
    });
    registry.add(u"user.fields"_s, u"user"_s,
                 [](const CallContext &) { return MethodResult::success(UserFields::descriptors()); });
    registry.add(u"user.add"_s, u"user"_s, [store](const CallContext &ctx) {
        const QString email = ctx.params.value(u"EMAIL"_s).toString();
        static const QRegularExpression valid(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (!valid.match(email).hasMatch()) {
            MethodResult r = MethodResult::failure(u"ERROR_ARGUMENT"_s, u"wrong_email"_s);
            r.extra = PhpValue::array();
            r.extra.insert(u"argument"_s, u""_s);
            return r;
        }
        EntityTable &users = store->table(u"users"_s);
        PhpValue same = PhpValue::array();
        same.insert(u"EMAIL"_s, email);
        if (ListQuery(users, same, PhpValue()).page(0).total > 0)
            return MethodResult::failure(u"ERROR_ARGUMENT"_s, u"A user with this email already exists"_s);
        PhpValue row = PhpValue::array();
        const PhpValue fields = UserFields::descriptors();
        for (const auto &e : fields.entries())
            row.insert(e.key, u""_s);
        row.insert(u"ACTIVE"_s, true);
        row.insert(u"USER_TYPE"_s, u"employee"_s);
        row.insert(u"DATE_REGISTER"_s, SampleValues::utcDateTime(ctx.nowMs));
        row.insert(u"UF_DEPARTMENT"_s, PhpValue::list({PhpValue(1)}));
        const PhpValue given = userFields(ctx.params);
        for (const auto &e : given.entries())
            row.insert(e.key,
                       e.key == u"UF_DEPARTMENT" && !e.value.isArray() ? PhpValue::list({e.value}) : e.value);
        row.remove(u"ID"_s);
        return MethodResult::success(PhpValue(users.add(row)));
    });
    registry.add(u"user.update"_s, u"user"_s, [store](const CallContext &ctx) {
        const qint64 id = ctx.params.value(u"ID"_s).toInt();
        if (id <= 0 || !store->table(u"users"_s).update(id, userFields(ctx.params)))
            return coreError(u"access_denied"_s);
        return MethodResult::success(PhpValue(true));
    });
    // The webhook's owner is the portal's administrator (see user.admin): every check passes.
    registry.add(u"user.access"_s, {}, [store, o](const CallContext &ctx) {
        const PhpValue *access = ctx.params.findCaseInsensitive(u"ACCESS"_s);
        if (o->userId == 1)
            return MethodResult::success(true);
        QStringList own{u"G2"_s, u"AU"_s, u"U"_s + QString::number(o->userId)};
        const PhpValue user = store->table(u"users"_s).row(o->userId);
        const PhpValue departments = user.value(u"UF_DEPARTMENT"_s);
        for (const auto &d : departments.entries())
            own << u"D"_s + d.value.toString();
        bool any = false;
        const PhpValue codes = !access             ? PhpValue::array()
                               : access->isArray() ? *access
                                                   : PhpValue::list({*access});
        for (const auto &e : codes.entries())
            any = any || own.contains(e.value.toString());
        return MethodResult::success(any);
    });
    registry.add(u"access.name"_s, {}, [store](const CallContext &ctx) {
        const PhpValue *access = ctx.params.findCaseInsensitive(u"ACCESS"_s);
        PhpValue names = PhpValue::array();
        const auto add = [&](const QString &code, const QString &provider, const QString &name,
                             const QString &id) {
            PhpValue v = PhpValue::array();
            v.insert(u"provider"_s, provider);
            v.insert(u"name"_s, name);
            v.insert(u"provider_id"_s, id);
            names.insert(code, v);
        };
        const PhpValue codes = access && access->isArray() ? *access : PhpValue::array();
        for (const auto &e : codes.entries()) {
            const QString code = e.value.toString();
            const qint64 n = code.mid(1).toLongLong();
            if (code == u"G2")
                add(code, {}, u"All visitors"_s, u"other"_s);
            else if (code == u"AU")
                add(code, {}, u"All authorized users"_s, u"other"_s);
            else if (code.startsWith(u'U') && store->table(u"users"_s).contains(n)) {
                const PhpValue user = store->table(u"users"_s).row(n);
                add(code, u"Users"_s,
                    user.value(u"NAME"_s).toString() + u' ' + user.value(u"LAST_NAME"_s).toString(),
                    u"user"_s);
            } else if (code.startsWith(u'D') && store->table(u"departments"_s).contains(n)) {
                add(code, u"Departments"_s, store->table(u"departments"_s).row(n).value(u"NAME"_s).toString(),
                    u"intranet"_s);
            }
        }
        return MethodResult::success(names);
    });
    registry.add(u"feature.get"_s, {}, [](const CallContext &ctx) {
        const PhpValue *code = ctx.params.findCaseInsensitive(u"CODE"_s);
        if (!code || code->toString().isEmpty())
            return MethodResult::failure(u"CODE_EMPTY"_s, u"CODE can't be empty"_s);
        PhpValue r = PhpValue::array();
        r.insert(u"value"_s, u"Y"_s);
        return MethodResult::success(r);
    });
}

void registerDepartments(MethodRegistry &registry, DataStore *store)
{
    registry.add(u"department.fields"_s, u"department"_s, [](const CallContext &) {
        PhpValue r = PhpValue::array();
        const QList<std::pair<QString, QString>> fields{{u"ID"_s, u"ID"_s},
                                                        {u"NAME"_s, u"Department Name"_s},
                                                        {u"SORT"_s, u"Sort Order"_s},
                                                        {u"PARENT"_s, u"Parent Department"_s},
                                                        {u"UF_HEAD"_s, u"Manager"_s}};
        for (const auto &[name, title] : fields)
            r.insert(name, title);
        return MethodResult::success(r);
    });
    registry.add(u"department.get"_s, u"department"_s, [store](const CallContext &ctx) {
        PhpValue filter = ctx.params;
        PhpValue order = PhpValue::array();
        if (const PhpValue *sort = ctx.params.findCaseInsensitive(u"sort"_s); sort && sort->isScalar()) {
            const PhpValue *dir = ctx.params.findCaseInsensitive(u"order"_s);
            order.insert(sort->toString(), dir ? dir->toString() : u"ASC"_s);
            filter.remove(u"sort"_s);
            filter.remove(u"SORT"_s);
            filter.remove(u"order"_s);
            filter.remove(u"ORDER"_s);
        }
        return page(store->table(u"departments"_s), filter, order, ctx.start);
    });
    const auto write = [](const PhpValue &params, PhpValue &row) {
        for (const QString &key : {u"NAME"_s, u"SORT"_s, u"PARENT"_s, u"UF_HEAD"_s})
            if (const PhpValue *v = params.findCaseInsensitive(key))
                row.insert(key, key == u"SORT" ? PhpValue(v->toInt()) : PhpValue(v->toString()));
    };
    registry.add(u"department.add"_s, u"department"_s, [store, write](const CallContext &ctx) {
        const PhpValue *name = ctx.params.findCaseInsensitive(u"NAME"_s);
        if (!name || name->toString().isEmpty())
            return coreError(u"Department name not provided.<br>"_s);
        const PhpValue *parent = ctx.params.findCaseInsensitive(u"PARENT"_s);
        EntityTable &departments = store->table(u"departments"_s);
        if (!parent || !departments.contains(parent->toInt()))
            return coreError(u"There can only be one top-level department in the company structure"_s);
        PhpValue row = PhpValue::array();
        row.insert(u"NAME"_s, name->toString());
        row.insert(u"SORT"_s, 500);
        write(ctx.params, row);
        return MethodResult::success(PhpValue(departments.add(row)));
    });
    registry.add(u"department.update"_s, u"department"_s, [store, write](const CallContext &ctx) {
        const PhpValue *id = ctx.params.findCaseInsensitive(u"ID"_s);
        PhpValue changes = PhpValue::array();
        write(ctx.params, changes);
        if (!id || !store->table(u"departments"_s).update(id->toInt(), changes))
            return coreError(u"Department not found"_s);
        return MethodResult::success(PhpValue(true));
    });
    registry.add(u"department.delete"_s, u"department"_s, [store](const CallContext &ctx) {
        const PhpValue *id = ctx.params.findCaseInsensitive(u"ID"_s);
        if (!id || !store->table(u"departments"_s).remove(id->toInt()))
            return coreError(u"Department not found"_s);
        return MethodResult::success(PhpValue(true));
    });
}
} // namespace

void StaffMethods::registerIn(MethodRegistry &registry, DataStore &data, const PortalOptions &options)
{
    registerUsers(registry, &data, &options);
    registerDepartments(registry, &data);
}

} // namespace b24
