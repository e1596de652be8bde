#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace b24::test {

// Real portal answers from tests/data/fixtures. A missing fixture ends the test program: it is a
// broken checkout, not a failing feature.
QByteArray fixtureBytes(const QString &name);
QJsonObject fixtureObject(const QString &name);
// The fixture as a value (an object or an array, whichever the file holds).
QJsonValue loadFixture(const QString &name);

} // namespace b24::test
