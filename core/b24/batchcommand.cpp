#include "b24/batchcommand.h"

#include "b24/phpquery.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// Positional methods take an array of parameters: PHP sees them as keys "0", "1", ...
bool toParams(const QJsonValue &value, QJsonObject *params)
{
    if (value.isUndefined() || value.isNull()) {
        *params = {};
        return true;
    }
    if (value.isObject()) {
        *params = value.toObject();
        return true;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QJsonObject object;
        for (qsizetype i = 0; i < array.size(); ++i)
            object.insert(QString::number(i), array.at(i));
        *params = object;
        return true;
    }
    return false;
}

// One row: ["method", params?] or {"method": .., "params": .., "as": ..}.
bool parseRow(const QJsonValue &row, BatchCommand *command, QString *why)
{
    QJsonValue method;
    QJsonValue params;
    if (row.isArray()) {
        const QJsonArray tuple = row.toArray();
        if (tuple.isEmpty() || tuple.size() > 2) {
            *why = u"a tuple must be [method, params]"_s;
            return false;
        }
        method = tuple.at(0);
        params = tuple.size() > 1 ? tuple.at(1) : QJsonValue();
    } else if (row.isObject()) {
        const QJsonObject object = row.toObject();
        method = object.value(u"method"_s);
        params = object.value(u"params"_s);
        const QJsonValue as = object.value(u"as"_s);
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

QList<BatchCommand> BatchCommand::listFromJson(const QJsonValue &value, QString *error)
{
    if (error)
        error->clear();
    QList<BatchCommand> commands;
    QString why;
    if (value.isArray()) {
        const QJsonArray rows = value.toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            BatchCommand command;
            if (!parseRow(rows.at(i), &command, &why))
                return failWith(error, u"Batch command #"_s + QString::number(i) + u": "_s + why);
            commands << command;
        }
    } else if (value.isObject()) {
        const QJsonObject named = value.toObject();
        for (auto it = named.begin(); it != named.end(); ++it) {
            BatchCommand command;
            if (it.key().isEmpty())
                return failWith(error, u"Batch command labels must not be empty"_s);
            if (!parseRow(it.value(), &command, &why))
                return failWith(error, u"Batch command \""_s + it.key() + u"\": "_s + why);
            command.key = it.key();
            commands << command;
        }
    } else {
        return failWith(error, u"Batch commands must be an array or an object of commands"_s);
    }
    if (commands.isEmpty())
        return failWith(error, u"Batch has no commands"_s);
    return commands;
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

} // namespace b24
