#include "core/b24/batchcommand.h"

#include "core/b24/phpquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Positional methods take an array of parameters: PHP sees them as keys "0", "1", ...
bool toParams(const OrderedJson &value, OrderedJson *params)
{
    if (value.isUndefined() || value.isNull()) {
        *params = OrderedJson::object();
        return true;
    }
    if (value.isObject()) {
        *params = value;
        return true;
    }
    if (value.isArray()) {
        OrderedJson object = OrderedJson::object();
        for (qsizetype i = 0; i < value.size(); ++i)
            object.appendEntry(QString::number(i), value.at(i));
        *params = object;
        return true;
    }
    return false;
}

// One row: ["method", params?] or {"method": .., "params": .., "as": ..}.
bool parseRow(const OrderedJson &row, BatchCommand *command, QString *why)
{
    OrderedJson method;
    OrderedJson params;
    if (row.isArray()) {
        if (row.isEmpty() || row.size() > 2) {
            *why = u"a tuple must be [method, params]"_s;
            return false;
        }
        method = row.at(0);
        params = row.at(1);
    } else if (row.isObject()) {
        method = row.value(u"method");
        // "query" is REST 3.0's name for the parameters (docs/protocol.md §11.7).
        params = row.contains(u"params") ? row.value(u"params") : row.value(u"query");
        const OrderedJson as = row.value(u"as");
        if (as.isString())
            command->key = as.toString();
    } else {
        *why = u"a command must be [method, params] or {method, params}"_s;
        return false;
    }
    if (!method.isString() || method.toString().trimmed().isEmpty()) {
        *why = u"the method name must be a non-empty string"_s;
        return false;
    }
    command->method = method.toString().trimmed();
    if (!toParams(params, &command->params)) {
        *why = u"params must be an object or an array"_s;
        return false;
    }
    return true;
}

// A JSON string literal with QJsonDocument's escaping.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QList<BatchCommand> failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return {};
}

} // namespace

QList<BatchCommand> BatchCommand::listFromJson(const OrderedJson &value, QString *error)
{
    if (error)
        error->clear();
    QList<BatchCommand> commands;
    QString why;
    if (value.isArray()) {
        for (qsizetype i = 0; i < value.size(); ++i) {
            BatchCommand command;
            if (!parseRow(value.at(i), &command, &why))
                return failWith(error, u"Batch command #"_s + QString::number(i) + u": "_s + why);
            commands << command;
        }
    } else if (value.isObject()) {
        for (qsizetype i = 0; i < value.size(); ++i) {
            BatchCommand command;
            const QString label = value.keyAt(i);
            if (label.isEmpty())
                return failWith(error, u"Batch command labels must not be empty"_s);
            if (!parseRow(value.at(i), &command, &why))
                return failWith(error, u"Batch command \""_s + label + u"\": "_s + why);
            command.key = label;
            commands << command;
        }
    } else {
        return failWith(error, u"Batch commands must be an array or an object of commands"_s);
    }
    if (commands.isEmpty())
        return failWith(error, u"Batch has no commands"_s);
    if (const QString twice = duplicateKey(commands); !twice.isEmpty())
        return failWith(error, u"Batch key \""_s + twice +
                                   u"\" names two commands; the portal would answer both "
                                   u"with one result"_s);
    return commands;
}

QString BatchCommand::duplicateKey(const QList<BatchCommand> &commands)
{
    QSet<QString> seen;
    for (const QString &key : wireKeys(commands)) {
        if (seen.contains(key))
            return key;
        seen.insert(key);
    }
    return {};
}

bool BatchCommand::usesNamedKeys(const QList<BatchCommand> &commands)
{
    return std::any_of(commands.begin(), commands.end(),
                       [](const BatchCommand &c) { return !c.key.isEmpty(); });
}

QStringList BatchCommand::wireKeys(const QList<BatchCommand> &commands)
{
    QStringList keys;
    keys.reserve(commands.size());
    for (qsizetype i = 0; i < commands.size(); ++i)
        keys << (commands.at(i).key.isEmpty() ? QString::number(i) : commands.at(i).key);
    return keys;
}

