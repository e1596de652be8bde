#pragma once

#include "core/b24/orderedjson.h"

#include <QString>
#include <QStringList>

namespace b24 {

// "$result[key][0][ID]": the value of an earlier command's answer, substituted by the portal.
// path: the keys inside that answer, e.g. {"0", "ID"} (a list: first row's ID).
QString batchResultReference(const QString &key, const QStringList &path);
// "[0][ID]" or "0.ID" -> {"0", "ID"}.
QStringList referencePath(const QString &text);
// The command keys that params refer to through $result/$next/$total/$time/$error[...].
QStringList referencedKeys(const OrderedJson &params);
// params with the value at a dotted parameter path ("filter.>ID", "fields.CONTACT_ID", "id")
// replaced by text, creating the objects on the way; every other key keeps its place.
OrderedJson withParameter(const OrderedJson &params, const QString &dottedPath, const QString &text);

} // namespace b24
