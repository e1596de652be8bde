#include "core/labels/labelstream.h"

#include "core/labels/labelresolver.h"

namespace b24 {

LabelStream::LabelStream(LabelResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(resolver, &LabelResolver::resolved, this, [this](int ticket) {
        if (!m_resolving || ticket != m_ticket)
            return;
        m_resolving = false;
        emitWaiting(m_inLookup); // the pages that lookup was for; later ones are checked again
        pump();
    });
}

void LabelStream::push(const QJsonArray &page)
{
    m_waiting.push_back(page);
    m_pendingRows += page.size();
    pump();
}

void LabelStream::finish()
{
    m_finishing = true;
    pump();
}

void LabelStream::emitWaiting(size_t pages)
{
    for (; pages > 0 && !m_waiting.empty(); --pages) {
        const QJsonArray page = std::move(m_waiting.front());
        m_waiting.pop_front();
        m_pendingRows -= page.size();
        QJsonArray labelled;
        if (m_resolver)
            for (const QJsonValue &row : page)
                labelled.append(row.isObject() ? QJsonValue(m_resolver->columns().labelled(
                                                     row.toObject(), m_resolver->names()))
                                               : row);
        emit pageReady(m_resolver ? labelled : page);
    }
}

void LabelStream::pump()
{
    if (m_resolving || m_done)
        return;
    if (!m_waiting.empty()) {
        LabelColumns::References unknown;
        if (m_resolver)
            for (const QJsonArray &page : m_waiting)
                m_resolver->columns().collectUnknown(page, m_resolver->names(), &unknown);
        if (!unknown.isEmpty()) {
            m_resolving = true;
            m_inLookup = m_waiting.size();
            m_ticket = m_resolver->resolve(unknown);
            return;
        }
        emitWaiting(m_waiting.size());
    }
    if (m_finishing && m_waiting.empty()) {
        m_done = true;
        emit finished();
    }
}

} // namespace b24
