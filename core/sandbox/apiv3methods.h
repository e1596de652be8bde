#pragma once

#include "core/sandbox/apiv3entity.h"
#include "core/sandbox/methodregistry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace b24 {

// One REST 3.0 method the sandbox serves, with what the OpenAPI document and rest.scope.list say
// of it.
struct ApiV3Method
{
    ApiV3Method(const QString &methodName, const QString &methodScope, const QString &methodTitle,
                MethodHandler methodHandler)
        : name(methodName)
        , scope(methodScope)
        , title(methodTitle)
        , handler(std::move(methodHandler))
    {}
    ApiV3Method &writes()
    {
        write = true;
        return *this;
    }
    ApiV3Method &takes(const QStringList &names, const QStringList &needed = {})
    {
        params = names;
        required = needed;
        return *this;
    }
    ApiV3Method &answers(std::shared_ptr<const ApiV3Entity> of, const QString &shape)
    {
        entity = std::move(of);
        answer = shape;
        return *this;
    }

    QString name; // lower-case
    QString scope;
    QString title;
    MethodHandler handler;
    bool write = false;                        // Idempotency-Key applies (docs/protocol.md §11.6)
    QStringList params;                        // top-level parameters: id, fields, select, filter, ...
    QStringList required;                      // of those, the ones a call must give
    std::shared_ptr<const ApiV3Entity> entity; // the items it reads or writes (may be null)
    QString answer;                            // "item", "items" or "result"
};

// The REST 3.0 method table (separate from the classic one: a name may exist in both with other
// rules), looked up case-insensitively, listed in registration order.
class ApiV3Methods
{
public:
    void add(const ApiV3Method &method);
    const ApiV3Method *find(const QString &name) const;
    const QList<ApiV3Method> &all() const { return m_methods; }

private:
    QList<ApiV3Method> m_methods;
};

} // namespace b24
