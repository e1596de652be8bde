#pragma once

#include "sandbox/entityschema.h"

#include <QHash>

namespace b24 {

// `select` semantics: legacy "*" = standard fields without UF_* and multi-fields (PHONE, EMAIL
// need naming, "UF_*" adds user fields); D7/tasks "*" = everything. Names match loosely.
class RowSelector
{
public:
    RowSelector(const PhpValue &select, const EntitySchema *schema, bool legacy);
    PhpValue apply(const PhpValue &row) const;
    bool selectsAll() const { return m_all; }

private:
    bool wanted(const QString &key) const;

    const EntitySchema *m_schema;
    bool m_legacy;
    bool m_all = false;
    bool m_userFields = false;
    QStringList m_names;                   // normalised
    mutable QHash<QString, bool> m_wanted; // per key: every row of a page has the same keys
};

} // namespace b24
