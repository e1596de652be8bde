#include "core/b24/keysetstrategy.h"

#include "core/b24/callresult.h"
#include "core/b24/listjob.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

void KeysetStrategy::start()
{
    m_cursor = m_job->request().startPosition();
    request();
}

void KeysetStrategy::request()
{
    int pages = 1;
    if (!fitBudget(&pages, [this] { request(); }))
        return;
    const ListRequest &list = m_job->request();
    const OrderedJson after =
        m_cursor == ListRequest::kUnbounded ? OrderedJson() : OrderedJson(list.idAt(m_cursor));
    startCall(m_job->method(), list.keysetParams(after, ListRequest::kUnbounded, false, m_first),
              [this](const CallResult &result) { onPage(result); });
}

void KeysetStrategy::onPage(const CallResult &result)
{
    if (!result.ok() && retryAfterLimit(result.error, {}, [this] { request(); }))
        return;
    QJsonArray rows;
    if (!takePage(result, &rows))
        return;
    limitLifted();
    if (m_first && askForId(rows)) {
        request();
        return;
    }
    if (m_first && result.total)
        m_job->setTotal(*result.total);
    m_first = false;
    qint64 last = m_cursor;
    QString why;
    if (!checkPage(rows, m_cursor, ListRequest::kUnbounded, &last, &why)) {
        fallBack(why, m_job->rowCount() > 0 ? m_cursor : ListRequest::kUnbounded);
        return;
    }
    m_cursor = last;
    // A portal configured with bigger pages is followed rather than cut short.
    m_pageSize = std::max<int>(m_pageSize, int(rows.size()));
    if (!m_job->deliverPage(rows) || rows.size() < m_pageSize) {
        m_job->complete();
        return;
    }
    request();
}

} // namespace b24
