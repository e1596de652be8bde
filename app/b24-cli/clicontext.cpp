#include "app/b24-cli/clicontext.h"

#include "core/b24/apierror.h"
#include "core/b24/b24hook.h"
#include "core/b24/clientoptions.h"
#include "core/b24/redaction.h"
#include "core/b24/requestlogentry.h"
#include "core/b24/webhookurl.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

CliContext::CliContext(const GlobalOptions &options)
    : m_options(options)
{
    // Unbuffered on our side: QFile buffers, and we flush after each write.
    m_stdout.open(stdout, QIODevice::WriteOnly);
    m_stderr.open(stderr, QIODevice::WriteOnly);
}

CliContext::~CliContext()
{
    m_stdout.flush();
    m_stderr.flush();
}

int CliContext::fail(ExitCode code, const QString &errorCode, const QString &description)
{
    const QString text = description.isEmpty() ? errorCode : errorCode + u": "_s + description;
    m_stderr.write((tr("error: %1").arg(redact(text)) + u'\n').toUtf8());
    m_stderr.flush();
    return code;
}

int CliContext::failApi(const ApiError &error)
{
    const QString code = error.code.isEmpty() ? ApiError::kindName(error.kind).toUpper() : error.code;
    const int exitCode = fail(exitCodeFor(error), code, error.description);
    // REST 3.0 names every refused parameter: one line each, the field first.
    for (const FieldError &entry : error.validation) {
        m_stderr.write(
            redact(u"  %1: %2\n"_s.arg(entry.field.isEmpty() ? u"-"_s : entry.field, entry.message))
                .toUtf8());
    }
    m_stderr.flush();
    return exitCode;
}

ApiVersion CliContext::api() const
{
    if (m_options.api)
        return *m_options.api;
    return m_hook ? m_hook->webhook().api() : ApiVersion::V2;
}

void CliContext::noteIdempotency(const QString &key, bool replayed)
{
    if (!m_options.verbose || key.isEmpty())
        return;
    note(replayed ? tr("Idempotency-Key: %1 (the portal replayed its stored answer)").arg(key)
                  : tr("Idempotency-Key: %1 (not replayed)").arg(key));
}

int CliContext::failWrite(const QString &description)
{
    return fail(ExitLocalWrite, u"WRITE_FAILED"_s, description);
}

void CliContext::note(const QString &text)
{
    if (m_options.quiet)
        return;
    m_stderr.write((redact(text) + u'\n').toUtf8());
    m_stderr.flush();
}

bool CliContext::writeOut(const QByteArray &bytes)
{
    // Buffered bytes fail at the flush (ENOSPC on a full disk), so both are checked.
    const bool ok = m_stdout.write(bytes) == bytes.size() && m_stdout.flush();
    if (!ok && m_stdoutError.isEmpty())
        m_stdoutError = m_stdout.errorString();
    return ok;
}

int CliContext::finish(int exitCode)
{
    if (m_stdoutError.isEmpty() || exitCode == ExitLocalWrite)
        return exitCode;
    return failWrite(tr("cannot write the standard output: %1").arg(m_stdoutError));
}

bool CliContext::stderrIsTerminal() const
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool CliContext::showProgress() const
{
    switch (m_options.progress) {
    case GlobalOptions::Progress::On:
        return true;
    case GlobalOptions::Progress::Off:
        return false;
    case GlobalOptions::Progress::Auto:
        break;
    }
    return !m_options.quiet && stderrIsTerminal();
}

ProfileStore &CliContext::profiles()
{
    if (!m_profiles) {
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                 u"b24-explorer"_s, u"b24-explorer"_s);
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_session = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_keychain.get(), m_session.get());
    }
    return *m_profiles;
}

