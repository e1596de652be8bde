#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace b24 {

// How the sandbox portal behaves: data, plan, limits, scopes. Shared by the in-process server,
// the b24-sandbox program and the explorer's demo mode.
struct PortalOptions
{
    enum class Plan
    {
        Standard,
        Enterprise,
        Unlimited
    };

    quint64 seed = 1;
    // Entity name ("deals", "contacts", "leads", "companies", "users", "tasks") -> row count.
    QHash<QString, int> data{{QStringLiteral("deals"), 200}, {QStringLiteral("contacts"), 100},
                             {QStringLiteral("leads"), 100}, {QStringLiteral("companies"), 50},
                             {QStringLiteral("users"), 20},  {QStringLiteral("tasks"), 100}};
    Plan plan = Plan::Standard;
    double operatingLimitSeconds = 480; // per webhook and method per 10 minutes
    double operatingCostSeconds = 0;    // virtual handler time added per call (0 = real time only)
    // Handler time of a full list page (PageCost has the model): the answer comes that much later
    // and the operating budget is charged for it. 0: pages cost only the time they really take.
    double pageCostMs = 0;
    // Every clock of the portal (time, operating buckets, the leaky bucket) runs this many times
    // faster, and every delay it adds is this many times shorter.
    double timeScale = 1;
    double requestCapSeconds = 60; // a request still running after this (portal time) is cut off
    QStringList scopes{QStringLiteral("crm"), QStringLiteral("user"), QStringLiteral("task"),
                       QStringLiteral("department")};
    // Methods (lower case) the webhook's user has no permission for: they answer ACCESS_DENIED
    // "Access denied." (HTTP 403), alone or inside a batch, as a portal answers a user whose role
    // lacks the right (e.g. crm.status.list without access to the CRM settings).
    QStringList deniedMethods;
    int userId = 1;
    QString secret; // empty: generated from the seed
    // More webhooks of the same owner; each has its own operating budget, all share the bucket.
    QStringList extraSecrets;
    bool ownerActive = true;
    // Documented methods the sandbox does not emulate answer with the documentation's example
    // (DocsExamples), the HTTP answer marked X-Sandbox-Example: true.
    bool docsExamples = false;
    // A renamed portal: every request is answered with a 302 to this host ("new.bitrix24.ru" or
    // "host:port"), the path and query kept, as the cloud answers the old address.
    QString renamedTo;
};

} // namespace b24
