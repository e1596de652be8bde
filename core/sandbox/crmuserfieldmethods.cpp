#include "core/sandbox/crmuserfieldmethods.h"

#include "core/sandbox/crmdictionaries.h"
#include "core/sandbox/crmmethods.h"
#include "core/sandbox/crmschemas.h"
#include "core/sandbox/listquery.h"

#include <QRegularExpression>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
const QString Table = u"userfields"_s;

MethodResult legacyError(const QString &text, const QString &code = {})
{
    return MethodResult::failure(code, text);
}

PhpValue param(const PhpValue &params, const QString &name)
{
    return CrmMethods::param(params, name);
}

// A label is a string or a per-language map ({"en": "...", "de": "..."}).
QString label(const PhpValue &value)
{
    if (!value.isArray())
        return value.toString();
    const PhpValue en = value.value(u"en"_s);
    return en.isNull() && value.size() > 0 ? value.entries().front().value.toString() : en.toString();
}

PhpValue yesNo(bool yes)
{
    return yes ? u"Y"_s : u"N"_s;
}

// Enumeration items as userfield.* writes them (LIST: [{VALUE, SORT, DEF, XML_ID, ID?, DEL?}]).
PhpValue mergedList(const PhpValue &current, const PhpValue &given, int &nextItemId)
{
    PhpValue list = current.isArray() ? current : PhpValue::array();
    for (const auto &e : given.entries()) {
        const PhpValue &item = e.value;
        const QString id = param(item, u"ID"_s).toString();
        PhpValue out = PhpValue::array();
        bool replaced = false;
        for (const auto &c : list.entries()) {
            if (id.isEmpty() || c.value.value(u"ID"_s).toString() != id) {
                out.append(c.value);
                continue;
            }
            replaced = true;
            if (param(item, u"DEL"_s).toString() == u"Y")
                continue;
            PhpValue changed = c.value;
            for (const QString &key : {u"VALUE"_s, u"SORT"_s, u"DEF"_s, u"XML_ID"_s})
                if (const PhpValue *v = item.findCaseInsensitive(key))
                    changed.insert(key, v->toString());
            out.append(changed);
        }
        if (!replaced && id.isEmpty() && !param(item, u"VALUE"_s).toString().isEmpty()) {
            const int newId = nextItemId++;
            PhpValue added = PhpValue::array();
            added.insert(u"ID"_s, QString::number(newId));
            added.insert(u"SORT"_s,
                         param(item, u"SORT"_s).isNull() ? u"500"_s : param(item, u"SORT"_s).toString());
            added.insert(u"VALUE"_s, param(item, u"VALUE"_s).toString());
            added.insert(u"DEF"_s, param(item, u"DEF"_s).toString() == u"Y" ? u"Y"_s : u"N"_s);
            added.insert(u"XML_ID"_s, param(item, u"XML_ID"_s).isNull()
                                          ? QString::number(newId)
                                          : param(item, u"XML_ID"_s).toString());
            out.append(added);
        }
        list = out;
    }
    return list;
}

// Applies the writable keys of `fields` to a userfield.* row.
void applyFields(PhpValue &row, const PhpValue &fields, int &nextItemId)
{
    const QString name = row.value(u"FIELD_NAME"_s).toString();
    for (const QString &key : {u"EDIT_FORM_LABEL"_s, u"LIST_COLUMN_LABEL"_s, u"LIST_FILTER_LABEL"_s})
        if (const PhpValue *v = fields.findCaseInsensitive(key))
            row.insert(key, label(*v));
    // A single LABEL sets all three, as the docs' userfield.add describes.
    if (const PhpValue *v = fields.findCaseInsensitive(u"LABEL"_s))
        for (const QString &key : {u"EDIT_FORM_LABEL"_s, u"LIST_COLUMN_LABEL"_s, u"LIST_FILTER_LABEL"_s})
            if (!fields.findCaseInsensitive(key))
                row.insert(key, label(*v));
    for (const QString &key : {u"XML_ID"_s, u"SORT"_s, u"MULTIPLE"_s, u"MANDATORY"_s, u"SHOW_FILTER"_s,
                               u"SHOW_IN_LIST"_s, u"EDIT_IN_LIST"_s, u"IS_SEARCHABLE"_s})
        if (const PhpValue *v = fields.findCaseInsensitive(key))
            row.insert(key, v->toString());
    if (const PhpValue *v = fields.findCaseInsensitive(u"SETTINGS"_s); v && v->isArray())
        row.insert(u"SETTINGS"_s, *v);
    if (const PhpValue *v = fields.findCaseInsensitive(u"LIST"_s); v && v->isArray())
        row.insert(u"LIST"_s, mergedList(row.value(u"LIST"_s), *v, nextItemId));
    for (const QString &key : {u"EDIT_FORM_LABEL"_s, u"LIST_COLUMN_LABEL"_s, u"LIST_FILTER_LABEL"_s})
        if (row.value(key).toString().isEmpty())
            row.insert(key, name);
}

