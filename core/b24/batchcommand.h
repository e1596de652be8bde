#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace b24 {

// One command of a batch. key empty = positional (sent in a JSON array "cmd").
struct BatchCommand
{
    QString key;
    QString method;
    QJsonObject params;

    // Accepts [[method, params?], ...], [{method, params?, as?}, ...] or
    // {label: [method, params?] | {method, params?}, ...}. Array params (positional methods)
    // become {"0":..,"1":..}. Labels of the named form come in QJsonObject (sorted) order.
    // On failure returns {} and sets *error (names the bad row).
    static QList<BatchCommand> listFromJson(const QJsonValue &value, QString *error = nullptr);

    // True when "cmd" must be a JSON object (any command has a key).
    static bool usesNamedKeys(const QList<BatchCommand> &commands);
    // The key under which the portal answers command i: its label, or its position.
    static QStringList wireKeys(const QList<BatchCommand> &commands);
    // {"halt": 0|1, "cmd": [...] | {...}} — the body of a "batch" call, as compact JSON bytes that
    // keep the command order (the portal runs them in that order).
    static QByteArray requestBody(const QList<BatchCommand> &commands, bool haltOnError);

    bool operator==(const BatchCommand &other) const = default;
};

} // namespace b24
