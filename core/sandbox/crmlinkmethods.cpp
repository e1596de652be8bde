#include "core/sandbox/crmlinkmethods.h"

#include "core/sandbox/crmmethods.h"
#include "core/sandbox/crmschemas.h"

#include <QHash>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
MethodResult legacyError(const QString &text)
{
    return MethodResult::failure(QString(), text);
}

// One kind of link: an owner table whose rows link to rows of another table.
struct LinkKind
{
    QString prefix;      // "crm.deal.contact."
    QString ownerTable;  // "deals"
    QString targetTable; // "contacts"
    QString key;         // "CONTACT_ID": the item key and the owner row's own link field
    QString reverseKey;  // set when the link is read from the target rows instead ("COMPANY_ID")
};

using Links = QHash<qint64, PhpValue>; // owner ID -> items written over REST

PhpValue item(qint64 target, int sort, bool primary, const QString &key)
{
    PhpValue v = PhpValue::array();
    v.insert(key, PhpValue(target));
    v.insert(u"SORT"_s, PhpValue(sort));
    v.insert(u"ROLE_ID"_s, PhpValue(0));
    v.insert(u"IS_PRIMARY"_s, primary ? u"Y"_s : u"N"_s);
    return v;
}

// The links of an owner nobody wrote: its own link field, or the target rows that point at it.
PhpValue seededItems(DataStore &store, const LinkKind &kind, qint64 owner)
{
    PhpValue items = PhpValue::array();
    if (kind.reverseKey.isEmpty()) {
        const qint64 target = store.table(kind.ownerTable).row(owner).value(kind.key).toInt();
        if (target > 0)
            items.append(item(target, 10, true, kind.key));
        return items;
    }
    const EntityTable &targets = store.table(kind.targetTable);
    int sort = 10;
    for (const qint64 id : targets.ids())
        if (targets.row(id).value(kind.reverseKey).toInt() == owner) {
            items.append(item(id, sort, sort == 10, kind.key));
            sort += 10;
        }
    return items;
}

// Items as written: [{KEY, SORT?, IS_PRIMARY?}], the first primary unless another says so.
PhpValue normalisedItems(const PhpValue &given, const LinkKind &kind)
{
    PhpValue items = PhpValue::array();
    bool anyPrimary = false;
    for (const auto &e : given.entries())
        anyPrimary = anyPrimary || CrmMethods::param(e.value, u"IS_PRIMARY"_s).toString() == u"Y";
    int sort = 10;
    for (const auto &e : given.entries()) {
        const qint64 target = CrmMethods::param(e.value, kind.key).toInt();
        if (target <= 0)
            continue;
        const PhpValue s = CrmMethods::param(e.value, u"SORT"_s);
        const bool primary =
            anyPrimary ? CrmMethods::param(e.value, u"IS_PRIMARY"_s).toString() == u"Y" : items.size() == 0;
        items.append(item(target, s.isNull() ? sort : int(s.toInt()), primary, kind.key));
        sort += 10;
    }
    return items;
}

// The links of `items` except the one to `target` (by `key`), in their order.
PhpValue withoutTarget(const PhpValue &items, const QString &key, qint64 target)
{
    PhpValue list = PhpValue::array();
    for (const auto &e : items.entries())
        if (e.value.value(key).toInt() != target)
            list.append(e.value);
    return list;
}

