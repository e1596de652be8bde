#pragma once

// The client's public surface in one header: the hook, its jobs and their results, the options
// and the limiter it shares. Headers under b24/internal/ are not part of it.
#include "core/b24/apierror.h"
#include "core/b24/apiversion.h"
#include "core/b24/batchcommand.h"
#include "core/b24/batchjob.h"
#include "core/b24/batchresult.h"
#include "core/b24/calljob.h"
#include "core/b24/callresult.h"
#include "core/b24/clientoptions.h"
#include "core/b24/listjob.h"
#include "core/b24/listoptions.h"
#include "core/b24/orderedjson.h"
#include "core/b24/portallimiter.h"
#include "core/b24/requestlogentry.h"
#include "core/b24/webhookurl.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace b24 {

struct HookContext;

struct B24HookParams
{
    QString b24Url; // https://host[:port]
    qint64 userId = 0;
    QString secret;
};

// A client of one portal through an inbound webhook. Every call returns a job that the hook owns:
// it starts on the next event-loop turn and is deleted after it emits finished(), so read its
// result in a slot connected to finished(). All jobs of all hooks against one portal share its
// request bucket; those of one webhook share its operating budget (PortalLimiter). Lives in one
// thread (the one it was created in).
class B24Hook : public QObject
{
    Q_OBJECT

public:
    // Null (and *error set) when the URL breaks a rule; the error never echoes the URL.
    static std::unique_ptr<B24Hook> fromWebhookUrl(const QString &url,
                                                   WebhookUrl::ParseError *error = nullptr,
                                                   const ClientOptions &options = {});
    explicit B24Hook(const B24HookParams &params, const ClientOptions &options = {},
                     QObject *parent = nullptr);
    B24Hook(const WebhookUrl &webhook, const ClientOptions &options, QObject *parent = nullptr);
    ~B24Hook() override;

    // False when the parts did not make a valid webhook: every job then fails at once with
    // Kind::InvalidRequest and the rule broken.
    bool isValid() const;
    WebhookUrl::ParseError parseError() const { return m_parseError; }

    CallJob *callMethod(const QString &method, const OrderedJson &params = OrderedJson::object());
    // The same call in the API chosen: V3 sends it to /rest/api/ (docs/protocol.md §11), a V3
    // write with an Idempotency-Key.
    CallJob *callMethod(const QString &method, const OrderedJson &params, ApiVersion api);
    // Every row, collected in the job (rows()); ListOptions::api chooses the protocol.
    ListJob *callListMethod(const QString &method, const OrderedJson &params = OrderedJson::object(),
                            const ListOptions &options = {});
    // Every row, emitted page by page (rowsReady) and not kept.
    ListJob *fetchListMethod(const QString &method, const OrderedJson &params = OrderedJson::object(),
                             const ListOptions &options = {});
    // Up to 50 commands in one request; more is refused before sending (BATCH_TOO_LARGE).
    BatchJob *callBatch(const QList<BatchCommand> &commands, bool haltOnError = true);
    // Any number of commands, 50 per request, one request after the other.
    BatchJob *callBatchByChunk(const QList<BatchCommand> &commands, bool haltOnError = true);
    // The same in the API chosen; the REST 3.0 batch is all or nothing per request (haltOnError is
    // implied), its commands' params travel as `query`, their keys as `as`.
    BatchJob *callBatch(const QList<BatchCommand> &commands, bool haltOnError, ApiVersion api);
    BatchJob *callBatchByChunk(const QList<BatchCommand> &commands, bool haltOnError, ApiVersion api);

    QString getTargetOrigin() const; // never the secret
    const WebhookUrl &webhook() const;
    const ClientOptions &options() const;
    std::shared_ptr<PortalLimiter> limiter() const;

signals:
    // One HTTP exchange finished (each attempt of each job), for history and logs.
    void requestFinished(const b24::RequestLogEntry &entry);

private:
    void init(const WebhookUrl &webhook, const ClientOptions &options);
    template<typename Job>
    Job *adopt(Job *job);

    std::shared_ptr<HookContext> m_context;
    QNetworkAccessManager *m_network = nullptr;
    WebhookUrl::ParseError m_parseError = WebhookUrl::ParseError::None;
};

} // namespace b24
