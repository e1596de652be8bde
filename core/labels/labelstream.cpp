#include "core/labels/labelstream.h"

#include "core/labels/labelresolver.h"

#include <algorithm>

namespace b24 {

LabelStream::LabelStream(LabelResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(resolver, &LabelResolver::resolved, this, [this](int ticket) {
        const bool ours = std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                                      [ticket](const Waiting &w) { return w.ticket == ticket; });
        if (!ours)
            return; // another reader's lookup
        m_resolved.insert(ticket);
        pump();
    });
}

void LabelStream::push(const QJsonArray &page)
{
    Waiting waiting{page, 0};
    if (m_resolver) {
        LabelColumns::References unknown;
        m_resolver->columns().collectUnknown(page, m_resolver->names(), &unknown);
        if (!unknown.isEmpty())
            waiting.ticket = m_resolver->resolve(unknown);
    }
    m_waiting.push_back(std::move(waiting));
    m_pendingRows += page.size();
    pump();
}

void LabelStream::finish()
{
    m_finishing = true;
    pump();
}

void LabelStream::pump()
{
    if (m_done)
        return;
    while (!m_waiting.empty()) {
        const int ticket = m_waiting.front().ticket;
        if (ticket != 0 && !m_resolved.remove(ticket))
            return; // its names are still on the way; later pages keep their order behind it
        const QJsonArray page = std::move(m_waiting.front().page);
        m_waiting.pop_front();
        m_pendingRows -= page.size();
        if (!m_resolver) {
            emit pageReady(page);
            continue;
        }
        QJsonArray labelled;
        for (const QJsonValue &row : page)
            labelled.append(row.isObject() ? QJsonValue(m_resolver->columns().labelled(row.toObject(),
                                                                                       m_resolver->names()))
                                           : row);
        emit pageReady(labelled);
    }
    if (m_finishing) {
        m_done = true;
        emit finished();
    }
}

} // namespace b24
