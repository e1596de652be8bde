#include "b24/keysetstrategy.h"

#include "b24/callresult.h"
#include "b24/listjob.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

void KeysetStrategy::start()
{
    m_cursor = initialCursor();
    request();
}

void KeysetStrategy::request()
{
    startCall(m_job->method(), keysetParams(m_cursor), [this](const CallResult &result) { onPage(result); });
}

void KeysetStrategy::onPage(const CallResult &result)
{
    QJsonArray rows;
    if (!takePage(result, &rows))
        return;
    ApiError error;
    if (!advanceCursor(rows, &m_cursor, &error)) {
        m_job->complete(error);
        return;
    }
    // A portal configured with bigger pages is followed rather than cut short.
    m_pageSize = std::max<int>(m_pageSize, int(rows.size()));
    if (!m_job->deliverPage(rows) || rows.size() < m_pageSize) {
        m_job->complete();
        return;
    }
    request();
}

} // namespace b24
