#include "core/profiles/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

QString appFolder(QStandardPaths::StandardLocation location)
{
    return QStandardPaths::writableLocation(location) + u'/' + QCoreApplication::applicationName();
}

} // namespace

QString DataPaths::dataFile(const QString &name)
{
    const QString path = appFolder(QStandardPaths::GenericDataLocation) + u'/' + name;
    const QString old = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + name;
    if (old != path && !QFile::exists(path) && QFile::exists(old)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::rename(old, path); // a failure leaves the old file; the new one starts empty
    }
    return path;
}

} // namespace b24
