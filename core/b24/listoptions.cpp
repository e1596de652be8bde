#include "core/b24/listoptions.h"

#include "core/b24/internal/listrequest.h"
#include "core/b24/orderedjson.h"

#include <QLatin1String>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Wrapped D7 lists and their ID keys (docs/protocol.md §2.4); legacy lists answer a plain array
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
    if (api == ApiVersion::V3) {
        // REST 3.0 lists answer {items: [...]} with a native `id` (docs/protocol.md §11.2).
        if (out.resultKey.isEmpty())
            out.resultKey = u"items"_s;
        if (out.idKey.isEmpty())
            out.idKey = u"id"_s;
        if (out.cursorIdKey.isEmpty())
            out.cursorIdKey = out.idKey;
        return out;
    }
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

ListOptions::Choice ListOptions::choose(const QString &method, const OrderedJson &params) const
{
    const ListOptions full = resolved(method);
    const ListRequest request(method, params, full);
    const KnownListMethod *known = findKnownListMethod(method);
    // Unknown methods: the ".list" convention usually supports the keyset; "*.get" lists do not.
    const bool methodKeyset = known ? known->keyset : method.endsWith(".list"_L1, Qt::CaseInsensitive);
    const QString batchRows = QString::number(qint64(pagesPerBatch) * 50);
    Choice choice;
    if (!request.keysetOrder()) {
        choice.reason = u"offset: the order (%1) is not by the ID alone, so pages are taken by position, "
                        u"the ID breaking ties"_s.arg(request.orderText());
        return choice;
    }
    if (!request.filterMergeable()) {
        choice.reason = u"offset: the filter is not an object, so no cursor can be added to it"_s;
        return choice;
    }
    if (strategy == Strategy::Offset) {
        choice.reason = u"offset: as requested"_s;
        return choice;
    }
    if (strategy == Strategy::Auto && !methodKeyset) {
        choice.reason = u"offset: %1 is not known to page by ID"_s.arg(method);
        return choice;
    }
    const QString order =
        request.order() == ListRequest::Order::IdDescending ? u"descending"_s : u"ascending"_s;
    if (strategy == Strategy::Keyset || !request.formSafe()) {
        choice.strategy = Strategy::Keyset;
        choice.reason =
            strategy == Strategy::Keyset
                ? u"keyset: one page per request by %1 ID, as requested"_s.arg(order)
                : u"keyset: the parameters hold null or an empty list, which a batch cannot carry; "
                  u"one JSON request per page by %1 ID"_s.arg(order);
        return choice;
    }
    choice.strategy = Strategy::BatchedKeyset;
    choice.reason = u"batched keyset: up to %1 rows per request by %2 ID"_s.arg(batchRows, order);
    return choice;
}

} // namespace b24