QByteArray BatchCommand::requestBody(const QList<BatchCommand> &commands, bool haltOnError)
{
    // Written by hand: a QJsonObject would sort the labels, and the portal runs commands in the
    // order it receives them ("cmd_10" must not run before "cmd_2" in a chained list).
    const bool named = usesNamedKeys(commands);
    const QStringList keys = wireKeys(commands);
    QByteArray body =
        haltOnError ? QByteArrayLiteral("{\"halt\":1,\"cmd\":") : QByteArrayLiteral("{\"halt\":0,\"cmd\":");
    body += named ? '{' : '[';
    for (qsizetype i = 0; i < commands.size(); ++i) {
        if (i > 0)
            body += ',';
        if (named)
            body += jsonString(keys.at(i)) + ':';
        body += jsonString(batchCommandString(commands.at(i)));
    }
    body += named ? "}}" : "]}";
    return body;
}

QByteArray BatchCommand::requestBodyV3(const QList<BatchCommand> &commands)
{
    OrderedJson list = OrderedJson::array();
    for (const BatchCommand &command : commands) {
        OrderedJson row = OrderedJson::object();
        row.insert(u"method"_s, command.method);
        // Every item needs a query, {} at least: one without it fails the whole batch.
        row.insert(u"query"_s, command.params.isObject() ? command.params : OrderedJson::object());
        if (!command.key.isEmpty())
            row.insert(u"as"_s, command.key);
        list.append(row);
    }
    return list.toJson();
}

namespace {
// The aliases `value` refers to with {"$ref": "alias…"} or {"$refArray": "alias…"}.
void collectReferences(const OrderedJson &value, QStringList *aliases)
{
    if (value.isObject() && value.size() == 1 &&
        (value.keyAt(0) == u"$ref"_s || value.keyAt(0) == u"$refArray"_s)) {
        aliases->append(value.at(0).toString().section(u'.', 0, 0));
        return;
    }
    for (qsizetype i = 0; i < value.size(); ++i)
        collectReferences(value.at(i), aliases);
}
} // namespace

QString BatchCommand::referenceAcrossChunks(const QList<BatchCommand> &commands, int chunkSize)
{
    for (qsizetype i = 0; i < commands.size(); ++i) {
        QStringList aliases;
        collectReferences(commands.at(i).params, &aliases);
        const qsizetype chunkStart = i - i % chunkSize;
        for (const QString &alias : std::as_const(aliases)) {
            bool inChunk = false;
            for (qsizetype j = chunkStart; j < i; ++j)
                inChunk = inChunk || commands.at(j).key == alias;
            if (!inChunk)
                return alias;
        }
    }
    return {};
}

OrderedJson BatchCommand::toStoredJson(const QList<BatchCommand> &commands, bool haltOnError)
{
    OrderedJson list = OrderedJson::array();
    for (const BatchCommand &command : commands) {
        OrderedJson row = OrderedJson::object();
        if (!command.key.isEmpty())
            row.insert(u"as"_s, command.key);
        row.insert(u"method"_s, command.method);
        row.insert(u"params"_s, command.params);
        list.append(row);
    }
    OrderedJson stored = OrderedJson::object();
    stored.insert(u"halt"_s, haltOnError);
    stored.insert(u"commands"_s, list);
    return stored;
}

bool BatchCommand::fromStoredJson(const OrderedJson &stored, QList<BatchCommand> *commands, bool *haltOnError)
{
    const OrderedJson list = stored.value(u"commands");
    if (!stored.isObject() || !list.isArray() || list.isEmpty())
        return false;
    QString error;
    const QList<BatchCommand> parsed = listFromJson(list, &error);
    if (!error.isEmpty() || parsed.isEmpty())
        return false;
    *commands = parsed;
    *haltOnError = stored.value(u"halt").isBool() && stored.value(u"halt").toBool();
    return true;
}

} // namespace b24
