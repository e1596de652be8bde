#pragma once

#include "core/b24/apiversion.h"

#include <QString>

namespace b24 {

class OrderedJson;

// How a list method is paged. Empty keys are filled from the table of known methods
// (ListOptions::resolved), so callers rarely need to set anything.
struct ListOptions
{
    enum class Strategy
    {
        Auto,          // batched keyset when the order allows it, else offset
        BatchedKeyset, // 50 chained pages per batch request (up to 2500 rows)
        Keyset,        // order ID ASC, filter >ID, start=-1: one page per request
        Offset         // start=0,50,... following next/total
    };

    Strategy strategy = Strategy::Auto;
    // REST 3.0 walks pagination or the method's cursor (ApiV3ListStrategy) instead of start/next;
    // of the strategies only Offset applies there (a keyset walk is chosen when the order allows).
    ApiVersion api = ApiVersion::V2;
    QString idKey;       // key of the ID in a returned row ("ID", "id")
    QString cursorIdKey; // key of the ID in order/filter ("ID" for tasks.task.list, which returns "id")
    QString resultKey;   // wrapper of the rows in result ("items", "tasks"); empty: plain array
    qint64 limit = -1;   // stop after this many rows; -1: all
    // Batched keyset without a limit: up to this many batches on the wire at once, each for its
    // own ID segment; rows still arrive in ID order (see BatchedKeysetStrategy). 1: one at a time.
    int parallelParts = 2;
    // Pages chained in one batch request (the portal takes at most 50 commands). Walks shrink it
    // on their own when a batch runs too long.
    int pagesPerBatch = 50;
    // How long one wait of a walk for the portal's limits (operating budget, request rate) may last
    // before the walk fails; the operating budget frees within ten minutes.
    qint64 maxWaitMs = 15 * 60 * 1000;

    static QString strategyName(Strategy strategy);
    static bool strategyFromName(const QString &name, Strategy *strategy);

    // A copy with the empty keys filled in for this method (known-method table, then defaults).
    ListOptions resolved(const QString &method) const;

    // The strategy a walk of these params uses, and why. Exact before fast: a keyset walk only for
    // an order by the ID alone, a batch only for parameters a form carries unchanged; a requested
    // strategy that would return other rows is replaced by one that cannot.
    struct Choice
    {
        Strategy strategy = Strategy::Offset;
        QString reason; // one sentence for --verbose and the status bar
    };
    Choice choose(const QString &method, const OrderedJson &params) const;
    Strategy effectiveStrategy(const QString &method, const OrderedJson &params) const
    {
        return choose(method, params).strategy;
    }
};

// One row of the table of known list methods.
struct KnownListMethod
{
    const char *method;
    const char *resultKey; // "" = plain array
    const char *idKey;
    const char *cursorIdKey;
    bool keyset; // supports order by ID + filter >ID + start=-1
};

// nullptr when the method is not in the table.
const KnownListMethod *findKnownListMethod(const QString &method);

} // namespace b24
