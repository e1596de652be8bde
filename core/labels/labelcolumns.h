#pragma once

#include "core/catalog/fieldschema.h"
#include "core/labels/labelsource.h"
#include "core/labels/namebook.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace b24 {

// Which columns of an entity's rows can be named and how, read from its field descriptors, and
// what naming a row means: a "FIELD.label" key beside each such field (multi-value fields get a
// list of names), with the code kept where no name is known.
class LabelColumns
{
public:
    using References = QHash<LabelSource::Kind, QSet<QString>>;

    LabelColumns() = default;
    explicit LabelColumns(const FieldSchema &schema);

    bool isEmpty() const { return m_sources.isEmpty(); }
    // The nameable fields, by the key rows carry (the descriptor's name).
    QStringList fields() const { return m_order; }
    const LabelSource *source(const QString &field) const;
    // The field's title for headers ("Deal Stage"); the column itself when unknown. "X.label"
    // columns are titled "<title of X> (name)".
    QString title(const QString &column) const;
    const QHash<QString, QString> &titles() const { return m_titles; }

    static QString labelColumn(const QString &field);
    static QString labelSuffix() { return QStringLiteral(".label"); }

    // Dictionaries the columns need (read once, before any row).
    QSet<QString> statusTypes() const;
    bool needs(LabelSource::Kind kind) const;

    // The referenced IDs in `rows` that `book` cannot name yet ("0" and empty values skipped).
    void collectUnknown(const QJsonArray &rows, const NameBook &book, References *out) const;
    // The row with "FIELD.label" after every nameable field it holds.
    QJsonObject labelled(const QJsonObject &row, const NameBook &book) const;
    QJsonValue labelOf(const LabelSource &source, const QJsonValue &value, const NameBook &book) const;
    // Chosen export columns with "FIELD.label" inserted right after each nameable FIELD.
    QStringList withLabelColumns(const QStringList &columns) const;

    // A code as rows carry it ("8", 8, "C1:WON"); empty for null and what is not a code.
    static QString idText(const QJsonValue &value);
    // The code to name: idText(), but empty for a reference of 0 ("none").
    static QString codeOf(const LabelSource &source, const QJsonValue &value);

private:
    QStringList m_order;
    QHash<QString, LabelSource> m_sources;
    QHash<QString, QString> m_titles; // column -> title, the label columns included
};

} // namespace b24
