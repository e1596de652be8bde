#pragma once

#include "core/sandbox/apiv3methods.h"

namespace b24 {

class DataStore;
struct PortalOptions;

// main.eventlog.list/get/tail/field.list under REST 3.0 over a generated, read-only event log
// (PortalOptions::data "eventlog", 500 rows by default). Several events share a timestamp and
// timestamps do not rise with the ID everywhere, as in a real log written by several processes:
// an order by time needs the ID as tie-breaker.
class ApiV3EventLog
{
public:
    static void registerIn(ApiV3Methods &methods, DataStore &data, const PortalOptions &options);
    static const ApiV3Entity &entity();
};

} // namespace b24
