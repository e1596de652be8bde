#pragma once

#include "core/sandbox/methodregistry.h"

#include <QList>
#include <QPair>
#include <QString>

namespace b24 {

// REST 3.0 error answers (docs/protocol.md §11.2): `{"error": {code, message, validation?}}`, the
// code prefixed with BITRIX_REST_V3_EXCEPTION_, the HTTP status telling the class of error.
class ApiV3Errors
{
public:
    using Validation = QList<QPair<QString, QString>>; // field, message

    // `name` without the prefix: "INVALIDFILTEREXCEPTION", "VALIDATION_REQUESTVALIDATIONEXCEPTION".
    static MethodResult make(const QString &name, const QString &message, int status = 400,
                             const Validation &validation = {});
    static MethodResult required(const QString &field);
    static MethodResult notFound(const QString &what);
    // The JSON body of a failed MethodResult.
    static PhpValue body(const MethodResult &error);
    static QString code(const QString &name);
};

} // namespace b24
