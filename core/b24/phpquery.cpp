#include "core/b24/phpquery.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// RFC 3986: everything but ALPHA / DIGIT / "-" / "." / "_" / "~" is percent-encoded (space -> %20).
QByteArray encode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

void appendPair(QByteArray *out, const QByteArray &key, const QByteArray &value)
{
    if (!out->isEmpty())
        *out += '&';
    *out += key + '=' + value;
}

void encodeValue(QByteArray *out, const QByteArray &key, const OrderedJson &value)
{
    switch (value.type()) {
    case OrderedJson::Type::Null:
        appendPair(out, key, {});
        break;
    case OrderedJson::Type::Bool:
        appendPair(out, key, value.toBool() ? "1" : "0");
        break;
    case OrderedJson::Type::Integer:
    case OrderedJson::Type::Double:
        appendPair(out, key, encode(value.numberText()));
        break;
    case OrderedJson::Type::String:
        appendPair(out, key, encode(value.toString()));
        break;
    case OrderedJson::Type::Array:
        // Empty containers vanish: PHP cannot express them in a query string.
        for (qsizetype i = 0; i < value.size(); ++i)
            encodeValue(out, key + "%5B" + QByteArray::number(i) + "%5D", value.at(i));
        break;
    case OrderedJson::Type::Object:
        for (qsizetype i = 0; i < value.size(); ++i)
            encodeValue(out, key + "%5B" + encode(value.keyAt(i)) + "%5D", value.at(i));
        break;
    case OrderedJson::Type::Undefined:
        break;
    }
}

// "a[b][]" -> base "a", segments {"b", ""}. As in PHP: "[a]" has no name (dropped) and an
// unclosed first bracket is kept as "_" ("k[" -> "k_").
QStringList splitKey(const QString &key)
{
    const qsizetype open = key.indexOf(u'[');
    if (open < 0)
        return {key};
    if (open == 0)
        return {QString()};
    if (key.indexOf(u']', open) < 0)
        return {key.left(open) + u'_' + key.mid(open + 1)};
    QStringList parts{key.left(open)};
    qsizetype pos = open;
    while (pos < key.size() && key.at(pos) == u'[') {
        const qsizetype close = key.indexOf(u']', pos);
        if (close < 0)
            break;
        parts << key.mid(pos + 1, close - pos - 1);
        pos = close + 1;
    }
    return parts;
}

QString nextIndex(const QJsonObject &object)
{
    qint64 next = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const qint64 n = it.key().toLongLong(&ok);
        if (ok && n >= next)
            next = n + 1;
    }
    return QString::number(next);
}

void insertPath(QJsonObject *node, const QStringList &path, qsizetype index, const QString &value)
{
    const QString key = path.at(index).isEmpty() && index > 0 ? nextIndex(*node) : path.at(index);
    if (index == path.size() - 1) {
        node->insert(key, value);
        return;
    }
    QJsonObject child = node->value(key).toObject(); // a scalar is replaced, as PHP does
    insertPath(&child, path, index + 1, value);
    node->insert(key, child);
}

QString decodeComponent(QByteArray text)
{
    text.replace('+', ' ');
    return QUrl::fromPercentEncoding(text);
}

} // namespace

QByteArray encodePhpQuery(const OrderedJson &params)
{
    QByteArray out;
    for (qsizetype i = 0; i < params.size() && params.isObject(); ++i)
        encodeValue(&out, encode(params.keyAt(i)), params.at(i));
    return out;
}

bool formSafe(const OrderedJson &params)
{
    for (qsizetype i = 0; i < params.size(); ++i) {
        const OrderedJson &value = params.at(i);
        if (value.isNull() ||
            ((value.isArray() || value.isObject()) && (value.isEmpty() || !formSafe(value))))
            return false;
    }
    return true;
}

QString batchCommandString(const BatchCommand &command)
{
    return command.method + u'?' + QString::fromLatin1(encodePhpQuery(command.params));
}

QJsonObject decodePhpQuery(const QByteArray &query)
{
    QJsonObject out;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decodeComponent(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1));
        const QStringList path = splitKey(key);
        if (path.constFirst().isEmpty())
            continue;
        insertPath(&out, path, 0, value);
    }
    return out;
}

} // namespace b24
