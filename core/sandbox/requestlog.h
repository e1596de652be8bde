#pragma once

#include "core/sandbox/httpserveroptions.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace b24 {

// The sandbox's request log: one compact JSON object per line and per HTTP request.
class RequestLog
{
public:
    // Opens (appending to) `path`; false with a message when it cannot be written.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    void write(const QJsonObject &line);

    // {"time", "method", "http", "status", "bytes", "ms", "fault"?}; never the path (it holds the secret).
    static QJsonObject lineFor(const HttpExchange &exchange);

private:
    QFile m_file;
};

} // namespace b24
