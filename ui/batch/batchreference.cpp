#include "batch/batchreference.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString batchResultReference(const QString &key, const QStringList &path)
{
    QString text = u"$result["_s + key + u']';
    for (const QString &part : path)
        text += u'[' + part + u']';
    return text;
}

QStringList referencePath(const QString &text)
{
    QString normalized = text;
    normalized.replace(u'[', u'.').replace(u']', u'.');
    QStringList parts = normalized.split(u'.', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    return parts;
}

static void collectKeys(const QJsonValue &value, QStringList *keys)
{
    static const QRegularExpression pattern(u"\\$(?:result|next|total|time|error)\\[([^\\]]+)\\]"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (value.isString()) {
        auto it = pattern.globalMatch(value.toString());
        while (it.hasNext()) {
            const QString key = it.next().captured(1);
            if (!keys->contains(key))
                keys->append(key);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectKeys(v, keys);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectKeys(it.value(), keys);
    }
}

QStringList referencedKeys(const QJsonObject &params)
{
    QStringList keys;
    collectKeys(params, &keys);
    return keys;
}

static QJsonObject setPath(QJsonObject object, const QStringList &path, qsizetype index, const QString &text)
{
    const QString &key = path.at(index);
    if (index == path.size() - 1) {
        object.insert(key, text);
        return object;
    }
    object.insert(key, setPath(object.value(key).toObject(), path, index + 1, text));
    return object;
}

QJsonObject withParameter(const QJsonObject &params, const QString &dottedPath, const QString &text)
{
    // Filter keys may contain "." only in theory; split on "." keeps "filter.>ID" usable.
    const QStringList path = dottedPath.split(u'.', Qt::SkipEmptyParts);
    if (path.isEmpty())
        return params;
    return setPath(params, path, 0, text);
}

} // namespace b24
