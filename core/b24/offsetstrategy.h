#pragma once

#include "b24/liststrategy.h"

namespace b24 {

// start=0,50,... following "next", with "total" for progress. Keeps the caller's order, so it
// serves the orders the keyset cannot express; slower on big tables (the portal counts rows).
class OffsetStrategy : public ListStrategy
{
    Q_OBJECT

public:
    using ListStrategy::ListStrategy;
    void start() override;

private:
    void request(qint64 start);
    void onPage(const CallResult &result);

    qint64 m_start = 0;
};

} // namespace b24
