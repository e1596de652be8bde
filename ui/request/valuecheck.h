#pragma once

#include <QString>

namespace b24 {

// How a typed value of a field is checked before sending.
enum class ValueKind
{
    Text,
    Integer,
    Double,
    Date,
    DateTime
};

// The check for a *.fields type code (user, crm_* links and integers are whole numbers).
ValueKind valueKindForType(const QString &type);
// Why text is not a valid value of that kind; empty when it is.
QString valueProblem(ValueKind kind, const QString &text);

} // namespace b24
