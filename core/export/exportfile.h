#pragma once

#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace b24 {

// The target of an export. A regular file is written through QSaveFile: the rows go to a
// temporary file beside the target that replaces it only on commit(), so a cancelled, failed or
// killed export leaves the previous file untouched and nothing half-written under its name.
// A target that exists and is not a regular file (/dev/stdout, a FIFO, /dev/full) cannot be
// replaced atomically and is written directly.
class ExportFile
{
public:
    explicit ExportFile(const QString &path);
    ~ExportFile(); // without commit(): cancel()
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    bool open();
    QIODevice *device() const;
    bool isAtomic() const { return m_save != nullptr; }

    // Makes the export visible under the target name; false (and the target untouched) on failure.
    bool commit();
    void cancel();

    QString path() const { return m_path; }
    // "cannot write FILE: reason" — the path is the user's own, never a secret.
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &reason);

    QString m_path;
    QString m_error;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
    bool m_done = false;
};

} // namespace b24
