#include "core/catalog/webhookcheck.h"

#include "core/b24/b24hook.h"
#include "core/b24/batchjob.h"
#include "core/b24/calljob.h"
#include "core/b24/clientoptions.h"
#include "core/b24/portallimiter.h"
#include "core/b24/redaction.h"
#include "core/catalog/webhookadvice.h"

#include <QCoreApplication>
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
    // Labels are padded to one column, as wide as the longest label in the current language.
    static const char *const kLabels[] = {
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Webhook:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Status:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Advice:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Profile:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Scopes:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Methods:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Round trip:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "License:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Plan:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Limits:"),
        QT_TRANSLATE_NOOP("b24::WebhookCheckReport", "Warning:"),
    };
    qsizetype width = 12;
    for (const char *label : kLabels)
        width = qMax(width, QCoreApplication::translate("b24::WebhookCheckReport", label).size());
    const auto line = [width](const char *label, const QString &value) -> QString {
        const QString translated = QCoreApplication::translate("b24::WebhookCheckReport", label);
        return translated.leftJustified(width) + u' ' + value + u'\n';
    };
    QString text = line("Webhook:", redactedUrl);
    if (error.isError())
        return text +
               line("Status:", QCoreApplication::translate("b24::WebhookCheckReport", "FAILED  %1")
                                   .arg(error.toString())) +
               line("Advice:", advice);
    text += line("Status:", QCoreApplication::translate("b24::WebhookCheckReport", "OK"));
    const QString name =
        QString(profile.value(u"NAME"_s).toString() + u' ' + profile.value(u"LAST_NAME"_s).toString())
            .trimmed();
    const QString userId = profile.value(u"ID"_s).toVariant().toString();
    text += line("Profile:",
                 (admin ? QCoreApplication::translate("b24::WebhookCheckReport", "user %1 %2 (administrator)")
                        : QCoreApplication::translate("b24::WebhookCheckReport", "user %1 %2"))
                     .arg(userId, name)
                     .trimmed());
    if (userError.isError()) {
        text += QCoreApplication::translate("b24::WebhookCheckReport", "user.current refused: %1")
                    .arg(userError.toString()) +
                u'\n';
        text += line("Advice:", userAdvice);
    } else {
        text += u"user.current %1\n"_s.arg(userName.isEmpty() ? u"ok"_s : userName);
    }
    text +=
        line("Scopes:", scopes.isEmpty() ? QCoreApplication::translate("b24::WebhookCheckReport", "(none)")
                                         : scopes.join(u", "_s));
    text += line("Methods:",
                 QCoreApplication::translate("b24::WebhookCheckReport", "%1 available").arg(methodCount));
    text +=
        line("Round trip:", QCoreApplication::translate("b24::WebhookCheckReport", "%1 ms").arg(roundTripMs));
    text += line("License:", license.isEmpty()
                                 ? QCoreApplication::translate("b24::WebhookCheckReport", "(unknown)")
                                 : license);
    text += line(
        "Plan:",
        QCoreApplication::translate("b24::WebhookCheckReport", "%1 (the portal's rate limits)").arg(plan));
    text += line("Limits:", QCoreApplication::translate("b24::WebhookCheckReport",
                                                        "burst %1, %2 requests/s (client side)")
                                .arg(burst)
                                .arg(drainPerSecond));
    for (const QString &warning : warnings)
        text += line("Warning:", warning);
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
    // The portal's bucket may have been set by another hook that stated the plan: report what paces us.
    m_report.burst = m_hook->limiter()->burst();
    m_report.drainPerSecond = m_hook->limiter()->drainPerSecond();
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
