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
    double operatingLimitSeconds = 480; // per method per 10 minutes
    double operatingCostSeconds = 0;    // virtual handler time added per call (0 = real time only)
    QStringList scopes{QStringLiteral("crm"), QStringLiteral("user"), QStringLiteral("task"),
                       QStringLiteral("department")};
    int userId = 1;
    QString secret; // empty: generated from the seed
    bool ownerActive = true;
};

} // namespace b24
