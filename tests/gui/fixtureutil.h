#pragma once

// Shared by the request-editor widget tests: real portal answers from tests/data/fixtures.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace b24test {

inline QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(B24_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixtureBytes(name)).object();
}

} // namespace b24test
