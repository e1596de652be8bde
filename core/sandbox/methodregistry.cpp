#include "core/sandbox/methodregistry.h"

#include <algorithm>

namespace b24 {

void MethodRegistry::add(const QString &name, const QString &scope, MethodHandler handler,
                         bool webhookAllowed)
{
    const QString key = name.toLower();
    m_methods.insert(key, MethodInfo{key, scope, std::move(handler), webhookAllowed});
}

const MethodInfo *MethodRegistry::find(const QString &name) const
{
    const auto it = m_methods.constFind(name.toLower());
    return it == m_methods.constEnd() ? nullptr : &it.value();
}

QStringList MethodRegistry::names() const
{
    QStringList list = m_methods.keys();
    std::sort(list.begin(), list.end());
    return list;
}

QStringList MethodRegistry::scopes() const
{
    QStringList list;
    for (const auto &m : m_methods)
        if (!m.scope.isEmpty() && !list.contains(m.scope))
            list << m.scope;
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace b24
