#pragma once

#include "core/sandbox/httpserveroptions.h"

#include <QList>
#include <QString>

#include <random>

namespace b24 {

// Decides, per request and deterministically under a seed, whether to break the response, from a spec
// such as "503=0.1,html502=0.05,reset=0.05,truncate=0.02,slow=0.01,nonjson=0.02" (probabilities per request).
class FaultInjector
{
public:
    enum class Kind
    {
        None,
        QueryLimit503, // 503 QUERY_LIMIT_EXCEEDED JSON; the portal is not called
        Html502,       // an nginx-style HTML 502 page; the portal is not called
        Reset,         // the portal answers, the connection is reset in the middle of the body
        Truncate,      // the portal answers, the body is cut short of its Content-Length, then close
        Slow,          // the portal answers after slowDelayMs (beyond a client's timeout)
        NonJson        // 200 with an HTML body; the portal is not called
    };
    struct Rule
    {
        Kind kind = Kind::None;
        double probability = 0;
    };

    explicit FaultInjector(quint64 seed = 1);

    // Replaces the rules; an empty spec disables faults. On error the rules are left unchanged.
    bool setSpec(const QString &spec, QString *error = nullptr);
    static bool parseSpec(const QString &spec, QList<Rule> *rules, QString *error = nullptr);
    QList<Rule> rules() const { return m_rules; }
    bool isEnabled() const { return !m_rules.isEmpty(); }

    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }
    int slowDelayMs() const { return m_slowDelayMs; }

    // Draws the fault for the next request.
    Kind decide();
    // True for faults that replace the portal's answer instead of breaking its delivery.
    static bool replacesResponse(Kind kind);
    // Turns `reply` into the faulty one (for replacing kinds the response is overwritten).
    void apply(Kind kind, HttpReply *reply) const;
    static QByteArray name(Kind kind);
    static Kind kindFromName(const QString &name);

private:
    QList<Rule> m_rules;
    std::mt19937_64 m_random;
    int m_slowDelayMs = 70000;
};

} // namespace b24
