#pragma once

#include "core/sandbox/seededrandom.h"

#include <QString>

namespace b24 {

// Pools of realistic values (Russian and English) and date formatting shared by the generators.
class SampleValues
{
public:
    static QString firstName(const SeededRandom &r, int slot, bool *female = nullptr);
    static QString lastName(const SeededRandom &r, int slot, bool female);
    static QString companyName(const SeededRandom &r, int slot);
    static QString dealTitle(const SeededRandom &r, int slot, qint64 id);
    static QString city(const SeededRandom &r, int slot);
    static QString phone(const SeededRandom &r, int slot);
    static QString email(const QString &first, const QString &last, qint64 id);
    static QString position(const SeededRandom &r, int slot);

    // Milliseconds of a moment in 2023-2025 picked by the generator.
    static qint64 moment(const SeededRandom &r, int slot);
    // ISO-8601 with the portal's offset (+03:00), e.g. 2024-08-30T14:29:00+03:00.
    static QString dateTime(qint64 msecs);
    // Legacy date fields: midnight with offset.
    static QString date(qint64 msecs);
    static QString utcDateTime(qint64 msecs);   // date('c') of a UTC server
    static QString plainDateTime(qint64 msecs); // "2024-07-23 08:08:50", UTC
};

} // namespace b24