void registerKind(MethodRegistry &registry, DataStore *store, const LinkKind &kind)
{
    auto links = std::make_shared<Links>();
    const auto current = [store, kind, links](qint64 owner) {
        const auto it = links->constFind(owner);
        return it != links->constEnd() ? it.value() : seededItems(*store, kind, owner);
    };
    // Writes keep the owner row's own field (the primary link) in step, as the portal does.
    const auto store_ = [store, kind, links](qint64 owner, const PhpValue &items) {
        links->insert(owner, items);
        if (!kind.reverseKey.isEmpty())
            return;
        PhpValue primary;
        for (const auto &e : items.entries())
            if (e.value.value(u"IS_PRIMARY"_s).toString() == u"Y")
                primary = PhpValue(e.value.value(kind.key).toString());
        PhpValue fields = PhpValue::array();
        fields.insert(kind.key, primary);
        store->table(kind.ownerTable).update(owner, fields);
    };
    // Checks the owner ID; answers the portal's error, or nothing when the owner exists.
    const auto ownerError = [store, kind](const CallContext &ctx, const QString &invalidText) {
        const qint64 id = CrmMethods::param(ctx.params, u"id"_s).toInt();
        if (id <= 0)
            return std::optional<MethodResult>(legacyError(invalidText));
        if (!store->table(kind.ownerTable).contains(id))
            return std::optional<MethodResult>(legacyError(u"Not found."_s));
        return std::optional<MethodResult>();
    };
    registry.add(kind.prefix + u"fields"_s, u"crm"_s, [kind](const CallContext &) {
        const CrmSchemas::Row rows[] = {{u"", u"crm_entity", "R", u"", "", u""},
                                        {u"SORT", u"integer", "", u"", "", u"Sort index"},
                                        {u"ROLE_ID", u"integer", "", u"", "", u"Role"},
                                        {u"IS_PRIMARY", u"char", "", u"", "", u"Primary"}};
        EntitySchema schema = CrmSchemas::build(rows);
        PhpValue map = schema.legacyDescriptors();
        PhpValue out = PhpValue::array();
        for (const auto &e : map.entries()) // the first row is the link's own key
            out.insert(e.key.isEmpty() ? kind.key : e.key, e.value);
        return MethodResult::success(out);
    });
    registry.add(kind.prefix + u"items.get"_s, u"crm"_s, [current, ownerError](const CallContext &ctx) {
        if (auto error = ownerError(ctx, u"The parameter ownerEntityID is invalid or not defined."_s))
            return *error;
        return MethodResult::success(current(CrmMethods::param(ctx.params, u"id"_s).toInt()));
    });
    registry.add(kind.prefix + u"items.set"_s, u"crm"_s, [kind, store_, ownerError](const CallContext &ctx) {
        if (auto error = ownerError(ctx, u"The parameter ownerEntityID is invalid or not defined."_s))
            return *error;
        const PhpValue items = CrmMethods::param(ctx.params, u"items"_s);
        if (!items.isArray())
            return legacyError(u"The parameter items must be array."_s);
        store_(CrmMethods::param(ctx.params, u"id"_s).toInt(), normalisedItems(items, kind));
        return MethodResult::success(PhpValue(true));
    });
    registry.add(kind.prefix + u"items.delete"_s, u"crm"_s, [store_, ownerError](const CallContext &ctx) {
        if (auto error = ownerError(ctx, u"The parameter ownerEntityID is invalid or not defined."_s))
            return *error;
        store_(CrmMethods::param(ctx.params, u"id"_s).toInt(), PhpValue::array());
        return MethodResult::success(PhpValue(true));
    });
    registry.add(
        kind.prefix + u"add"_s, u"crm"_s, [kind, current, store_, ownerError](const CallContext &ctx) {
            if (auto error = ownerError(ctx, u"The parameter 'ownerEntityID' is invalid or not defined."_s))
                return *error;
            const PhpValue fields = CrmMethods::param(ctx.params, u"fields"_s);
            if (!fields.isArray())
                return legacyError(u"The parameter 'fields' must be array."_s);
            const qint64 owner = CrmMethods::param(ctx.params, u"id"_s).toInt();
            PhpValue list =
                withoutTarget(current(owner), kind.key, CrmMethods::param(fields, kind.key).toInt());
            list.append(fields);
            store_(owner, normalisedItems(list, kind));
            return MethodResult::success(PhpValue(true));
        });
    registry.add(
        kind.prefix + u"delete"_s, u"crm"_s, [kind, current, store_, ownerError](const CallContext &ctx) {
            if (auto error = ownerError(ctx, u"The parameter 'ownerEntityID' is invalid or not defined."_s))
                return *error;
            const PhpValue fields = CrmMethods::param(ctx.params, u"fields"_s);
            if (!fields.isArray())
                return legacyError(u"The parameter 'item' must be array."_s);
            const qint64 owner = CrmMethods::param(ctx.params, u"id"_s).toInt();
            PhpValue list =
                withoutTarget(current(owner), kind.key, CrmMethods::param(fields, kind.key).toInt());
            store_(owner, normalisedItems(list, kind)); // the next one becomes primary
            return MethodResult::success(PhpValue(true));
        });
}
} // namespace

void CrmLinkMethods::registerIn(MethodRegistry &registry, DataStore &data)
{
    registerKind(registry, &data, {u"crm.deal.contact."_s, u"deals"_s, u"contacts"_s, u"CONTACT_ID"_s, {}});
    registerKind(registry, &data,
                 {u"crm.contact.company."_s, u"contacts"_s, u"companies"_s, u"COMPANY_ID"_s, {}});
    registerKind(
        registry, &data,
        {u"crm.company.contact."_s, u"companies"_s, u"contacts"_s, u"CONTACT_ID"_s, u"COMPANY_ID"_s});
}

} // namespace b24
