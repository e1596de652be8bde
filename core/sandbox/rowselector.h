#pragma once

#include "core/sandbox/entityschema.h"

#include <QHash>

#include <vector>

namespace b24 {

// `select` semantics: legacy "*" = standard fields without UF_* and multi-fields (PHONE, EMAIL
// need naming, "UF_*" adds user fields); D7/tasks "*" = everything. Names match loosely.
class RowSelector
{
public:
    RowSelector(const PhpValue &select, const EntitySchema *schema, bool legacy);
    PhpValue apply(const PhpValue &row) const;
    PhpValue apply(PhpValue &&row) const; // drops unwanted fields in place when row is not shared
    bool selectsAll() const { return m_all; }

private:
    bool wanted(const QString &key) const;
    bool wantedCached(const QString &key) const;
    const std::vector<char> &wantedKeys(const PhpValue &row) const;

    const EntitySchema *m_schema;
    bool m_legacy;
    bool m_all = false;
    bool m_userFields = false;
    QStringList m_names;                   // normalised
    QStringList m_schemaNames;             // named fields the schema knows, as it spells them
    mutable QHash<QString, bool> m_wanted; // per key: every row of a page has the same keys
    // The last row's keys and their verdicts: the next row usually has the very same keys.
    mutable std::vector<QString> m_shapeKeys;
    mutable std::vector<char> m_shapeWanted;
    mutable bool m_shapeAll = false;
    // Named fields the last shape lacks: a row carries every field `select` names (null if unset).
    mutable std::vector<QString> m_shapeMissing;
};

} // namespace b24
