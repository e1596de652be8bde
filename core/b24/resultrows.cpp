#include "core/b24/resultrows.h"

#include <QJsonObject>

namespace b24 {

std::optional<QJsonArray> listIn(const QJsonValue &result, const QString &resultKey)
{
    if (result.isArray())
        return result.toArray();
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject object = result.toObject();
    if (object.isEmpty())
        return QJsonArray();
    if (!resultKey.isEmpty()) {
        const QJsonValue inner = object.value(resultKey);
        if (inner.isArray() || (inner.isObject() && inner.toObject().isEmpty()))
            return inner.toArray();
        return std::nullopt;
    }
    if (object.size() == 1 && object.begin().value().isArray())
        return object.begin().value().toArray();
    return std::nullopt;
}

QJsonArray resultRows(const QJsonValue &result, const QString &resultKey)
{
    if (std::optional<QJsonArray> list = listIn(result, resultKey))
        return *list;
    if (result.isUndefined() || result.isNull())
        return {};
    if (const QJsonObject object = result.toObject(); object.size() == 1) {
        const QJsonValue item = object.value(QLatin1String("item"));
        if (item.isObject())
            return QJsonArray{item};
    }
    return QJsonArray{result};
}

} // namespace b24
