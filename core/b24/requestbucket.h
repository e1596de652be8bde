#pragma once

#include "core/b24/limitersettings.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace b24 {

// The request-rate counter (leaky bucket) of one portal. The portal counts every HTTP request
// against the portal (and the source address), whichever webhook sends it (protocol §4.1), so
// one bucket serves every webhook and job of this process against that portal. Only the rate
// fields of LimiterSettings (unlimited, burst, drain, headroom) and its clock are used.
// Thread-safe.
class RequestBucket : public QObject
{
    Q_OBJECT
public:
    explicit RequestBucket(const LimiterSettings &settings = {}, QObject *parent = nullptr);

    // How long until one more request fits (0 = go now).
    qint64 delayMs() const;
    // A request leaves now (fills the bucket by one).
    void noteSent();
    // QUERY_LIMIT_EXCEEDED: the portal's counter is full, whatever ours says.
    void noteRejected();

    double level() const; // drained to now
    int burst() const;
    double drainPerSecond() const;
    bool isUnlimited() const;
    LimiterSettings settings() const;
    // The level carries over, drained under the old rate until now.
    void setSettings(const LimiterSettings &settings);

    // The bucket of this origin ("https://host[:port]"), created with `settings` on first use.
    // A later caller's settings replace the current ones only when `replace` is true (its
    // options state the plan): the portal has one plan, and a hook that does not know it must
    // not undo what another hook stated.
    static std::shared_ptr<RequestBucket> forOrigin(const QString &origin, const LimiterSettings &settings,
                                                    bool replace);

signals:
    void changed();

private:
    qint64 nowMs() const;
    double levelAt(qint64 nowMs) const;

    mutable QMutex m_mutex;
    LimiterSettings m_settings;
    double m_level = 0;
    qint64 m_levelAtMs = 0;
};

} // namespace b24
