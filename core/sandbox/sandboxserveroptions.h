#pragma once

#include "core/sandbox/httprequestparser.h"

#include <QHostAddress>
#include <QString>

namespace b24 {

// How the sandbox is served on the network (PortalOptions say how the portal behaves).
struct SandboxServerOptions
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;   // 0: any free port
    int plainPort = -1; // plain-HTTP listener: -1 none, 0 any free port
    int latencyMs = 0;  // added to every response
    QString faults;     // FaultInjector spec; empty: none
    int slowFaultMs = 70000;
    QString logFile; // empty: no request log
    int idleTimeoutMs = 30000;
    HttpRequestLimits limits;
};

} // namespace b24
