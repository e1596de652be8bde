#include "core/b24/b24hook.h"

#include "core/b24/batchjob.h"
#include "core/b24/calljob.h"
#include "core/b24/internal/hookcontext.h"
#include "core/b24/listjob.h"
#include "core/b24/portallimiter.h"
#include "core/b24/redaction.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace b24 {

std::unique_ptr<B24Hook> B24Hook::fromWebhookUrl(const QString &url, WebhookUrl::ParseError *error,
                                                 const ClientOptions &options)
{
    WebhookUrl::ParseError parseError = WebhookUrl::ParseError::None;
    const WebhookUrl webhook = WebhookUrl::parse(url, &parseError);
    if (error)
        *error = parseError;
    if (parseError != WebhookUrl::ParseError::None || !webhook.isValid())
        return nullptr;
    return std::make_unique<B24Hook>(webhook, options);
}

B24Hook::B24Hook(const B24HookParams &params, const ClientOptions &options, QObject *parent)
    : QObject(parent)
{
    const WebhookUrl webhook =
        WebhookUrl::fromParts(params.b24Url, params.userId, params.secret, &m_parseError);
    init(webhook, options);
}

B24Hook::B24Hook(const WebhookUrl &webhook, const ClientOptions &options, QObject *parent)
    : QObject(parent)
{
    init(webhook, options);
}

void B24Hook::init(const WebhookUrl &webhook, const ClientOptions &options)
{
    if (!webhook.isValid() && m_parseError == WebhookUrl::ParseError::None)
        m_parseError = WebhookUrl::ParseError::MalformedPath;
    if (webhook.isValid())
        registerSecret(webhook.secret());
    m_network = new QNetworkAccessManager(this);
    auto context = std::make_shared<HookContext>();
    context->webhook = webhook;
    context->options = options;
    context->network = m_network;
    // One limiter per webhook, sending through its portal's one bucket (see PortalLimiter).
    context->limiter = webhook.isValid() ? PortalLimiter::forWebhook(webhook, options)
                                         : std::make_shared<PortalLimiter>(options.limiterSettings());
    context->log = [this](const RequestLogEntry &entry) { emit requestFinished(entry); };
    m_context = context;
}

B24Hook::~B24Hook()
{
    // Jobs first: their requests are aborted while the network manager still exists.
    const QList<QObject *> children = this->children();
    for (QObject *child : children) {
        if (child != m_network)
            delete child;
    }
}

bool B24Hook::isValid() const
{
    return m_context->webhook.isValid();
}

template<typename Job>
Job *B24Hook::adopt(Job *job)
{
    connect(job, &Job::finished, job, &QObject::deleteLater);
    // Callers connect to the job's signals after getting it; start once they had the chance.
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

CallJob *B24Hook::callMethod(const QString &method, const OrderedJson &params)
{
    return adopt(new CallJob(m_context, method, params, this));
}

CallJob *B24Hook::callMethod(const QString &method, const OrderedJson &params, ApiVersion api)
{
    auto *job = new CallJob(m_context, method, params, this);
    job->setApi(api);
    return adopt(job);
}

ListJob *B24Hook::callListMethod(const QString &method, const OrderedJson &params, const ListOptions &options)
{
    return adopt(new ListJob(m_context, method, params, options, ListJob::Mode::Collect, this));
}

ListJob *B24Hook::fetchListMethod(const QString &method, const OrderedJson &params,
                                  const ListOptions &options)
{
    return adopt(new ListJob(m_context, method, params, options, ListJob::Mode::Stream, this));
}

BatchJob *B24Hook::callBatch(const QList<BatchCommand> &commands, bool haltOnError)
{
    return adopt(new BatchJob(m_context, commands, haltOnError, false, this));
}

BatchJob *B24Hook::callBatchByChunk(const QList<BatchCommand> &commands, bool haltOnError)
{
    return adopt(new BatchJob(m_context, commands, haltOnError, true, this));
}

BatchJob *B24Hook::callBatch(const QList<BatchCommand> &commands, bool haltOnError, ApiVersion api)
{
    auto *job = new BatchJob(m_context, commands, haltOnError || api == ApiVersion::V3, false, this);
    job->setApi(api);
    return adopt(job);
}

BatchJob *B24Hook::callBatchByChunk(const QList<BatchCommand> &commands, bool haltOnError, ApiVersion api)
{
    auto *job = new BatchJob(m_context, commands, haltOnError || api == ApiVersion::V3, true, this);
    job->setApi(api);
    return adopt(job);
}

QString B24Hook::getTargetOrigin() const
{
    return m_context->webhook.targetOrigin();
}

const WebhookUrl &B24Hook::webhook() const
{
    return m_context->webhook;
}

const ClientOptions &B24Hook::options() const
{
    return m_context->options;
}

std::shared_ptr<PortalLimiter> B24Hook::limiter() const
{
    return m_context->limiter;
}

} // namespace b24