bool CliContext::resolveWebhookUrl(QString *url, int *exitCode)
{
    if (!m_options.webhook.isEmpty()) {
        *url = m_options.webhook;
        return true;
    }
    if (!m_options.profile.isEmpty()) {
        const std::optional<Profile> profile = profiles().profileByLabel(m_options.profile);
        if (!profile) {
            *exitCode = fail(ExitUsage, u"PROFILE_NOT_FOUND"_s,
                             tr("no profile named \"%1\" (see b24-cli profile list)").arg(m_options.profile));
            return false;
        }
        QEventLoop loop;
        SecretError error;
        profiles().webhookUrl(profile->id, &loop, [&](const QString &webhookUrl, const SecretError &e) {
            *url = webhookUrl;
            error = e;
            loop.quit();
        });
        loop.exec();
        if (error.isError()) {
            const bool missing = error.kind == SecretError::Kind::NotFound;
            *exitCode =
                fail(missing ? ExitUsage : ExitKeychain,
                     missing ? u"PROFILE_SECRET_MISSING"_s : u"KEYCHAIN_UNAVAILABLE"_s, error.toString());
            return false;
        }
        registerSecret(WebhookUrl::parse(*url).secret());
        if (m_options.plan.isEmpty() && !profile->plan.isEmpty())
            m_options.plan = profile->plan.toLower();
        return true;
    }
    *url = qEnvironmentVariable("B24_WEBHOOK");
    if (url->isEmpty()) {
        *exitCode =
            fail(ExitUsage, u"NO_WEBHOOK"_s, tr("give --webhook URL, --profile NAME or set B24_WEBHOOK"));
        return false;
    }
    return true;
}

B24Hook *CliContext::hook(int *exitCode)
{
    if (m_hook)
        return m_hook.get();
    QString url;
    if (!resolveWebhookUrl(&url, exitCode))
        return nullptr;

    ClientOptions client;
    if (!m_options.caFile.isEmpty()) {
        QString error;
        if (!ClientOptions::loadCaFile(m_options.caFile, &client.extraCaCertificates, &error)) {
            *exitCode = fail(ExitUsage, u"CACERT_UNREADABLE"_s, error);
            return nullptr;
        }
    }
    if (m_options.timeoutSeconds > 0)
        client.timeoutMs = int(m_options.timeoutSeconds * 1000);
    client.plan = ClientOptions::planFromName(m_options.plan);
    if (m_options.operatingLimitSeconds > 0)
        client.operatingLimitSeconds = m_options.operatingLimitSeconds;
    if (m_options.dryRun) {
        client.dryRun = [this](const QString &method, const QString &http, const QString &url,
                               const QByteArray &body) {
            if (m_dryRunLimit >= 0 && m_dryRunCount >= m_dryRunLimit)
                return;
            ++m_dryRunCount;
            // The body as it would go, byte for byte (it is JSON already).
            const QJsonObject head{
                {u"dryRun"_s, true}, {u"method"_s, method}, {u"http"_s, http}, {u"url"_s, url}};
            QByteArray line = QJsonDocument(head).toJson(QJsonDocument::Compact);
            line.chop(1);
            writeOut(line + ",\"body\":" + (body.isEmpty() ? "{}"_ba : body) + "}\n");
        };
    }

    WebhookUrl::ParseError parseError = WebhookUrl::ParseError::None;
    m_hook = B24Hook::fromWebhookUrl(url.trimmed(), &parseError, client);
    if (!m_hook || !m_hook->isValid()) {
        m_hook.reset();
        *exitCode =
            fail(ExitBadWebhook, WebhookUrl::errorCode(parseError), WebhookUrl::errorText(parseError));
        return nullptr;
    }
    if (m_options.verbose) {
        QObject::connect(m_hook.get(), &B24Hook::requestFinished, m_hook.get(),
                         [this](const RequestLogEntry &e) {
                             note(u"http: %1 %2 api=%3 status=%4 %5ms sent=%6 received=%7 attempt=%8 id=%9 "_s
                                      .arg(e.origin, e.method, apiVersionName(e.api))
                                      .arg(e.httpStatus)
                                      .arg(e.elapsedMs)
                                      .arg(e.bytesSent)
                                      .arg(e.bytesReceived)
                                      .arg(e.attempt)
                                      .arg(e.requestId) +
                                  e.errorCode);
                         });
    }
    return m_hook.get();
}

void CliContext::closeClient()
{
    m_hook.reset();
}

} // namespace b24
