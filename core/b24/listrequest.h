#pragma once

#include "core/b24/listoptions.h"
#include "core/b24/orderedjson.h"

#include <QString>

#include <limits>

namespace b24 {

// The caller's list parameters, read once, and the parameters of every page a walk sends. A walk
// adds its own conditions (cursor, segment bound, order, start) without changing what the caller
// asked for (docs/lists.md):
// - filter/order/select are found in any spelling (FILTER, Filter, filter) and written back
//   under that spelling, never a second one;
// - a filter with a top-level "logic" (or a cursor or bound condition of its own that is not a
//   number) is nested under "0", so the walk's conditions are ANDed with it, never OR-ed; a numeric
//   one is merged with the walk's (the narrower wins);
// - only an order by the ID alone (ascending or descending) can be walked by keyset; any other
//   order is kept for offset paging, with the ID appended as tie-breaker where the method is known;
// - a select without the ID is sent as written until a page shows that the rows then lack it (the
//   legacy CRM lists always carry it); only then does the walk ask for it, and take it out again.
// Keyset walks count in positions: the ID for ascending walks, minus the ID for descending ones,
// so both walk upwards.
class ListRequest
{
public:
    enum class Order
    {
        None,         // no order given: the walk may choose the ID
        IdAscending,  // the ID first (what follows a unique key cannot matter)
        IdDescending, //
        Other         // by another field: offset only
    };

    static constexpr qint64 kUnbounded = std::numeric_limits<qint64>::min() / 4;

    ListRequest(const QString &method, const OrderedJson &params, const ListOptions &resolvedOptions);

    const OrderedJson &params() const { return m_params; }
    Order order() const { return m_order; }
    bool keysetOrder() const { return m_order != Order::Other; }
    // The caller's filter can take the walk's conditions (an object or a list of groups).
    bool filterMergeable() const { return m_filterMergeable; }
    // No null and no empty container: a batch (form-encoded) carries these parameters unchanged.
    bool formSafe() const { return m_formSafe; }
    // "STAGE_ID ASC, ID DESC": for the reasons a walk gives.
    QString orderText() const;

    int direction() const { return m_order == Order::IdDescending ? -1 : 1; }
    qint64 position(qint64 id) const { return direction() * id; }
    qint64 idAt(qint64 position) const { return direction() * position; }
    // Where the walk begins: the caller's own ">ID" (ascending) or "<ID" (descending), else unbounded.
    qint64 startPosition() const { return m_start; }

    // One keyset page after `after` (an ID, a "$result[...]" reference, or Undefined for none),
    // up to `upper` (a position, inclusive; kUnbounded = none), ordered by the walk's direction
    // (reversed: the last row first). count: start=0, so the portal answers "total".
    OrderedJson keysetParams(const OrderedJson &after, qint64 upper = kUnbounded, bool reversed = false,
                             bool count = false) const;
    // One offset page. keysetOrder: ordered as a keyset walk would be (resuming one).
    OrderedJson offsetParams(qint64 start, bool keysetOrder = false) const;
    // The caller's select names fields but not the ID.
    bool selectLacksId() const { return m_selectLacksId; }
    // From now on the walk asks for the ID the caller's select leaves out: rows must lose it again.
    void addIdToSelect() { m_idAdded = m_selectLacksId; }
    bool idAddedToSelect() const { return m_idAdded; }

private:
    void readFilter();
    void readOrder();
    void readSelect();
    OrderedJson filterWith(const OrderedJson &after, qint64 upper) const;
    QString cursorKey() const; // ">ID" ascending, "<ID" descending
    QString boundKey() const;  // "<=ID" ascending, ">=ID" descending

    QString m_method;
    OrderedJson m_params;
    ListOptions m_options;
    QString m_filterKey = QStringLiteral("filter");
    QString m_orderKey = QStringLiteral("order");
    QString m_selectKey = QStringLiteral("select");
    OrderedJson m_filter = OrderedJson::object(); // the caller's, as an object
    bool m_nest = false;
    bool m_filterMergeable = true;
    bool m_formSafe = true;
    Order m_order = Order::None;
    qint64 m_start = kUnbounded;
    qint64 m_callerBound = kUnbounded; // the caller's own "<=ID" (ascending) or ">=ID" (descending)
    OrderedJson m_select;
    bool m_selectLacksId = false;
    bool m_idAdded = false;
    bool m_tieBreaker = false;
};

} // namespace b24
