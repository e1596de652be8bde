#include "paramparser.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// "filter[>ID][x]" -> {"filter", ">ID", "x"}; "select[]" -> {"select", ""}. False when malformed.
bool splitKey(const QString &key, QStringList *path)
{
    const qsizetype open = key.indexOf(u'[');
    const QString head = open < 0 ? key : key.left(open);
    if (head.isEmpty())
        return false;
    path->append(head);
    qsizetype pos = open;
    while (pos >= 0 && pos < key.size()) {
        if (key.at(pos) != u'[')
            return false;
        const qsizetype close = key.indexOf(u']', pos);
        if (close < 0)
            return false;
        path->append(key.mid(pos + 1, close - pos - 1));
        pos = close + 1;
    }
    return true;
}

bool insertAt(QJsonValue *node, const QStringList &path, qsizetype depth, const QJsonValue &value,
              QString *error)
{
    if (depth == path.size()) {
        *node = value;
        return true;
    }
    const QString &part = path.at(depth);
    if (part.isEmpty()) { // "[]": append
        if (!node->isArray() && !node->isUndefined() && !node->isNull()) {
            *error = ParamParser::tr("parameter %1 is both a list and a value").arg(path.first());
            return false;
        }
        QJsonArray array = node->toArray();
        QJsonValue child;
        if (!insertAt(&child, path, depth + 1, value, error))
            return false;
        array.append(child);
        *node = array;
        return true;
    }
    if (!node->isObject() && !node->isUndefined() && !node->isNull()) {
        *error = ParamParser::tr("parameter %1 is both an object and a value").arg(path.first());
        return false;
    }
    QJsonObject object = node->toObject();
    QJsonValue child = object.value(part);
    if (!insertAt(&child, path, depth + 1, value, error))
        return false;
    object.insert(part, child);
    *node = object;
    return true;
}

} // namespace

bool ParamParser::parsePair(const QString &pair, QJsonObject *params, QString *error)
{
    const qsizetype eq = pair.indexOf(u'=');
    if (eq <= 0) {
        *error = ParamParser::tr("expected key=value, got \"%1\"").arg(pair.left(40));
        return false;
    }
    QStringList path;
    if (!splitKey(pair.left(eq), &path)) {
        *error = ParamParser::tr("malformed parameter name \"%1\"").arg(pair.left(eq).left(40));
        return false;
    }
    QString raw = pair.mid(eq + 1);
    QJsonValue value(raw);
    if (raw.startsWith(u':')) { // "key=:<json>" keeps a JSON type
        QJsonParseError parseError;
        const QByteArray wrapped = "[" + raw.mid(1).toUtf8() + "]";
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
            *error = ParamParser::tr("value of %1 is not JSON after \"=:\"").arg(path.first());
            return false;
        }
        value = doc.array().first();
    }
    QJsonValue root(*params);
    if (!insertAt(&root, path, 0, value, error))
        return false;
    *params = root.toObject();
    return true;
}

bool ParamParser::parse(const QStringList &args, QJsonObject *params, QString *error)
{
    *params = {};
    if (args.size() == 1 && args.first().trimmed().startsWith(u'{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(args.first().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = ParamParser::tr("PARAMS is not a JSON object: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
            return false;
        }
        *params = doc.object();
        return true;
    }
    for (const QString &arg : args) {
        if (!parsePair(arg, params, error))
            return false;
    }
    return true;
}

} // namespace b24
