#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace b24 {

// The "time" object of an envelope (also each batch "result_time" entry). Times in seconds.
struct ResponseTime
{
    double start = 0;
    double finish = 0;
    double duration = 0;
    double processing = 0;
    QString dateStart;
    QString dateFinish;
    std::optional<double> operating;        // seconds used by this method in the last 10 minutes
    std::optional<qint64> operatingResetAt; // Unix seconds

    static ResponseTime fromJson(const QJsonObject &object);
    // nullopt unless value is an object.
    static std::optional<ResponseTime> fromJsonValue(const QJsonValue &value);
    QJsonObject toJson() const;

    bool operator==(const ResponseTime &other) const = default;
};

} // namespace b24
