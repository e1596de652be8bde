#pragma once

#include "core/b24/orderedjson.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace b24 {

// One command of a batch. key empty = positional (sent in a JSON array "cmd").
struct BatchCommand
{
    QString key;
    QString method;
    OrderedJson params = OrderedJson::object(); // keys in the order written

    // Accepts [[method, params?], ...], [{method, params? (or query?), as?}, ...] or
    // {label: [method, params?] | {method, params?}, ...}, commands in the order written. Array
    // params (positional methods) become {"0":..,"1":..}. On failure returns {} and sets *error
    // (names the bad row, or the key used twice).
    static QList<BatchCommand> listFromJson(const OrderedJson &value, QString *error = nullptr);

    // The first key under which two commands would be answered (a label repeated, or a label equal
    // to another command's position): the portal would map both to one result. Empty when none.
    static QString duplicateKey(const QList<BatchCommand> &commands);

    // True when "cmd" must be a JSON object (any command has a key).
    static bool usesNamedKeys(const QList<BatchCommand> &commands);
    // The key under which the portal answers command i: its label, or its position.
    static QStringList wireKeys(const QList<BatchCommand> &commands);
    // {"halt": 0|1, "cmd": [...] | {...}} — the body of a "batch" call, as compact JSON bytes that
    // keep the command order (the portal runs them in that order).
    static QByteArray requestBody(const QList<BatchCommand> &commands, bool haltOnError);

    // REST 3.0: a bare array [{method, query, as?}] in the order written (docs/protocol.md §11.7).
    static QByteArray requestBodyV3(const QList<BatchCommand> &commands);
    // REST 3.0 references ({"$ref": "alias.item.f"}) resolve only within one request: the first
    // alias a command refers to that no earlier command of its chunk (of chunkSize) names, or empty.
    static QString referenceAcrossChunks(const QList<BatchCommand> &commands, int chunkSize);

    // What history and saved requests keep of a batch: {"halt": bool, "commands": [{"as": key,
    // "method": m, "params": {...}}, ...]}, every command whole, so the batch reopens in the editor;
    // requestBody() rebuilds the wire body from it.
    static OrderedJson toStoredJson(const QList<BatchCommand> &commands, bool haltOnError);
    // False when `stored` is not that form (e.g. the parameters of a plain "batch" call).
    static bool fromStoredJson(const OrderedJson &stored, QList<BatchCommand> *commands, bool *haltOnError);

    bool operator==(const BatchCommand &other) const = default;
};

} // namespace b24
