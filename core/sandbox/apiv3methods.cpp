#include "core/sandbox/apiv3methods.h"

namespace b24 {

void ApiV3Methods::add(const ApiV3Method &method)
{
    ApiV3Method m = method;
    m.name = m.name.toLower();
    m_methods.append(m);
}

const ApiV3Method *ApiV3Methods::find(const QString &name) const
{
    const QString key = name.trimmed().toLower();
    for (const ApiV3Method &m : m_methods)
        if (m.name == key)
            return &m;
    return nullptr;
}

} // namespace b24
