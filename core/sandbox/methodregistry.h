#pragma once

#include "core/sandbox/phpvalue.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace b24 {

// One REST call as a handler sees it: parameters without start/auth keys, and the page offset.
struct CallContext
{
    QString method; // lower-case name
    PhpValue params;
    qint64 start = 0; // intval($_REQUEST['start']); -1 disables counting
    bool inBatch = false;
    qint64 nowMs = 0;
};

// What a handler returns: a result (with list navigation) or an error envelope.
struct MethodResult
{
    bool ok = true;
    PhpValue result;
    std::optional<qint64> next;
    std::optional<qint64> total;
    QString error;
    QString description;
    int status = 400;
    PhpValue extra;       // additional error keys (e.g. "argument")
    QByteArray logSuffix; // for the request log: batch lists its commands here

    static MethodResult success(const PhpValue &result)
    {
        MethodResult r;
        r.result = result;
        r.status = 200;
        return r;
    }
    static MethodResult failure(const QString &code, const QString &text, int status = 400)
    {
        MethodResult r;
        r.ok = false;
        r.error = code;
        r.description = text;
        r.status = status;
        return r;
    }
};

// A call after dispatch: its result plus the `time` object the envelope (or batch) reports.
struct ExecutedCall
{
    MethodResult call;
    PhpValue time;
};

using MethodHandler = std::function<MethodResult(const CallContext &)>;

struct MethodInfo
{
    QString name;  // lower-case
    QString scope; // empty: global ("basic"), always available
    MethodHandler handler;
    bool webhookAllowed = true; // false: application (OAuth) context only -> WRONG_AUTH_TYPE
};

// The portal's method table, looked up case-insensitively.
class MethodRegistry
{
public:
    void add(const QString &name, const QString &scope, MethodHandler handler, bool webhookAllowed = true);
    const MethodInfo *find(const QString &name) const;
    QStringList names() const; // sorted
    QStringList scopes() const;

private:
    QHash<QString, MethodInfo> m_methods;
};

} // namespace b24
