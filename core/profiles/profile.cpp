#include "core/profiles/profile.h"

#include "core/b24/redaction.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString Profile::redactedUrl() const
{
    return portalOrigin + u"/rest/"_s + QString::number(userId) + u'/' + redactionMask() + u'/';
}

} // namespace b24
