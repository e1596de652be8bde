#pragma once

#include <QJsonValue>
#include <QString>

namespace b24 {

// A JSON scalar as the user types it: 5 not 5.0, strings as is, bools as Y/N.
QString jsonScalarText(const QJsonValue &value);
// The JSON text of any value, compact; a string is returned as is.
QString jsonValueText(const QJsonValue &value);

} // namespace b24
