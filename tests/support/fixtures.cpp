#include "tests/support/fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace b24::test {

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(B24_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixtureBytes(name)).object();
}

QJsonValue loadFixture(const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fixtureBytes(name));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace b24::test
