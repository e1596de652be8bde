#include "b24/offsetstrategy.h"

#include "b24/callresult.h"
#include "b24/listjob.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

void OffsetStrategy::start()
{
    request(0);
}

void OffsetStrategy::request(qint64 start)
{
    m_start = start;
    QJsonObject params = m_job->params();
    params.insert("start"_L1, start);
    startCall(m_job->method(), params, [this](const CallResult &result) { onPage(result); });
}

void OffsetStrategy::onPage(const CallResult &result)
{
    QJsonArray rows;
    if (!takePage(result, &rows))
        return;
    if (result.total)
        m_job->setTotal(*result.total);
    if (!m_job->deliverPage(rows) || !result.next || rows.isEmpty()) {
        m_job->complete();
        return;
    }
    if (*result.next <= m_start) {
        m_job->complete(ApiError::make(
            ApiError::Kind::UnexpectedAnswer, u"LIST_CURSOR_STUCK"_s,
            u"The portal's \"next\" (%1) does not move past start %2."_s.arg(*result.next).arg(m_start)));
        return;
    }
    request(*result.next);
}

} // namespace b24
