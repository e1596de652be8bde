#pragma once

#include "core/profiles/historyentry.h"

#include <QList>
#include <QObject>

namespace b24 {

// The call history: an append-only JSON Lines file (default <AppDataLocation>/history.jsonl), every line
// passed through redact(), bounded to the last maxEntries() calls. Appends are one short write; a
// compaction rewrites the file atomically once it grows 10% past the bound.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxEntries = 5000;

    explicit HistoryStore(const QString &filePath = defaultFilePath(), int maxEntries = DefaultMaxEntries,
                          QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_path; }
    int maxEntries() const { return m_maxEntries; }

    bool append(const HistoryEntry &entry, QString *error = nullptr);
    // Oldest first; unreadable lines are skipped.
    QList<HistoryEntry> entries() const;
    // Newest first: entries whose method, status, profile or params contain `text` (case-insensitive),
    // optionally only for one profile.
    QList<HistoryEntry> search(const QString &text, const QString &profileId = {}, int limit = 200) const;
    bool clear(QString *error = nullptr);

signals:
    void appended(const b24::HistoryEntry &entry);

private:
    QList<QByteArray> readLines() const;
    bool compact(QString *error);

    QString m_path;
    int m_maxEntries;
    qsizetype m_lineCount = -1; // counted on first append
};

} // namespace b24
