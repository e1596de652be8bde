#include "b24/phpquery.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// RFC 3986: everything but ALPHA / DIGIT / "-" / "." / "_" / "~" is percent-encoded (space -> %20).
QByteArray encode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QString numberText(double d)
{
    // Integral values print without exponent or fraction, like JavaScript's String(n) below 2^53.
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

void appendPair(QByteArray *out, const QByteArray &key, const QByteArray &value)
{
    if (!out->isEmpty())
        *out += '&';
    *out += key + '=' + value;
}

void encodeValue(QByteArray *out, const QByteArray &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        appendPair(out, key, {});
        break;
    case QJsonValue::Bool:
        appendPair(out, key, value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendPair(out, key, encode(numberText(value.toDouble())));
        break;
    case QJsonValue::String:
        appendPair(out, key, encode(value.toString()));
        break;
    case QJsonValue::Array: {
        // Empty containers vanish: PHP cannot express them in a query string.
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            encodeValue(out, key + "%5B" + QByteArray::number(i) + "%5D", array.at(i));
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            encodeValue(out, key + "%5B" + encode(it.key()) + "%5D", it.value());
        break;
    }
    case QJsonValue::Undefined:
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

QByteArray encodePhpQuery(const QJsonObject &params)
{
    QByteArray out;
    for (auto it = params.begin(); it != params.end(); ++it)
        encodeValue(&out, encode(it.key()), it.value());
    return out;
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
