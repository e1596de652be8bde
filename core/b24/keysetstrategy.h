#pragma once

#include "b24/liststrategy.h"

namespace b24 {

// order {ID: ASC}, filter {>ID: last}, start=-1: one page per request, no COUNT on the portal.
class KeysetStrategy : public ListStrategy
{
    Q_OBJECT

public:
    using ListStrategy::ListStrategy;
    void start() override;

private:
    void request();
    void onPage(const CallResult &result);

    qint64 m_cursor = 0;
    int m_pageSize = kPageSize;
};

} // namespace b24
