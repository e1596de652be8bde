#pragma once

#include "core/apidocs/methodspec.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace b24 {

// The offline catalog of every documented method, generated from the official documentation by
// resources/catalog/generate_catalog.py and shipped inside the programs.
class DocsCatalog
{
public:
    // The catalog built into the program (parsed once, on first use; thread-safe).
    static const DocsCatalog &shipped();
    // A catalog file's contents (qCompress'd JSON); std::nullopt and *error when it is not one.
    static std::optional<DocsCatalog> fromData(const QByteArray &compressed, QString *error = nullptr);

    QString docsCommit() const { return m_commit; }
    qsizetype size() const { return m_methods.size(); }
    const QList<MethodSpec> &methods() const { return m_methods; }
    const MethodSpec *find(const QString &method) const; // case-insensitive
    QStringList scopes() const;

    // Methods whose name or title holds every word of `text` (case-insensitive), in `scope` when it
    // is given; names that start with the text come first.
    QList<const MethodSpec *> search(const QString &text, const QString &scope = {}) const;
    // Up to `count` documented names closest to an unknown one (edit distance), for "did you mean".
    QStringList nearest(const QString &method, int count = 3) const;

private:
    QString m_commit;
    QList<MethodSpec> m_methods;       // sorted by name
    QHash<QString, qsizetype> m_index; // lower-case name -> position
};

} // namespace b24
