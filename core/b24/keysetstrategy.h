#pragma once

#include "core/b24/listrequest.h"
#include "core/b24/liststrategy.h"

namespace b24 {

// order {ID: ASC|DESC}, filter {>ID|<ID: last}, one page per request with JSON bodies (so it
// carries null and empty lists, which a batch cannot). The first page counts (start=0) for the
// progress total; the others skip the COUNT (start=-1).
class KeysetStrategy : public ListStrategy
{
    Q_OBJECT

public:
    using ListStrategy::ListStrategy;
    void start() override;

private:
    void request();
    void onPage(const CallResult &result);

    qint64 m_cursor = ListRequest::kUnbounded; // position of the last row taken
    int m_pageSize = kPageSize;
    bool m_first = true;
};

} // namespace b24
