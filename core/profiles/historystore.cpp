#include "core/profiles/historystore.h"

#include "core/b24/redaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

HistoryStore::HistoryStore(const QString &filePath, int maxEntries, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
    , m_maxEntries(qMax(1, maxEntries))
{}

QString HistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.jsonl"_s;
}

QList<QByteArray> HistoryStore::readLines() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeIf([](const QByteArray &l) { return l.trimmed().isEmpty(); });
    return lines;
}

bool HistoryStore::append(const HistoryEntry &entry, QString *error)
{
    // Redact the serialized line as a whole: a URL or a registered secret anywhere in the params goes too.
    const QString line = redact(QString::fromUtf8(entry.toJson().toJson()));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_lineCount < 0)
        m_lineCount = readLines().size();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line.toUtf8() + '\n') < 0) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.close();
    ++m_lineCount;
    if (m_lineCount > m_maxEntries + qMax(1, m_maxEntries / 10) && !compact(error))
        return false;
    if (const auto stored = HistoryEntry::fromJson(OrderedJson::fromJson(line.toUtf8())))
        emit appended(*stored);
    return true;
}

bool HistoryStore::compact(QString *error)
{
    QList<QByteArray> lines = readLines();
    if (lines.size() > m_maxEntries)
        lines = lines.mid(lines.size() - m_maxEntries);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines.join('\n') + '\n') < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_lineCount = lines.size();
    return true;
}

QList<HistoryEntry> HistoryStore::entries() const
{
    QList<HistoryEntry> out;
    for (const QByteArray &line : readLines()) {
        if (const auto e = HistoryEntry::fromJson(OrderedJson::fromJson(line)))
            out.append(*e);
    }
    return out;
}

QList<HistoryEntry> HistoryStore::search(const QString &text, const QString &profileId, int limit) const
{
    QList<HistoryEntry> out;
    const QList<HistoryEntry> all = entries();
    for (auto it = all.crbegin(); it != all.crend() && (limit < 0 || out.size() < limit); ++it) {
        if (!profileId.isEmpty() && it->profileId != profileId)
            continue;
        const QString params = QString::fromUtf8(it->params.toJson());
        const bool hit = text.isEmpty() || it->method.contains(text, Qt::CaseInsensitive) ||
                         it->status.contains(text, Qt::CaseInsensitive) ||
                         it->profileId.contains(text, Qt::CaseInsensitive) ||
                         params.contains(text, Qt::CaseInsensitive);
        if (hit)
            out.append(*it);
    }
    return out;
}

bool HistoryStore::clear(QString *error)
{
    m_lineCount = 0;
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        if (error)
            *error = u"could not remove "_s + m_path;
        return false;
    }
    return true;
}

} // namespace b24
