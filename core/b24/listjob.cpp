#include "core/b24/listjob.h"

#include "core/b24/internal/apiv3liststrategy.h"
#include "core/b24/internal/hookcontext.h"
#include "core/b24/internal/listrequest.h"
#include "core/b24/internal/liststrategy.h"
#include "core/b24/internal/offsetstrategy.h"
#include "core/b24/methodkind.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ListJob::ListJob(HookContextPtr context, const QString &method, const OrderedJson &params,
                 const ListOptions &options, Mode mode, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_method(method)
    , m_params(params)
    , m_options(options.resolved(method))
    , m_mode(mode)
{}

ListJob::~ListJob() = default;

void ListJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Paging a write would run it once and then fail as "not a list": refuse before sending.
    if (MethodKind::isWrite(m_method)) {
        complete(
            ApiError::make(ApiError::Kind::InvalidRequest, u"LIST_NOT_A_LIST"_s,
                           u"%1 changes the portal; it is not a list, so nothing was sent"_s.arg(m_method)));
        return;
    }
    if (m_options.api == ApiVersion::V3) {
        const ApiV3ListStrategy::Plan plan = ApiV3ListStrategy::choose(m_method, m_params, m_options);
        m_strategyUsed = plan.mode == ApiV3ListStrategy::Mode::Offset ? ListOptions::Strategy::Offset
                                                                      : ListOptions::Strategy::Keyset;
        m_strategyReason = plan.reason;
        if (m_options.limit == 0) {
            complete();
            return;
        }
        m_strategy = std::make_unique<ApiV3ListStrategy>(static_cast<ListSink *>(this), plan.mode);
        m_strategy->start();
        return;
    }
    m_request = std::make_unique<ListRequest>(m_method, m_params, m_options);
    const ListOptions::Choice choice = m_options.choose(m_method, m_params);
    m_strategyUsed = choice.strategy;
    m_strategyReason = choice.reason;
    if (m_options.strategy != ListOptions::Strategy::Auto && m_options.strategy != m_strategyUsed)
        addNote(u"Strategy %1 replaced by %2"_s.arg(ListOptions::strategyName(m_options.strategy),
                                                    choice.reason));
    if (m_options.limit == 0) {
        complete();
        return;
    }
    m_strategy = ListStrategy::create(m_strategyUsed, this);
    m_strategy->start();
}

void ListJob::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_strategy)
        m_strategy->abort(); // reads are safe to abort; the rows handed over stay
    else
        complete();
}

qint64 ListJob::remaining() const
{
    if (m_options.limit < 0)
        return -1;
    return std::max<qint64>(0, m_options.limit - m_rowCount);
}

bool ListJob::deliverPage(const QJsonArray &page)
{
    QJsonArray rows = page;
    const qint64 left = remaining();
    if (left >= 0 && rows.size() > left) {
        while (rows.size() > left)
            rows.removeLast();
    }
    if (m_request && m_request->idAddedToSelect()) {
        // The walk asked for the ID to move its cursor; the caller's select did not.
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!rows.at(i).isObject())
                continue;
            QJsonObject row = rows.at(i).toObject();
            row.remove(m_options.idKey);
            rows.replace(i, row);
        }
    }
    if (!rows.isEmpty()) {
        m_rowCount += rows.size();
        if (m_mode == Mode::Collect) {
            for (const QJsonValue &row : std::as_const(rows))
                m_rows.append(row);
        }
        emit rowsReady(rows);
    }
    emit progress(m_rowCount, m_total);
    return remaining() != 0 && !m_cancelRequested;
}

bool ListJob::fallBackToOffset(const QString &why, qint64 resumeAfter)
{
    if (m_cancelRequested || m_finished || m_strategyUsed == ListOptions::Strategy::Offset)
        return false;
    if (m_rowCount > 0 && resumeAfter == ListRequest::kUnbounded)
        return false;
    m_strategyUsed = ListOptions::Strategy::Offset;
    m_strategyReason = u"offset: "_s + why;
    addNote(u"Switched to offset paging: "_s + why);
    // Called from inside the old strategy's callback: it goes once that returns.
    ListStrategy *old = m_strategy.release();
    old->setParent(this); // goes with the job even if the event loop never runs again
    old->deleteLater();
    m_strategy = std::make_unique<OffsetStrategy>(static_cast<ListSink *>(this), resumeAfter);
    m_strategy->start();
    return true;
}

void ListJob::addNote(const QString &note)
{
    m_notes.append(note);
    emit noted(note);
}

void ListJob::addWait(qint64 ms, const QString &cause)
{
    m_waitedMs += ms;
    if (!m_waitCauses.contains(cause))
        m_waitCauses.append(cause);
    emit waiting(ms, cause);
}

void ListJob::setTotal(qint64 total)
{
    m_total = (m_options.limit >= 0 && total > m_options.limit) ? m_options.limit : total;
}

void ListJob::complete(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_cancelRequested && (!m_error.isError() || m_error.kind == ApiError::Kind::Cancelled)) {
        m_cancelled = true;
        m_error = ApiError::make(ApiError::Kind::Cancelled, u"LIST_CANCELLED"_s,
                                 u"Cancelled after %1 rows."_s.arg(m_rowCount));
    }
    if (!m_error.isError() && m_total >= 0 && m_rowCount != m_total && remaining() != 0) {
        addNote(u"The portal counted %1 rows when the walk began; %2 were read (rows were added or removed "
                u"during the walk)."_s.arg(m_total)
                    .arg(m_rowCount));
    }
    if (m_waitedMs > 0)
        addNote(u"Waited %1 s in all for the portal's limits (%2)."_s.arg((m_waitedMs + 999) / 1000)
                    .arg(m_waitCauses.join(u", "_s)));
    m_error.method = m_method;
    emit finished();
}

} // namespace b24
