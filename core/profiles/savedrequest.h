#pragma once

#include "core/b24/orderedjson.h"

#include <QString>

#include <optional>

namespace b24 {

// A request kept by name for one portal: method, parameters (a batch in BatchCommand's stored
// form), run mode and API version. Never a secret: only these fields are stored or exported, and
// they pass through redact() on the way.
struct SavedRequest
{
    QString id;     // a UUID, this machine's
    QString portal; // HistoryEntry::portalKey() of the portal it belongs to; not exported
    QString name;
    QString method;
    OrderedJson params = OrderedJson::object();
    QString runMode = QStringLiteral("single"); // "single", "all-pages", "batch"
    QString apiVersion = QStringLiteral("v2");  // "v2" (classic /rest/) or "v3" (REST 3.0, /rest/api/)

    // withPortal: false for an export (the colleague's portal is not ours).
    OrderedJson toJson(bool withPortal = true) const;
    static std::optional<SavedRequest> fromJson(const OrderedJson &json, QString *error = nullptr);
};

} // namespace b24
