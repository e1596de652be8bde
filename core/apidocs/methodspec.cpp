#include "core/apidocs/methodspec.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

const QList<SpecParam> *MethodSpec::def(const QString &name) const
{
    for (const auto &entry : defs) {
        if (entry.first == name)
            return &entry.second;
    }
    return nullptr;
}

QString MethodSpec::pageUrl(bool russian) const
{
    if (page.isEmpty())
        return {};
    return (russian ? u"https://apidocs.bitrix24.ru"_s : u"https://apidocs.bitrix24.com"_s) + page;
}

} // namespace b24
