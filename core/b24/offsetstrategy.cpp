#include "core/b24/offsetstrategy.h"

#include "core/b24/callresult.h"
#include "core/b24/listjob.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

OffsetStrategy::OffsetStrategy(ListJob *job, qint64 resumeAfter)
    : ListStrategy(job)
    , m_resumeAfter(resumeAfter)
{}

void OffsetStrategy::start()
{
    request(0);
}

void OffsetStrategy::request(qint64 start)
{
    m_start = start;
    int pages = 1;
    if (!fitBudget(&pages, [this, start] { request(start); }))
        return;
    const OrderedJson params = m_job->request().offsetParams(start, m_resumeAfter != ListRequest::kUnbounded);
    startCall(m_job->method(), params, [this](const CallResult &result) { onPage(result); });
}

QJsonArray OffsetStrategy::newRows(const QJsonArray &rows)
{
    QJsonArray out;
    const ListRequest &list = m_job->request();
    for (const QJsonValue &row : rows) {
        const std::optional<qint64> id = rowId(row, m_job->options().idKey);
        if (id) {
            if (m_resumeAfter != ListRequest::kUnbounded && list.position(*id) <= m_resumeAfter)
                continue; // handed over by the keyset walk this one resumes
            if (m_seen.contains(*id)) {
                ++m_repeated;
                continue;
            }
            m_seen.insert(*id);
        }
        out.append(row);
    }
    return out;
}

void OffsetStrategy::onPage(const CallResult &result)
{
    if (!result.ok() && retryAfterLimit(result.error, {}, [this] { request(m_start); }))
        return;
    QJsonArray rows;
    if (!takePage(result, &rows))
        return;
    limitLifted();
    if (m_first && result.total && !m_job->totalKnown())
        m_job->setTotal(*result.total);
    m_first = false;
    const bool more = m_job->deliverPage(newRows(rows)) && result.next && !rows.isEmpty();
    if (more && *result.next <= m_start) {
        m_job->complete(ApiError::make(
            ApiError::Kind::UnexpectedAnswer, u"LIST_CURSOR_STUCK"_s,
            u"The portal's \"next\" (%1) does not move past start %2."_s.arg(*result.next).arg(m_start)));
        return;
    }
    if (more) {
        request(*result.next);
        return;
    }
    if (m_repeated > 0)
        m_job->addNote(
            u"%1 rows came twice (rows moved between pages during the walk) and were kept once."_s.arg(
                m_repeated));
    m_job->complete();
}

} // namespace b24
