#pragma once

// Counts, from the sandbox's own request log, the requests it served and the faults it injected
// by kind: the figures the fault suite proves it survived.

#include "core/sandbox/sandboxserver.h"

#include <QMap>
#include <QObject>

namespace b24::test {

class FaultCounter
{
public:
    explicit FaultCounter(SandboxServer *server)
    {
        QObject::connect(server, &SandboxServer::requestServed, server, [this](const QJsonObject &line) {
            ++m_requests;
            const QString fault = line.value(QStringLiteral("fault")).toString();
            if (!fault.isEmpty())
                ++m_byKind[fault];
        });
    }
    int requests() const { return m_requests; }
    int faults() const
    {
        int sum = 0;
        for (int n : m_byKind)
            sum += n;
        return sum;
    }
    QString summary() const
    {
        QStringList parts;
        for (auto it = m_byKind.begin(); it != m_byKind.end(); ++it)
            parts << it.key() + u'=' + QString::number(it.value());
        return QStringLiteral("%1 requests, %2 faults (%3)")
            .arg(m_requests)
            .arg(faults())
            .arg(parts.join(u' '));
    }

private:
    int m_requests = 0;
    QMap<QString, int> m_byKind;
};

} // namespace b24::test
