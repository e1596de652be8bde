#include "webhookcheck.h"

#include "b24/b24hook.h"
#include "b24/batchjob.h"
#include "b24/calljob.h"
#include "b24/clientoptions.h"
#include "b24/redaction.h"
#include "catalog/webhookadvice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

QJsonObject errorJson(const ApiError &error)
{
    return QJsonObject{{u"code"_s, error.code},
                       {u"description"_s, redact(error.description)},
                       {u"problem"_s, WebhookAdvice::problemName(WebhookAdvice::classify(error))},
                       {u"advice"_s, WebhookAdvice::advice(error)}};
}

// "method: CODE: description. Advice." for a check that failed without sinking the webhook.
QString warningWithAdvice(const QString &method, const ApiError &error)
{
    const QString advice = WebhookAdvice::advice(error);
    const QString warning = u"%1: %2"_s.arg(method, error.toString());
    return advice.isEmpty() ? warning : warning + u" \u2014 "_s + advice;
}

bool isTrue(const QJsonValue &value)
{
    return value.toBool() || value.toString() == "Y"_L1 || value.toInt() == 1;
}

} // namespace

QString WebhookCheckReport::planFromLicense(const QString &license)
{
    if (license.isEmpty())
        return u"unknown"_s;
    // Licence codes carry a region prefix: ru_ent250, de_pro100, en_ent1000; some have none.
    const QString code = license.section(u'_', -1).toLower();
    return code.startsWith("ent"_L1) ? u"enterprise"_s : u"standard"_s;
}

QJsonObject WebhookCheckReport::toJson() const
{
    QJsonObject json{{u"ok"_s, ok()}, {u"portal"_s, origin}, {u"webhook"_s, redactedUrl}};
    if (error.isError())
        json.insert(u"error"_s, errorJson(error));
    json.insert(u"profile"_s, profile);
    json.insert(u"user"_s, userError.isError() ? QJsonValue(errorJson(userError)) : QJsonValue(userName));
    json.insert(u"admin"_s, admin);
    json.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
    json.insert(u"methodCount"_s, methodCount);
    json.insert(u"roundTripMs"_s, roundTripMs);
    json.insert(u"license"_s, license);
    json.insert(u"plan"_s, plan);
    json.insert(u"limits"_s, QJsonObject{{u"burst"_s, burst}, {u"drainPerSecond"_s, drainPerSecond}});
    json.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return json;
}

QString WebhookCheckReport::toText() const
{
    QString text = u"Webhook:     %1\n"_s.arg(redactedUrl);
    if (error.isError())
        return text + u"Status:      FAILED  %1\nAdvice:      %2\n"_s.arg(error.toString(), advice);
    text += u"Status:      OK\n"_s;
    const QString name =
        QString(profile.value(u"NAME"_s).toString() + u' ' + profile.value(u"LAST_NAME"_s).toString())
            .trimmed();
    text += u"Profile:     user %1 %2%3\n"_s.arg(profile.value(u"ID"_s).toVariant().toString(), name,
                                                 admin ? u" (administrator)"_s : QString());
    if (userError.isError())
        text += u"user.current refused: %1\nAdvice:      %2\n"_s.arg(userError.toString(), userAdvice);
    else
        text += u"user.current %1\n"_s.arg(userName.isEmpty() ? u"ok"_s : userName);
    text += u"Scopes:      %1\n"_s.arg(scopes.isEmpty() ? u"(none)"_s : scopes.join(u", "_s));
    text += u"Methods:     %1 available\n"_s.arg(methodCount);
    text += u"Round trip:  %1 ms\n"_s.arg(roundTripMs);
    text += u"License:     %1\n"_s.arg(license.isEmpty() ? u"(unknown)"_s : license);
    text += u"Plan:        %1 (the portal's rate limits)\n"_s.arg(plan);
    text += u"Limits:      burst %1, %2 requests/s (client side)\n"_s.arg(burst).arg(drainPerSecond);
    for (const QString &warning : warnings)
        text += u"Warning:     %1\n"_s.arg(warning);
    return text;
}

WebhookCheck::WebhookCheck(B24Hook *hook, QObject *parent)
    : QObject(parent)
    , m_hook(hook)
{}

void WebhookCheck::start()
{
    m_report = {};
    m_report.plan = WebhookCheckReport::planFromLicense({});
    m_report.origin = m_hook->getTargetOrigin();
    m_report.redactedUrl = m_hook->webhook().redacted();
    m_report.burst = m_hook->options().effectiveBurst();
    m_report.drainPerSecond = m_hook->options().effectiveDrainPerSecond();
    const QList<BatchCommand> commands{
        {u"profile"_s, u"profile"_s, {}},  {u"user"_s, u"user.current"_s, {}},
        {u"admin"_s, u"user.admin"_s, {}}, {u"scope"_s, u"scope"_s, {}},
        {u"methods"_s, u"methods"_s, {}},  {u"app"_s, u"app.info"_s, {}},
    };
    BatchJob *job = m_hook->callBatch(commands, false);
    connect(job, &BatchJob::finished, this, [this, job] {
        const BatchResult result = job->result();
        if (result.error.isError()) {
            m_report.error = result.error;
            m_report.advice = WebhookAdvice::advice(result.error);
            emit finished();
            return;
        }
        for (const BatchItem &item : result.items) {
            if (item.key == "profile"_L1) {
                if (item.error.isError())
                    m_report.error = item.error;
                m_report.profile = item.result.toObject();
            } else if (item.key == "user"_L1) {
                m_report.userError = item.error;
                m_report.userAdvice = WebhookAdvice::advice(item.error);
                const QJsonObject user = item.result.toObject();
                m_report.userName =
                    QString(user.value(u"NAME"_s).toString() + u' ' + user.value(u"LAST_NAME"_s).toString())
                        .trimmed();
            } else if (item.key == "admin"_L1) {
                m_report.admin = isTrue(item.result);
            } else if (item.key == "scope"_L1) {
                for (const QJsonValue &scope : item.result.toArray())
                    m_report.scopes.append(scope.toString());
            } else if (item.key == "methods"_L1) {
                m_report.methodCount = item.error.isError() ? -1 : int(item.result.toArray().size());
            } else if (item.key == "app"_L1) {
                m_report.license = item.result.toObject().value(u"LICENSE"_s).toString();
            }
            if (item.error.isError() && item.key != "user"_L1 && item.key != "profile"_L1)
                m_report.warnings.append(warningWithAdvice(item.method, item.error));
        }
        m_report.plan = WebhookCheckReport::planFromLicense(m_report.license);
        if (m_report.error.isError()) {
            m_report.advice = WebhookAdvice::advice(m_report.error);
            emit finished();
            return;
        }
        measureRoundTrip();
    });
}

void WebhookCheck::measureRoundTrip()
{
    CallJob *job = m_hook->callMethod(u"server.time"_s);
    connect(job, &CallJob::finished, this, [this, job] {
        const CallResult &result = job->result();
        if (result.ok())
            m_report.roundTripMs = result.elapsedMs;
        else
            m_report.warnings.append(warningWithAdvice(u"server.time"_s, result.error));
        emit finished();
    });
}

} // namespace b24
