#include "ui/main/runcontroller.h"

#include "core/b24/b24hook.h"
#include "core/b24/calljob.h"
#include "core/b24/listjob.h"
#include "core/b24/redaction.h"
#include "core/b24/webhookurl.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

RunController::RunController(QObject *parent)
    : QObject(parent)
{}

HistoryEntry RunController::Summary::toHistoryEntry(const QString &profileId, const QString &portal) const
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.profileId = profileId;
    entry.portal = portal;
    entry.method = method;
    entry.params = params;
    entry.status = code;
    entry.httpStatus = httpStatus;
    entry.durationMs = elapsedMs;
    entry.rows = rows;
    entry.allPages = mode == Mode::AllPages;
    entry.api = api;
    return entry;
}

QString RunController::endpoint() const
{
    if (!m_hook || m_current.method.isEmpty())
        return {};
    return redact(m_hook->webhook().methodUrl(m_current.method, m_current.api).toString());
}

void RunController::setHook(B24Hook *hook)
{
    cancel();
    m_hook = hook;
}

void RunController::run(const QString &method, const OrderedJson &params, Mode mode,
                        ListOptions::Strategy strategy, ApiVersion api)
{
    if (!m_hook || isRunning())
        return;
    m_current = Summary{};
    m_current.method = method;
    m_current.params = params.isObject() ? params : OrderedJson::object(); // never a "null" body
    m_current.mode = mode;
    m_current.api = api;
    m_clock.start();
    emit started(method, mode);
    if (mode == Mode::Single) {
        m_call = m_hook->callMethod(method, m_current.params, api);
        connect(m_call, &CallJob::retrying, this, &RunController::retrying);
        connect(m_call, &CallJob::finished, this, &RunController::onCallFinished);
        return;
    }
    ListOptions options;
    options.strategy = strategy;
    options.api = api;
    m_list = m_hook->fetchListMethod(method, m_current.params, options);
    if (api == ApiVersion::V3) {
        // REST 3.0 walks choose when they start (the job starts on the next turn of the loop,
        // queued before this): shown as soon as it is known.
        QTimer::singleShot(0, m_list, [this] {
            if (!m_list)
                return;
            m_current.strategy = m_list->strategyUsed();
            m_current.strategyReason = m_list->strategyReason();
            emit strategyChosen(m_current.strategy, m_current.strategyReason);
        });
    } else {
        // The job decides when it starts; the same choice, known now, shows while the first page loads.
        const ListOptions::Choice choice = options.choose(method, m_current.params);
        m_current.strategy = choice.strategy;
        m_current.strategyReason = choice.reason;
        emit strategyChosen(choice.strategy, choice.reason);
    }
    connect(m_list, &ListJob::rowsReady, this, &RunController::rowsArrived);
    connect(m_list, &ListJob::progress, this, &RunController::progress);
    connect(m_list, &ListJob::waiting, this, &RunController::waiting);
    connect(m_list, &ListJob::retrying, this, &RunController::retrying);
    connect(m_list, &ListJob::noted, this, &RunController::onListNoted);
    connect(m_list, &ListJob::finished, this, &RunController::onListFinished);
}

void RunController::runBatch(const QList<BatchCommand> &commands, bool haltOnError, ApiVersion api)
{
    if (!m_hook || isRunning())
        return;
    m_current = Summary{};
    m_current.method = u"batch"_s;
    m_current.params = BatchCommand::toStoredJson(commands, haltOnError); // reopens in the editor
    m_current.mode = Mode::Batch;
    m_current.api = api;
    m_clock.start();
    emit started(m_current.method, Mode::Batch);
    m_batch = m_hook->callBatchByChunk(commands, haltOnError, api);
    connect(m_batch, &BatchJob::progress, this, [this](int done, int total) { emit progress(done, total); });
    connect(m_batch, &BatchJob::finished, this, &RunController::onBatchFinished);
}

void RunController::cancel()
{
    if (m_call)
        m_call->cancel();
    if (m_list)
        m_list->cancel();
    if (m_batch)
        m_batch->cancel();
}

void RunController::onBatchFinished()
{
    BatchJob *job = m_batch;
    m_batch = nullptr;
    if (!job)
        return;
    const BatchResult result = job->result();
    m_current.cancelled = result.error.kind == ApiError::Kind::Cancelled;
    m_current.ok = result.ok() && result.failedCount() == 0;
    m_current.code = result.error.isError() ? result.error.code : (m_current.ok ? u"ok"_s : u"partial"_s);
    m_current.status =
        result.error.isError()
            ? result.error.toString()
            : (m_current.ok ? u"OK"_s : tr("%n command(s) failed", nullptr, result.failedCount()));
    m_current.httpStatus = result.error.httpStatus;
    m_current.validation = result.error.validation;
    m_current.elapsedMs = m_clock.elapsed();
    m_current.rows = result.items.size();
    m_current.requests = result.requests;
    emit batchFinished(result);
    emit finished(m_current);
}

void RunController::onCallFinished()
{
    CallJob *job = m_call;
    m_call = nullptr;
    if (!job)
        return;
    const CallResult result = job->result();
    m_current.ok = result.ok();
    m_current.cancelled = result.error.kind == ApiError::Kind::Cancelled;
    m_current.status = result.ok() ? u"OK"_s : result.error.toString();
    m_current.code = result.ok() ? u"ok"_s : result.error.code;
    m_current.errorKind = result.error.kind;
    m_current.validation = result.error.validation;
    m_current.httpStatus = result.httpStatus;
    m_current.elapsedMs = m_clock.elapsed();
    m_current.requests = qMax(1, result.attempts);
    const QJsonValue value = result.result;
    m_current.rows = value.isArray() ? value.toArray().size() : (value.isUndefined() ? 0 : 1);
    m_current.documentationExample =
        std::any_of(result.headers.begin(), result.headers.end(), [](const auto &h) {
            return h.first.compare("x-sandbox-example", Qt::CaseInsensitive) == 0 && h.second == "true";
        });
    emit callFinished(result);
    emit finished(m_current);
}

void RunController::onListNoted(const QString &note)
{
    m_current.notes.append(note);
    // A walk that found the portal ignoring its order goes on by offset: the strategy changed.
    if (m_list && m_list->strategyUsed() != m_current.strategy) {
        m_current.strategy = m_list->strategyUsed();
        m_current.strategyReason = m_list->strategyReason();
        emit strategyChosen(m_current.strategy, m_current.strategyReason);
    }
    emit noted(note);
}

void RunController::onListFinished()
{
    ListJob *job = m_list;
    m_list = nullptr;
    if (!job)
        return;
    m_current.cancelled = job->wasCancelled();
    m_current.ok = job->ok() && !m_current.cancelled;
    m_current.status = m_current.cancelled ? u"cancelled"_s : (job->ok() ? u"OK"_s : job->error().toString());
    m_current.code = m_current.cancelled ? u"cancelled"_s : (job->ok() ? u"ok"_s : job->error().code);
    m_current.errorKind = job->error().kind;
    m_current.validation = job->error().validation;
    m_current.httpStatus = job->error().httpStatus;
    m_current.elapsedMs = m_clock.elapsed();
    m_current.rows = job->rowCount();
    m_current.requests = job->requestCount();
    m_current.total = job->total();
    m_current.strategy = job->strategyUsed();
    m_current.strategyReason = job->strategyReason();
    m_current.notes = job->notes();
    emit lastListAnswer(job->lastAnswer());
    emit finished(m_current);
}

} // namespace b24
