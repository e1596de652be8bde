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

bool MethodSpec::isRestV3Page(const QString &title, const QString &page)
{
    return title.contains("v 3.0"_L1) || page.contains("-rest-v3"_L1);
}

} // namespace b24
