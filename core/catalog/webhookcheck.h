#pragma once

#include "core/b24/apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace b24 {

class B24Hook;

// The health report of a webhook, shared by `b24-cli check` and the explorer's profile dialog.
struct WebhookCheckReport
{
    QString origin;      // https://host[:port]
    QString redactedUrl; // https://host/rest/1/••••/
    ApiError error;      // fatal: the webhook does not work at all (auth, network, ...)
    QString advice;      // WebhookAdvice for `error`: what to do, in plain words
    QJsonObject profile; // `profile`: ID, NAME, LAST_NAME, ADMIN
    QString userName;    // from user.current when the scope allows it
    ApiError userError;  // user.current refused (typically insufficient_scope)
    QString userAdvice;  // WebhookAdvice for `userError`
    bool admin = false;
    QStringList scopes;
    int methodCount = -1;
    qint64 roundTripMs = -1; // server.time, one request
    QString license;         // app.info LICENSE, e.g. "de_pro100"
    QString plan;            // the portal's rate-limit plan from `license`: standard|enterprise|unknown
    int burst = 0;           // client-side limiter settings in use
    double drainPerSecond = 0;
    QStringList warnings; // each with its advice

    // "de_pro100" -> "standard", "ru_ent250" -> "enterprise", "" -> "unknown": REST limits are
    // higher only on Enterprise licences.
    static QString planFromLicense(const QString &license);

    bool ok() const { return !error.isError(); }
    QJsonObject toJson() const;
    QString toText() const;
};

// Runs the checks in two requests: one batch (profile, user.current, user.admin, scope, methods,
// app.info) with halt=0 so each answer stands alone, then server.time for the round trip.
class WebhookCheck : public QObject
{
    Q_OBJECT
public:
    explicit WebhookCheck(B24Hook *hook, QObject *parent = nullptr);
    void start();
    const WebhookCheckReport &report() const { return m_report; }

signals:
    void finished();

private:
    void onBatchFinished();
    void measureRoundTrip();

    QPointer<B24Hook> m_hook;
    WebhookCheckReport m_report;
};

} // namespace b24
