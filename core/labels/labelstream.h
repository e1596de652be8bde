#pragma once

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <deque>

namespace b24 {

class LabelResolver;

// Names the rows of a streamed list as its pages come, without holding the list: the
// dictionaries are known before the first row (LabelResolver::prepare()); a page whose referenced
// IDs are all named goes out at once; otherwise pages wait while one lookup for their new distinct
// IDs runs (pages arriving meanwhile join the next lookup), then go out in the order they came.
// So the rows held are at most those that arrive while one lookup is on the wire, and every row
// is written exactly once, in order.
class LabelStream : public QObject
{
    Q_OBJECT

public:
    explicit LabelStream(LabelResolver *resolver, QObject *parent = nullptr);

    void push(const QJsonArray &page);
    // No more pages: emits finished() once every page pushed went out.
    void finish();
    qint64 pendingRows() const { return m_pendingRows; }

signals:
    void pageReady(const QJsonArray &labelled);
    void finished();

private:
    void pump();
    void emitWaiting(size_t pages);

    QPointer<LabelResolver> m_resolver;
    std::deque<QJsonArray> m_waiting;
    qint64 m_pendingRows = 0;
    size_t m_inLookup = 0; // pages at the front the running lookup is for
    int m_ticket = 0;
    bool m_resolving = false;
    bool m_finishing = false;
    bool m_done = false;
};

} // namespace b24
