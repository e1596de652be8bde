#include "core/catalog/openapicache.h"

#include "core/b24/orderedjson.h"
#include "core/catalog/methodcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

OpenApiCatalog OpenApiCache::build(const QJsonValue &document, const QJsonValue &scopes, QString *error)
{
    OpenApiCatalog::Parsed parsed = OpenApiCatalog::parse(OrderedJson(document));
    if (error)
        *error = parsed.error;
    if (scopes.isObject() || scopes.isArray()) {
        const OpenApiCatalog::ScopesParsed entries = OpenApiCatalog::parseScopeList(OrderedJson(scopes));
        if (entries.error.isEmpty())
            parsed.catalog.applyScopes(entries.entries);
    }
    return parsed.catalog;
}

QString OpenApiCache::filePath(const QString &profileId)
{
    QString path = MethodCatalog::cacheFilePath(profileId);
    path.chop(5); // ".json"
    return path + u"-rest3.json"_s;
}

bool OpenApiCache::save(const QString &profileId, const QJsonValue &document, const QJsonValue &scopes)
{
    const QString path = filePath(profileId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonObject kept{{u"openapi"_s, document}};
    if (!scopes.isUndefined())
        kept.insert(u"scopes"_s, scopes);
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(kept).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
}

std::optional<OpenApiCatalog> OpenApiCache::load(const QString &profileId)
{
    QFile file(filePath(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject kept = QJsonDocument::fromJson(file.readAll()).object();
    if (!kept.value(u"openapi"_s).isObject())
        return std::nullopt; // corrupt or old: asked again
    QString error;
    OpenApiCatalog catalog = build(kept.value(u"openapi"_s), kept.value(u"scopes"_s), &error);
    if (!error.isEmpty())
        return std::nullopt;
    return catalog;
}

} // namespace b24
