#include "core/catalog/openapicache.h"

#include "core/b24/orderedjson.h"
#include "core/catalog/methodcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// An answer body: {"result": …, "time": …} or the bare object (rest.documentation.openapi).
OrderedJson resultOf(const OrderedJson &body)
{
    const OrderedJson result = body.isObject() ? body.value(u"result") : OrderedJson();
    return result.isUndefined() ? body : result;
}

OpenApiCatalog buildFrom(const OrderedJson &documentBody, const OrderedJson &scopesBody, QString *error)
{
    const OrderedJson document = resultOf(documentBody);
    const OrderedJson scopes = resultOf(scopesBody);
    OpenApiCatalog::Parsed parsed = OpenApiCatalog::parse(document);
    if (error)
        *error = parsed.error;
    if (scopes.isObject()) {
        const OpenApiCatalog::ScopesParsed entries = OpenApiCatalog::parseScopeList(scopes);
        if (entries.error.isEmpty())
            parsed.catalog.applyScopes(entries.entries);
    }
    return parsed.catalog;
}

} // namespace

OpenApiCatalog OpenApiCache::build(const QByteArray &document, const QByteArray &scopes, QString *error)
{
    return buildFrom(OrderedJson::fromJson(document), OrderedJson::fromJson(scopes), error);
}

QString OpenApiCache::filePath(const QString &profileId)
{
    QString path = MethodCatalog::cacheFilePath(profileId);
    path.chop(5); // ".json"
    return path + u"-rest3.json"_s;
}

bool OpenApiCache::save(const QString &profileId, const QByteArray &document, const QByteArray &scopes)
{
    OrderedJson kept = OrderedJson::object();
    kept.insert(u"openapi"_s, OrderedJson::fromJson(document));
    const OrderedJson scopeAnswer = OrderedJson::fromJson(scopes);
    if (scopeAnswer.isObject())
        kept.insert(u"scopes"_s, scopeAnswer);
    const QString path = filePath(profileId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(kept.toJson()) >= 0 && file.commit();
}

std::optional<OpenApiCatalog> OpenApiCache::load(const QString &profileId)
{
    QFile file(filePath(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const OrderedJson kept = OrderedJson::fromJson(file.readAll());
    if (!kept.value(u"openapi"_s).isObject())
        return std::nullopt; // corrupt or old: asked again
    QString error;
    OpenApiCatalog catalog = buildFrom(kept.value(u"openapi"_s), kept.value(u"scopes"_s), &error);
    if (!error.isEmpty())
        return std::nullopt;
    return catalog;
}

} // namespace b24
