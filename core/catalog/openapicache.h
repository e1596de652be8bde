#pragma once

#include "core/catalog/openapicatalog.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace b24 {

// The portal's REST 3.0 description per profile: the answers of rest.documentation.openapi and
// rest.scope.list (docs/protocol.md §11.8) kept on disk beside the method catalog's cache, so the
// method box lists the portal's REST 3.0 methods at once on the next start. The answers are kept as
// received and parsed again on load: a newer parser reads more of the same document.
class OpenApiCache
{
public:
    // The catalog of the two answers (scopes may be undefined: rest.scope.list refused or absent).
    static OpenApiCatalog build(const QJsonValue &document, const QJsonValue &scopes,
                                QString *error = nullptr);
    static bool save(const QString &profileId, const QJsonValue &document, const QJsonValue &scopes);
    static std::optional<OpenApiCatalog> load(const QString &profileId);
    static QString filePath(const QString &profileId);
};

} // namespace b24
