#include "core/sandbox/requestlog.h"

#include <QDateTime>
#include <QJsonDocument>

namespace b24 {

bool RequestLog::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return true;
    if (error)
        *error = QStringLiteral("cannot open log file %1: %2").arg(path, m_file.errorString());
    return false;
}

void RequestLog::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void RequestLog::write(const QJsonObject &line)
{
    if (!m_file.isOpen())
        return;
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush(); // readers tail the file while the sandbox runs
}

QJsonObject RequestLog::lineFor(const HttpExchange &exchange)
{
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromUtf8(exchange.logMethod)},
        {QStringLiteral("http"), QString::fromLatin1(exchange.httpMethod)},
        {QStringLiteral("status"), exchange.status},
        {QStringLiteral("bytes"), exchange.bytes},
        {QStringLiteral("ms"), exchange.elapsedMs},
    };
    if (!exchange.fault.isEmpty())
        line.insert(QStringLiteral("fault"), QString::fromLatin1(exchange.fault));
    if (!exchange.secure)
        line.insert(QStringLiteral("tls"), false);
    if (exchange.batchRefusals > 0)
        line.insert(QStringLiteral("batch_429"), exchange.batchRefusals);
    return line;
}

} // namespace b24