struct EntityRef
{
    QString name;     // "deal"
    QString table;    // "deals"
    QString entityId; // "CRM_DEAL"
};

void registerEntity(MethodRegistry &registry, DataStore *store, const EntityRef &entity,
                    const std::shared_ptr<int> &nextItemId)
{
    const QString prefix = u"crm."_s + entity.name + u".userfield."_s;
    const auto ownRow = [store, entity](qint64 id) {
        const PhpValue row = store->table(Table).row(id);
        return row.value(u"ENTITY_ID"_s).toString() == entity.entityId ? row : PhpValue();
    };
    const auto notFound = [](qint64 id) {
        return legacyError(u"The entity with ID '"_s + QString::number(id) + u"' is not found"_s,
                           u"ERROR_NOT_FOUND"_s);
    };
    const auto validId = [](const CallContext &ctx) {
        const PhpValue id = param(ctx.params, u"id"_s);
        return id.isScalar() ? id.toInt() : 0;
    };
    registry.add(prefix + u"list"_s, u"crm"_s, [store, entity](const CallContext &ctx) {
        PhpValue filter = param(ctx.params, u"filter"_s);
        filter = filter.isArray() ? filter : PhpValue::array();
        filter.insert(u"ENTITY_ID"_s, entity.entityId);
        const ListQuery query(store->table(Table), filter, param(ctx.params, u"order"_s));
        PhpValue rows = PhpValue::array();
        for (qint64 start = 0;;) {
            ListQuery::Page page = query.page(start);
            for (auto &row : page.rows)
                rows.append(std::move(row));
            if (!page.next)
                break;
            start = *page.next;
        }
        MethodResult r = MethodResult::success(rows);
        r.total = rows.size();
        return r;
    });
    registry.add(prefix + u"get"_s, u"crm"_s, [ownRow, notFound, validId](const CallContext &ctx) {
        const qint64 id = validId(ctx);
        if (id <= 0)
            return legacyError(u"ID is not defined or invalid."_s);
        const PhpValue row = ownRow(id);
        return row.isNull() ? notFound(id) : MethodResult::success(row);
    });
    registry.add(prefix + u"add"_s, u"crm"_s, [store, entity, nextItemId](const CallContext &ctx) {
        const PhpValue fields = param(ctx.params, u"fields"_s);
        if (!fields.isArray())
            return legacyError(u"Parameter 'fields' must be array."_s);
        QString name = param(fields, u"FIELD_NAME"_s).toString().toUpper();
        if (name.isEmpty())
            return legacyError(u"The 'FIELD_NAME' field is not found."_s);
        const QString type = param(fields, u"USER_TYPE_ID"_s).toString();
        if (type.isEmpty())
            return legacyError(u"The 'USER_TYPE_ID' field is not found."_s);
        if (!name.startsWith(u"UF_CRM_"_s))
            name = u"UF_CRM_"_s + name;
        static const QRegularExpression allowed(u"^[A-Z0-9_]+$"_s);
        if (!allowed.match(name).hasMatch())
            return legacyError(
                u"Field name contains invalid characters. Allowed characters are: A-Z, 0-9 and _."_s,
                u"ERROR_CORE"_s);
        if (name.size() > 50)
            return legacyError(u"Field name is too long (more than 50 characters)."_s, u"ERROR_CORE"_s);
        bool knownType = false;
        const PhpValue types = CrmDictionaries::userFieldTypes();
        for (const auto &e : types.entries())
            knownType = knownType || e.value.value(u"ID"_s).toString() == type;
        if (!knownType)
            return legacyError(u"Incorrect custom type specified."_s, u"ERROR_CORE"_s);
        EntitySchema &schema = store->schema(entity.table);
        if (schema.field(name))
            return legacyError(u"A field with the code "_s + name + u" already exists."_s, u"ERROR_CORE"_s);
        PhpValue row = CrmUserFieldMethods::rowOf(entity.entityId, CrmSchemas::userField(name, type, name));
        applyFields(row, fields, *nextItemId);
        const qint64 id = store->table(Table).add(row);
        schema.add(CrmUserFieldMethods::fieldOf(store->table(Table).row(id)));
        return MethodResult::success(PhpValue(id));
    });
    registry.add(prefix + u"update"_s, u"crm"_s,
                 [store, entity, ownRow, notFound, validId, nextItemId](const CallContext &ctx) {
                     const qint64 id = validId(ctx);
                     if (id <= 0)
                         return legacyError(u"ID is not defined or invalid."_s);
                     const PhpValue fields = param(ctx.params, u"fields"_s);
                     if (!fields.isArray())
                         return legacyError(u"Parameter 'fields' must be array."_s);
                     PhpValue row = ownRow(id);
                     if (row.isNull())
                         return notFound(id);
                     applyFields(row, fields, *nextItemId);
                     store->table(Table).update(id, row);
                     const EntitySchema::Field field = CrmUserFieldMethods::fieldOf(row);
                     if (EntitySchema::Field *current = store->schema(entity.table).field(field.upper))
                         *current = field;
                     return MethodResult::success(PhpValue(true));
                 });
    registry.add(prefix + u"delete"_s, u"crm"_s,
                 [store, entity, ownRow, notFound, validId](const CallContext &ctx) {
                     const qint64 id = validId(ctx);
                     if (id <= 0)
                         return legacyError(u"ID is not defined or invalid."_s);
                     const PhpValue row = ownRow(id);
                     if (row.isNull())
                         return notFound(id);
                     store->table(Table).remove(id);
                     store->schema(entity.table).remove(row.value(u"FIELD_NAME"_s).toString());
                     return MethodResult::success(PhpValue(true));
                 });
}
} // namespace

