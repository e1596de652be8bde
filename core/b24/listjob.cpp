#include "b24/listjob.h"

#include "b24/liststrategy.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ListJob::ListJob(HookContextPtr context, const QString &method, const QJsonObject &params,
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
    m_strategyUsed = m_options.effectiveStrategy(m_method, m_params);
    if (m_strategyUsed != ListOptions::Strategy::Offset &&
        !ListOptions::keysetCompatible(m_params, m_options.cursorIdKey)) {
        complete(ApiError::make(ApiError::Kind::InvalidRequest, u"LIST_ORDER_NOT_KEYSET"_s,
                                u"The keyset strategies order by %1 ascending; use the offset strategy for "
                                u"another order."_s.arg(m_options.cursorIdKey)));
        return;
    }
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
        m_strategy->stopAfterInFlight();
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

bool ListJob::fallBackToOffset()
{
    if (m_options.strategy != ListOptions::Strategy::Auto || m_rowCount > 0 ||
        m_strategyUsed == ListOptions::Strategy::Offset || m_cancelRequested)
        return false;
    m_strategyUsed = ListOptions::Strategy::Offset;
    // Called from inside the old strategy's callback: it goes once that returns.
    m_strategy.release()->deleteLater();
    m_strategy = ListStrategy::create(m_strategyUsed, this);
    m_strategy->start();
    return true;
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
    m_error.method = m_method;
    emit finished();
}

} // namespace b24
