#include "sandbox/rowselector.h"

#include "sandbox/listquery.h"

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

PhpValue RowSelector::apply(const PhpValue &row) const
{
    PhpValue out = PhpValue::array();
    for (const auto &e : row.entries()) {
        auto it = m_wanted.constFind(e.key);
        if (it == m_wanted.cend())
            it = m_wanted.insert(e.key, wanted(e.key));
        if (*it)
            out.insert(e.key, e.value);
    }
    return out;
}

} // namespace b24