PhpValue CrmUserFieldMethods::rowOf(const QString &entityId, const EntitySchema::Field &field)
{
    PhpValue row = PhpValue::array();
    row.insert(u"ENTITY_ID"_s, entityId);
    row.insert(u"FIELD_NAME"_s, field.upper);
    row.insert(u"USER_TYPE_ID"_s, field.type);
    row.insert(u"XML_ID"_s, PhpValue());
    row.insert(u"SORT"_s, u"100"_s);
    row.insert(u"MULTIPLE"_s, yesNo(field.flags & EntitySchema::Multiple));
    row.insert(u"MANDATORY"_s, yesNo(field.flags & EntitySchema::Required));
    row.insert(u"SHOW_FILTER"_s, u"E"_s);
    row.insert(u"SHOW_IN_LIST"_s, u"Y"_s);
    row.insert(u"EDIT_IN_LIST"_s, u"Y"_s);
    row.insert(u"IS_SEARCHABLE"_s, u"N"_s);
    row.insert(u"SETTINGS"_s, field.settings.isArray() ? field.settings : PhpValue::array());
    row.insert(u"EDIT_FORM_LABEL"_s, field.formLabel.isEmpty() ? field.title : field.formLabel);
    row.insert(u"LIST_COLUMN_LABEL"_s, field.title);
    row.insert(u"LIST_FILTER_LABEL"_s, field.filterLabel.isEmpty() ? field.title : field.filterLabel);
    row.insert(u"ERROR_MESSAGE"_s, PhpValue());
    row.insert(u"HELP_MESSAGE"_s, PhpValue());
    if (field.type == u"enumeration") {
        PhpValue list = PhpValue::array();
        int sort = 10;
        for (const auto &e : field.items.entries()) {
            PhpValue item = e.value;
            item.insert(u"SORT"_s, QString::number(sort));
            item.insert(u"DEF"_s, u"N"_s);
            item.insert(u"XML_ID"_s, item.value(u"ID"_s));
            list.append(item);
            sort += 10;
        }
        row.insert(u"LIST"_s, list);
    }
    return row;
}

EntitySchema::Field CrmUserFieldMethods::fieldOf(const PhpValue &row)
{
    EntitySchema::Field f =
        CrmSchemas::userField(row.value(u"FIELD_NAME"_s).toString(), row.value(u"USER_TYPE_ID"_s).toString(),
                              row.value(u"LIST_COLUMN_LABEL"_s).toString());
    f.formLabel = row.value(u"EDIT_FORM_LABEL"_s).toString();
    f.filterLabel = row.value(u"LIST_FILTER_LABEL"_s).toString();
    if (row.value(u"MULTIPLE"_s).toString() == u"Y")
        f.flags |= EntitySchema::Multiple;
    if (row.value(u"MANDATORY"_s).toString() == u"Y")
        f.flags |= EntitySchema::Required;
    if (row.value(u"SETTINGS"_s).isArray() && row.value(u"SETTINGS"_s).size() > 0)
        f.settings = row.value(u"SETTINGS"_s);
    if (f.type == u"enumeration") {
        PhpValue items = PhpValue::array();
        const PhpValue list = row.value(u"LIST"_s);
        for (const auto &e : list.entries()) {
            PhpValue item = PhpValue::array();
            item.insert(u"ID"_s, e.value.value(u"ID"_s));
            item.insert(u"VALUE"_s, e.value.value(u"VALUE"_s));
            items.append(item);
        }
        f.items = items;
    }
    return f;
}

void CrmUserFieldMethods::registerIn(MethodRegistry &registry, DataStore &data)
{
    const QList<EntityRef> entities{{u"deal"_s, u"deals"_s, u"CRM_DEAL"_s},
                                    {u"lead"_s, u"leads"_s, u"CRM_LEAD"_s},
                                    {u"contact"_s, u"contacts"_s, u"CRM_CONTACT"_s},
                                    {u"company"_s, u"companies"_s, u"CRM_COMPANY"_s}};
    auto nextItemId = std::make_shared<int>(1000);
    for (const EntityRef &entity : entities) {
        // The demo schema's user fields are the portal's first userfield.* rows.
        for (const auto &f : data.schema(entity.table).fields())
            if (f.flags & EntitySchema::Dynamic)
                data.table(Table).add(rowOf(entity.entityId, f));
        registerEntity(registry, &data, entity, nextItemId);
    }
}

} // namespace b24
