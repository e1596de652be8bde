#pragma once

#include "core/apidocs/methodspec.h"
#include "core/catalog/fielddescriptor.h"

#include <QList>

namespace b24 {

// A documented method's parameters in the shape the parameter form already takes from *.fields
// answers (FieldDescriptor), so one form serves both: the documentation's types become the editor
// types the form knows (numbers, dates, Y/N, lists of allowed values, IDs), nested structures
// (MethodSpec::defs) become JSON editors with their shape as a hint.
class SpecSchema
{
public:
    // The method's top-level parameters, in the documentation's order.
    static QList<FieldDescriptor> params(const MethodSpec &spec);
    // The fields of its "fields" parameter's nested structure (crm.deal.add's deal fields): the form
    // of the Fields tab when the portal has no *.fields answer; empty when the spec has none.
    static QList<FieldDescriptor> fieldsParam(const MethodSpec &spec);
    static FieldDescriptor descriptor(const MethodSpec &spec, const SpecParam &param);

private:
    static QList<FieldDescriptor> descriptors(const MethodSpec &spec, const QList<SpecParam> &params);
    // {"FREQ": "", "COUNT": 0} for a nested structure; wrapped in [] for arrays of them.
    static QString shapeOf(const MethodSpec &spec, const QList<SpecParam> &fields, bool array);
};

} // namespace b24
