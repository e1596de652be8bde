#include "core/sandbox/rowselector.h"

#include "core/sandbox/listquery.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

RowSelector::RowSelector(const PhpValue &select, const EntitySchema *schema, bool legacy)
    : m_schema(schema)
    , m_legacy(legacy)
{
    if (!select.isArray() || select.size() == 0) {
        m_all = true;
        return;
    }
    for (const auto &e : select.entries()) {
        const QString name = e.value.toString();
        if (name == u"*")
            m_all = true;
        else if (name.compare(u"UF_*"_s, Qt::CaseInsensitive) == 0 || name == u"uf*" || name == u"uf_*")
            m_userFields = true;
        else
            m_names << ListQuery::normalised(name);
        const EntitySchema::Field *f = schema && legacy ? schema->field(name) : nullptr;
        if (f && !EntitySchema::isMultiField(*f) && !m_schemaNames.contains(f->upper))
            m_schemaNames << f->upper;
    }
    m_names << u"id"_s; // rows always carry their ID
}

bool RowSelector::wanted(const QString &key) const
{
    if (m_names.contains(ListQuery::normalised(key)))
        return true;
    const bool userField = key.startsWith(u"UF_"_s) || key.startsWith(u"uf"_s);
    if (userField)
        return m_userFields || (m_all && !m_legacy);
    if (!m_all)
        return false;
    if (m_legacy && m_schema) {
        const EntitySchema::Field *f = m_schema->field(key);
        if (f && EntitySchema::isMultiField(*f))
            return false;
    }
    return true;
}

bool RowSelector::wantedCached(const QString &key) const
{
    auto it = m_wanted.constFind(key);
    if (it == m_wanted.cend())
        it = m_wanted.insert(key, wanted(key));
    return *it;
}

const std::vector<char> &RowSelector::wantedKeys(const PhpValue &row) const
{
    const std::vector<PhpEntry> &entries = row.entries();
    bool same = entries.size() == m_shapeKeys.size();
    for (size_t i = 0; same && i < entries.size(); ++i) {
        const QString &a = entries[i].key, &b = m_shapeKeys[i];
        // Generated rows share their key literals, so the pointer test settles most keys.
        same = a.size() == b.size() && (a.constData() == b.constData() || a == b);
    }
    if (!same) {
        m_shapeKeys.clear();
        m_shapeWanted.clear();
        m_shapeAll = true;
        for (const auto &e : entries) {
            const bool w = wantedCached(e.key);
            m_shapeKeys.push_back(e.key);
            m_shapeWanted.push_back(w);
            m_shapeAll = m_shapeAll && w;
        }
        m_shapeMissing.clear();
        for (const QString &name : m_schemaNames)
            if (!row.find(name))
                m_shapeMissing.push_back(name);
    }
    return m_shapeWanted;
}

PhpValue RowSelector::apply(const PhpValue &row) const
{
    return apply(PhpValue(row));
}

PhpValue RowSelector::apply(PhpValue &&row) const
{
    const std::vector<char> &keep = wantedKeys(row);
    if (row.type() == PhpValue::Type::Object) { // answered as an array, like every selected row
        PhpValue out = PhpValue::array();
        for (size_t i = 0; i < keep.size(); ++i)
            if (keep[i])
                out.insertUnique(row.entries()[i].key, row.entries()[i].value);
        return out;
    }
    if (row.type() != PhpValue::Type::Array)
        return PhpValue::array();
    // Every field wanted: the row itself (shared); otherwise the row without the others. A row
    // still shared with the table is detached once; a generated one is trimmed where it lies.
    if (!m_shapeAll)
        row.keepEntries(keep);
    for (const QString &name : m_shapeMissing)
        row.insert(name, PhpValue());
    return std::move(row);
}

} // namespace b24
