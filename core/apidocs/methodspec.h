#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace b24 {

// One parameter (or nested field) of a documented method, as the official docs' spec gives it.
struct SpecParam
{
    QString name;
    QString type; // "string", "integer", "datetime", "string[]", "object", "crm_status", ...
    QString description;
    QString ref; // name of a nested structure in MethodSpec::defs, or empty
    bool required = false;
    QList<QPair<QString, QString>> values; // allowed values and their titles, when listed

    bool isArray() const { return type.endsWith(QStringLiteral("[]")); }
};

// A documented method: what the official documentation says it takes and answers.
struct MethodSpec
{
    QString name;
    QString scope;
    QString kind; // the docs generator's read/write mark; MethodKind::isRead decides instead
    QString title;
    QString page; // path of the documentation page, "/api-reference/....html"
    bool deprecated = false;
    // Documented as REST 3.0 (/rest/api/, --api v3). The docs merge a name's v2 and v3 pages into
    // one spec; only the page's title ("v 3.0") or path ("-rest-v3") tells them apart.
    bool restV3 = false;
    QList<SpecParam> params;
    QList<QPair<QString, QList<SpecParam>>> defs; // nested structures by name, in the spec's order
    QJsonObject requestExample;                   // empty when the page has none
    QJsonValue resultExample;                     // the documented answer (an envelope), or undefined

    const QList<SpecParam> *def(const QString &name) const;
    // The documentation page on the English or the Russian site.
    QString pageUrl(bool russian) const;
    // True when a page's title or path marks it as REST 3.0.
    static bool isRestV3Page(const QString &title, const QString &page);
};

} // namespace b24
