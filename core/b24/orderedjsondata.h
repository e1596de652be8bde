#pragma once

#include "core/b24/orderedjson.h"

#include <QList>
#include <QSharedData>
#include <QStringList>

namespace b24 {

// The entries of an OrderedJson container (private to orderedjson*.cpp). Arrays leave keys empty.
class OrderedJsonData : public QSharedData
{
public:
    QStringList keys;
    QList<OrderedJson> values;
};

} // namespace b24
