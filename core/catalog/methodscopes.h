#pragma once

#include <QString>

namespace b24 {

// The built-in method -> scope table for common prefixes (crm.* -> crm, tasks.* -> task, ...), then
// the documentation's scope of every other documented method (DocsCatalog), used for "needs scope X"
// badges before or without the portal's own answer.
class MethodScopes
{
public:
    // The scope a method needs; empty for the basic methods every webhook may call (methods, scope,
    // profile, batch, ...) and for methods the table does not know (then *isKnown is false).
    static QString scopeFor(const QString &method, bool *isKnown = nullptr);
    // Methods callable with no scope at all.
    static bool isBasicMethod(const QString &method);
};

} // namespace b24
