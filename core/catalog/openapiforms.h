#pragma once

#include "core/catalog/fielddescriptor.h"
#include "core/catalog/openapimethod.h"

#include <QList>

namespace b24 {

// A REST 3.0 method's parameters in the shape the parameter form takes (FieldDescriptor), as
// SpecSchema does for the documentation's methods: one form engine for both protocols. JSON types
// become the editors the form knows (integer, number → double, date-time → datetime, enum →
// enumeration); booleans, objects and arrays of objects get the JSON editor (REST 3.0 wants JSON
// true/false, not the classic Y/N).
class OpenApiForms
{
public:
    // The method's top-level parameters, in the document's order.
    static QList<FieldDescriptor> params(const OpenApiMethod &method);
    // The fields of its "fields" parameter (add/update): the parameter's own schema, else the
    // entity's own fields; read-only ones marked so.
    static QList<FieldDescriptor> fields(const OpenApiMethod &method);
    static FieldDescriptor descriptor(const OpenApiField &field);
    static FieldDescriptor descriptor(const OpenApiParam &param);

private:
    static QString formType(const QString &type, const QString &format);
};

} // namespace b24
