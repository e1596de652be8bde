#include "app/b24-cli/paramparser.h"

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

bool insertAt(OrderedJson *node, const QStringList &path, qsizetype depth, const OrderedJson &value,
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
        OrderedJson child;
        if (!insertAt(&child, path, depth + 1, value, error))
            return false;
        node->append(child);
        return true;
    }
    if (!node->isObject() && !node->isUndefined() && !node->isNull()) {
        *error = ParamParser::tr("parameter %1 is both an object and a value").arg(path.first());
        return false;
    }
    OrderedJson child = node->value(part);
    if (!insertAt(&child, path, depth + 1, value, error))
        return false;
    node->insert(part, child);
    return true;
}

} // namespace

bool ParamParser::parsePair(const QString &pair, OrderedJson *params, QString *error)
{
    // The name ends at the first '=' after its last ']': "filter[<=ID]=5" is filter[<=ID] = 5.
    const qsizetype open = pair.indexOf(u'[');
    const qsizetype firstEq = pair.indexOf(u'=');
    const qsizetype close = open >= 0 && (firstEq < 0 || open < firstEq) ? pair.indexOf(u"]="_s, open) : -1;
    const qsizetype eq = close >= 0 ? close + 1 : firstEq;
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
    OrderedJson value(raw);
    if (raw.startsWith(u':')) { // "key=:<json>" keeps a JSON type
        QString parseError;
        value = OrderedJson::fromJson(raw.mid(1).toUtf8(), &parseError);
        if (!parseError.isEmpty()) {
            *error = ParamParser::tr("value of %1 is not JSON after \"=:\"").arg(path.first());
            return false;
        }
    }
    if (!params->isObject())
        *params = OrderedJson::object();
    return insertAt(params, path, 0, value, error);
}

bool ParamParser::parse(const QStringList &args, OrderedJson *params, QString *error)
{
    *params = OrderedJson::object();
    if (args.size() == 1 && args.first().trimmed().startsWith(u'{')) {
        QString parseError;
        *params = OrderedJson::fromJson(args.first().toUtf8(), &parseError);
        if (!parseError.isEmpty()) {
            *error = ParamParser::tr("PARAMS is not a JSON object: %1").arg(parseError);
            return false;
        }
        return true;
    }
    for (const QString &arg : args) {
        if (!parsePair(arg, params, error))
            return false;
    }
    return true;
}

} // namespace b24
