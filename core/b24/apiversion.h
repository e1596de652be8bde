#pragma once

#include <QString>

#include <optional>

namespace b24 {

// Which of the portal's two REST protocols a call speaks (docs/protocol.md §11): the classic one
// under /rest/{user}/{secret}/ or REST 3.0 under /rest/api/{user}/{secret}/. One webhook serves
// both; the caller chooses per call.
enum class ApiVersion
{
    V2,
    V3
};

inline QString apiVersionName(ApiVersion api)
{
    return api == ApiVersion::V3 ? QStringLiteral("v3") : QStringLiteral("v2");
}

// "v2"/"2" or "v3"/"3" (any case); nullopt otherwise.
inline std::optional<ApiVersion> apiVersionFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("v2") || n == QStringLiteral("2"))
        return ApiVersion::V2;
    if (n == QStringLiteral("v3") || n == QStringLiteral("3"))
        return ApiVersion::V3;
    return std::nullopt;
}

} // namespace b24
