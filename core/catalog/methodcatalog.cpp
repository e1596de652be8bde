#include "core/catalog/methodcatalog.h"

#include "core/catalog/methodscopes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

QSet<QString> lowered(const QStringList &names)
{
    QSet<QString> set;
    for (const QString &n : names)
        set.insert(n.toLower());
    return set;
}

} // namespace

QString MethodCatalog::MethodStatus::badge() const
{
    switch (availability) {
    case Availability::Available:
        return u"available"_s;
    case Availability::NeedsScope:
        return u"needs scope "_s + scope;
    case Availability::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<QStringList> MethodCatalog::parseNameList(const QJsonValue &answer, QString *error)
{
    QJsonValue list = answer;
    if (answer.isObject()) {
        const QJsonObject envelope = answer.toObject();
        if (envelope.contains(u"error"_s)) {
            if (error)
                *error =
                    u"the portal answered an error: "_s + envelope.value(u"error"_s).toVariant().toString();
            return std::nullopt;
        }
        list = envelope.value(u"result"_s);
    }
    if (!list.isArray()) {
        if (error)
            *error = u"expected a list of names"_s;
        return std::nullopt;
    }
    QStringList names;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isString() || v.toString().isEmpty()) {
            if (error)
                *error = u"expected a list of names, found a non-string item"_s;
            return std::nullopt;
        }
        names.append(v.toString());
    }
    return names;
}

bool MethodCatalog::setMethodsAnswer(const QJsonValue &answer, QString *error)
{
    const auto names = parseNameList(answer, error);
    if (names)
        setMethods(*names);
    return names.has_value();
}

bool MethodCatalog::setScopeAnswer(const QJsonValue &answer, QString *error)
{
    const auto names = parseNameList(answer, error);
    if (names)
        setScopes(*names);
    return names.has_value();
}

void MethodCatalog::setMethods(const QStringList &methods)
{
    m_methods = methods;
    m_methods.sort(Qt::CaseInsensitive);
    m_methods.removeDuplicates();
    m_methodSet = lowered(m_methods);
}

void MethodCatalog::setScopes(const QStringList &scopes)
{
    m_scopes = scopes;
    m_scopes.sort(Qt::CaseInsensitive);
    m_scopes.removeDuplicates();
    m_scopeSet = lowered(m_scopes);
}

MethodCatalog::MethodStatus MethodCatalog::status(const QString &method) const
{
    bool known = false;
    const QString scope = MethodScopes::scopeFor(method, &known);
    if (hasMethod(method) || (known && scope.isEmpty()))
        return {Availability::Available, scope};
    if (!known)
        return {Availability::Unknown, {}};
    if (!hasScopes())
        return {Availability::Unknown, scope};
    // The portal lets the narrower user_brief / user_basic scopes satisfy "user" methods.
    const bool granted =
        hasScope(scope) || (scope == "user"_L1 && (hasScope(u"user_brief"_s) || hasScope(u"user_basic"_s)));
    if (!granted)
        return {Availability::NeedsScope, scope};
    // Scope granted: trust it unless the portal's own method list says otherwise (a typo, an old portal).
    return {hasMethods() ? Availability::Unknown : Availability::Available, scope};
}

QStringList MethodCatalog::complete(const QString &text, int limit) const
{
    QStringList starts;
    QStringList contains;
    for (const QString &m : m_methods) {
        if (m.startsWith(text, Qt::CaseInsensitive))
            starts.append(m);
        else if (m.contains(text, Qt::CaseInsensitive))
            contains.append(m);
    }
    starts += contains;
    if (limit >= 0 && starts.size() > limit)
        starts.resize(limit);
    return starts;
}

QJsonObject MethodCatalog::toJson() const
{
    return {{u"version"_s, 1},
            {u"fetchedAt"_s, m_fetchedAt.toUTC().toString(Qt::ISODate)},
            {u"methods"_s, QJsonArray::fromStringList(m_methods)},
            {u"scopes"_s, QJsonArray::fromStringList(m_scopes)}};
}

MethodCatalog MethodCatalog::fromJson(const QJsonObject &json)
{
    MethodCatalog c;
    c.setMethods(parseNameList(json.value(u"methods"_s)).value_or(QStringList()));
    c.setScopes(parseNameList(json.value(u"scopes"_s)).value_or(QStringList()));
    c.m_fetchedAt = QDateTime::fromString(json.value(u"fetchedAt"_s).toString(), Qt::ISODate);
    return c;
}

QString MethodCatalog::cacheFilePath(const QString &profileId)
{
    // The id is ours (a UUID), but keep the file name safe whatever it is.
    QString safe = profileId;
    safe.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/catalog/"_s + safe +
           u".json"_s;
}

bool MethodCatalog::saveToCache(const QString &profileId, QString *error) const
{
    const QString path = cacheFilePath(profileId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<MethodCatalog> MethodCatalog::loadFromCache(const QString &profileId, QString *error)
{
    QFile file(cacheFilePath(profileId));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = u"corrupt catalog cache: "_s + parseError.errorString();
        return std::nullopt;
    }
    return fromJson(doc.object());
}

} // namespace b24
