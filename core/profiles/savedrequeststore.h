#pragma once

#include "core/profiles/savedrequest.h"

#include <QList>
#include <QObject>

namespace b24 {

// Saved requests of every portal in one JSON file (default <data folder>/saved-requests.json),
// written atomically, every byte through redact(). Export writes a portal's requests without
// anything of the portal (a colleague imports them into one of theirs); import names the portal.
class SavedRequestStore : public QObject
{
    Q_OBJECT
public:
    explicit SavedRequestStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    // By name, for one portal (HistoryEntry::portalKey()).
    QList<SavedRequest> requests(const QString &portal) const;
    std::optional<SavedRequest> request(const QString &id) const;
    // Adds (a new id) and returns it; empty with *error set when it could not be written.
    QString add(SavedRequest request, QString *error = nullptr);
    bool rename(const QString &id, const QString &name, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);

    // {"b24ExplorerSavedRequests": 1, "requests": [...]}: names, methods, parameters, modes.
    QByteArray exportJson(const QList<SavedRequest> &requests) const;
    // Adds every request of such a file to `portal`; the count added, or -1 with *error set.
    int importJson(const QByteArray &json, const QString &portal, QString *error = nullptr);

signals:
    void changed();

private:
    void load();
    bool save(QString *error);

    QString m_path;
    QList<SavedRequest> m_requests;
};

} // namespace b24
