#include "core/export/exportfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ExportFile::ExportFile(const QString &path)
    : m_path(path)
{}

ExportFile::~ExportFile()
{
    if (!m_done)
        cancel();
}

bool ExportFile::fail(const QString &reason)
{
    m_error = u"cannot write %1: %2"_s.arg(m_path, reason);
    return false;
}

bool ExportFile::open()
{
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(u"it is a directory"_s);
    if (info.exists() && !info.isFile()) {
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly))
            return fail(m_direct->errorString());
        return true;
    }
    m_save = std::make_unique<QSaveFile>(m_path);
    // Never fall back to writing the target in place: that is what atomicity rules out.
    m_save->setDirectWriteFallback(false);
    if (!m_save->open(QIODevice::WriteOnly))
        return fail(m_save->errorString());
    return true;
}

QIODevice *ExportFile::device() const
{
    if (m_save)
        return m_save.get();
    return m_direct.get();
}

bool ExportFile::commit()
{
    m_done = true;
    if (m_save) {
        if (!m_save->commit())
            return fail(m_save->errorString());
        return true;
    }
    if (!m_direct)
        return fail(u"the file is not open"_s);
    if (!m_direct->flush())
        return fail(m_direct->errorString());
    m_direct->close();
    return true;
}

void ExportFile::cancel()
{
    m_done = true;
    m_save.reset(); // a QSaveFile destroyed before commit() discards its temporary file
    if (m_direct)
        m_direct->close();
}

} // namespace b24
