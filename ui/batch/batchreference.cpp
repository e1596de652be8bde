#include "ui/batch/batchreference.h"

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

static void collectKeys(const OrderedJson &value, QStringList *keys)
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
    } else {
        for (qsizetype i = 0; i < value.size(); ++i)
            collectKeys(value.at(i), keys);
    }
}

QStringList referencedKeys(const OrderedJson &params)
{
    QStringList keys;
    collectKeys(params, &keys);
    return keys;
}

static OrderedJson setPath(OrderedJson object, const QStringList &path, qsizetype index, const QString &text)
{
    const QString &key = path.at(index);
    if (index == path.size() - 1) {
        object.insert(key, text);
        return object;
    }
    const OrderedJson child = object.value(key);
    object.insert(key, setPath(child.isObject() ? child : OrderedJson::object(), path, index + 1, text));
    return object;
}

OrderedJson withParameter(const OrderedJson &params, const QString &dottedPath, const QString &text)
{
    // Filter keys may contain "." only in theory; split on "." keeps "filter.>ID" usable.
    const QStringList path = dottedPath.split(u'.', Qt::SkipEmptyParts);
    if (path.isEmpty())
        return params;
    return setPath(params, path, 0, text);
}

} // namespace b24
