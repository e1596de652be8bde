#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace b24 {

// The one rule for "which rows does this answer hold" (docs/protocol.md §2.4), used by the list
// walk, the result table, the batch results and the CLI.

// The list a method's result holds: the result itself when it is an array; with `resultKey`
// ("items", "tasks") the array under that key; without one, the array of an object whose only
// member is an array (a wrapped D7 page). An empty object is an empty list (PHP sends [], but
// a portal behind another encoder may not). Nothing when the result holds no list.
std::optional<QJsonArray> listIn(const QJsonValue &result, const QString &resultKey = {});

// The rows to show for a result: its list (listIn), else the result as one row (an entity, a
// scalar such as server.time's string or an add's new ID); none for null. An object whose only
// member is the object `item` (REST 3.0 get and add, crm.item.get) is that item's row.
QJsonArray resultRows(const QJsonValue &result, const QString &resultKey = {});

} // namespace b24
