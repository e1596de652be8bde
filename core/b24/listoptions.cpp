#include "b24/listoptions.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1String>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Wrapped D7 lists and their ID keys (protocol notes §2.4); legacy lists answer a plain array
// with "ID". Lists whose IDs are not numeric or that ignore start=-1 are offset-only.
constexpr KnownListMethod kKnownMethods[] = {
    {"crm.item.list", "items", "id", "id", true},
    {"crm.type.list", "types", "id", "id", true},
    {"crm.category.list", "categories", "id", "id", false},
    {"crm.stagehistory.list", "items", "ID", "ID", true},
    {"crm.item.productrow.list", "productRows", "id", "id", true},
    {"crm.documentgenerator.document.list", "documents", "id", "id", true},
    {"crm.automatedsolution.list", "automatedSolutions", "id", "id", true},
    {"crm.timeline.logo.list", "logos", "id", "id", false},
    {"crm.timeline.icon.list", "icons", "id", "id", false},
    {"crm.orderentity.list", "orderEntity", "id", "id", false},
    {"tasks.task.list", "tasks", "id", "ID", true},
    {"socialnetwork.api.workgroup.list", "workgroups", "id", "ID", true},
    {"catalog.product.list", "products", "id", "id", true},
    {"catalog.catalog.list", "catalogs", "id", "id", true},
    {"catalog.price.list", "prices", "id", "id", true},
    {"catalog.store.list", "stores", "id", "id", true},
    {"sale.basketitem.list", "basketItems", "id", "id", true},
    {"sale.status.list", "statuses", "id", "id", false},
    {"userfieldconfig.list", "fields", "id", "id", false},
    {"crm.deal.list", "", "ID", "ID", true},
    {"crm.contact.list", "", "ID", "ID", true},
    {"crm.company.list", "", "ID", "ID", true},
    {"crm.lead.list", "", "ID", "ID", true},
    {"crm.quote.list", "", "ID", "ID", true},
    {"crm.activity.list", "", "ID", "ID", true},
    {"crm.status.list", "", "ID", "ID", false},
    {"user.get", "", "ID", "ID", false},
    {"department.get", "", "ID", "ID", false},
};

struct StrategyName
{
    ListOptions::Strategy strategy;
    QLatin1String name;
};

const StrategyName kStrategyNames[] = {
    {ListOptions::Strategy::Auto, "auto"_L1},
    {ListOptions::Strategy::BatchedKeyset, "batched-keyset"_L1},
    {ListOptions::Strategy::Keyset, "keyset"_L1},
    {ListOptions::Strategy::Offset, "offset"_L1},
};

} // namespace

const KnownListMethod *findKnownListMethod(const QString &method)
{
    const QString lower = method.toLower();
    for (const KnownListMethod &known : kKnownMethods) {
        if (lower == QLatin1String(known.method))
            return &known;
    }
    return nullptr;
}

QString ListOptions::strategyName(Strategy strategy)
{
    for (const StrategyName &entry : kStrategyNames) {
        if (entry.strategy == strategy)
            return entry.name;
    }
    return u"auto"_s;
}

bool ListOptions::strategyFromName(const QString &name, Strategy *strategy)
{
    for (const StrategyName &entry : kStrategyNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0) {
            if (strategy)
                *strategy = entry.strategy;
            return true;
        }
    }
    return false;
}

ListOptions ListOptions::resolved(const QString &method) const
{
    ListOptions out = *this;
    const KnownListMethod *known = findKnownListMethod(method);
    if (out.resultKey.isEmpty() && known)
        out.resultKey = QString::fromLatin1(known->resultKey);
    if (out.idKey.isEmpty())
        out.idKey = known ? QString::fromLatin1(known->idKey) : u"ID"_s;
    if (out.cursorIdKey.isEmpty()) {
        // A caller-given idKey without cursorIdKey means the same key on both sides.
        out.cursorIdKey = (known && idKey.isEmpty()) ? QString::fromLatin1(known->cursorIdKey) : out.idKey;
    }
    return out;
}

bool ListOptions::keysetCompatible(const QJsonObject &params, const QString &cursorIdKey)
{
    const QJsonValue order = params.value("order"_L1);
    if (order.isUndefined() || order.isNull())
        return true;
    const QJsonObject orderObject = order.toObject();
    if (orderObject.isEmpty())
        return order.isObject() || (order.isArray() && order.toArray().isEmpty());
    for (auto it = orderObject.begin(); it != orderObject.end(); ++it) {
        if (it.key().compare(cursorIdKey, Qt::CaseInsensitive) != 0)
            return false;
        if (it.value().toString().compare("ASC"_L1, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

ListOptions::Strategy ListOptions::effectiveStrategy(const QString &method, const QJsonObject &params) const
{
    if (strategy != Strategy::Auto)
        return strategy;
    const ListOptions full = resolved(method);
    const KnownListMethod *known = findKnownListMethod(method);
    // Unknown methods: the ".list" convention usually supports the keyset; "*.get" lists do not.
    const bool methodKeyset = known ? known->keyset : method.endsWith(".list"_L1, Qt::CaseInsensitive);
    if (methodKeyset && keysetCompatible(params, full.cursorIdKey))
        return Strategy::BatchedKeyset;
    return Strategy::Offset;
}

} // namespace b24
