#include "ui/request/schemasource.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

void SchemaSource::requestV3Catalog(bool)
{
    QMetaObject::invokeMethod(
        this, [this] { emit failed(u"v3catalog"_s, tr("No portal")); }, Qt::QueuedConnection);
}

} // namespace b24
