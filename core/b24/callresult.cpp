#include "core/b24/callresult.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QJsonObject CallResult::envelope() const
{
    QJsonObject object{{u"result"_s, result}};
    if (next)
        object.insert(u"next"_s, *next);
    if (total)
        object.insert(u"total"_s, *total);
    if (time)
        object.insert(u"time"_s, time->toJson());
    return object;
}

} // namespace b24
