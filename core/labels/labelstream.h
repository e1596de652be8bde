#pragma once

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace b24 {

class LabelResolver;

// Names the rows of a streamed list as its pages come, without holding the list: the
// dictionaries are known before the first row (LabelResolver::prepare()); a page whose referenced
// IDs are all named goes out at once; otherwise it waits for the lookup of its IDs (the resolver
// asks the IDs of pages arriving during a lookup together, when it ends), and pages go out in the
// order they came. So the rows held are at most those that arrive while a lookup is on the wire,
// and every row is written exactly once, in order.
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
    struct Waiting
    {
        QJsonArray page;
        int ticket = 0; // the lookup it waits for; 0: none
    };
    void pump();

    QPointer<LabelResolver> m_resolver;
    std::deque<Waiting> m_waiting;
    QSet<int> m_resolved; // tickets answered while an earlier page still waits
    qint64 m_pendingRows = 0;
    bool m_finishing = false;
    bool m_done = false;
};

} // namespace b24
