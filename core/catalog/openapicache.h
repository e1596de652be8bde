#pragma once

#include "core/catalog/openapicatalog.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace b24 {

// The portal's REST 3.0 description per profile: the answers of rest.documentation.openapi and
// rest.scope.list (docs/protocol.md §11.8) kept on disk beside the method catalog's cache, so the
// method box lists the portal's REST 3.0 methods at once on the next start. The answers are kept as
// received (their key order is the document's field order) and parsed again on load: a newer parser
// reads more of the same document.
class OpenApiCache
{
public:
    // The catalog of the two answer bodies (scopes may be empty: rest.scope.list refused).
    static OpenApiCatalog build(const QByteArray &document, const QByteArray &scopes,
                                QString *error = nullptr);
    static bool save(const QString &profileId, const QByteArray &document, const QByteArray &scopes);
    static std::optional<OpenApiCatalog> load(const QString &profileId);
    static QString filePath(const QString &profileId);
};

} // namespace b24
