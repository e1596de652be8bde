#pragma once

#include "core/labels/labelsource.h"

#include <QHash>
#include <QString>

namespace b24 {

// The names one portal gave, kept for the session: dictionary entries and looked-up records by
// book ("status:DEAL_STAGE", "category", "user", "company", ...), the IDs a lookup could not name
// with the reason, and the books the portal refused as a whole.
class NameBook
{
public:
    struct Name
    {
        QString text;       // the name, or the code itself when it could not be named
        bool named = false; // false: `text` is the code, `why` says why
        QString why;
    };

    void add(const QString &book, const QString &id, const QString &name);
    // A looked-up ID the portal did not name (deleted, not visible to this webhook, refused).
    void addMissing(const QString &book, const QString &id, const QString &why);
    // The whole book is unavailable (no permission for its method): its codes stay codes.
    void setUnavailable(const QString &book, const QString &why);
    QString unavailable(const QString &book) const { return m_unavailable.value(book); }
    QHash<QString, QString> unavailableBooks() const { return m_unavailable; }

    // True once the ID has a name or a recorded reason (no need to ask the portal again).
    bool knows(const QString &book, const QString &id) const;
    Name name(const LabelSource &source, const QString &id) const;

    qsizetype namedCount() const;
    qsizetype missingCount() const;
    void clear();

private:
    QHash<QString, QHash<QString, QString>> m_names;
    QHash<QString, QHash<QString, QString>> m_missing;
    QHash<QString, QString> m_unavailable;
};

} // namespace b24
