#pragma once

#include "core/b24/batchcommand.h"
#include "core/b24/batchresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace b24 {

// What a webhook may call: the portal's `methods` and `scope` answers, cached on disk per profile,
// and the badge of each method ("available" / "needs scope X").
class MethodCatalog
{
public:
    enum class Availability
    {
        Available,
        NeedsScope,
        Unknown
    };
    struct MethodStatus
    {
        Availability availability = Availability::Unknown;
        QString scope; // the scope the method needs, when known
        QString badge() const;
    };

    // Accepts a whole envelope ({"result": [...]}) or the bare result array of `methods` / `scope`.
    // Returns std::nullopt and sets *error when the answer is not a list of names.
    static std::optional<QStringList> parseNameList(const QJsonValue &answer, QString *error = nullptr);

    // The batch that reads a portal's own catalog (`methods`, then `scope`), and its answer made a
    // catalog; std::nullopt and *error when the portal did not answer the method list.
    static QList<BatchCommand> liveCommands();
    static std::optional<MethodCatalog> fromLiveAnswer(const BatchResult &result, QString *error);

    bool setMethodsAnswer(const QJsonValue &answer, QString *error = nullptr);
    bool setScopeAnswer(const QJsonValue &answer, QString *error = nullptr);
    void setMethods(const QStringList &methods);
    void setScopes(const QStringList &scopes);

    QStringList methods() const { return m_methods; }
    QStringList scopes() const { return m_scopes; }
    bool hasMethods() const { return !m_methods.isEmpty(); }
    bool hasScopes() const { return !m_scopes.isEmpty(); }
    bool hasMethod(const QString &method) const { return m_methodSet.contains(method.toLower()); }
    bool hasScope(const QString &scope) const { return m_scopeSet.contains(scope.toLower()); }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    void setFetchedAt(const QDateTime &when) { m_fetchedAt = when; }

    MethodStatus status(const QString &method) const;
    // Known method names starting with (or, after those, containing) `text`, case-insensitively.
    QStringList complete(const QString &text, int limit = 50) const;

    QJsonObject toJson() const;
    static MethodCatalog fromJson(const QJsonObject &json);

    // <CacheLocation>/catalog/<profile>.json; written atomically.
    static QString cacheFilePath(const QString &profileId);
    bool saveToCache(const QString &profileId, QString *error = nullptr) const;
    static std::optional<MethodCatalog> loadFromCache(const QString &profileId, QString *error = nullptr);

private:
    QStringList m_methods;
    QStringList m_scopes;
    QSet<QString> m_methodSet;
    QSet<QString> m_scopeSet;
    QDateTime m_fetchedAt;
};

} // namespace b24
