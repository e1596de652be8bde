#pragma once

#include "core/b24/internal/liststrategy.h"
#include "core/b24/orderedjson.h"

#include <QJsonArray>
#include <QSet>

namespace b24 {

// A REST 3.0 list walk (docs/protocol.md §11.4, docs/lists.md): the rows paging by hand gives,
// in its order, without a total to count on.
// - Keyset: no order, or an order by the ID alone: order {id}, the caller's filter plus
//   [id, >|<, last], one page per request; checked like the classic keyset pages.
// - Offset: any other order: pagination page 1, 2, … with the ID appended to the order as
//   tie-breaker, a row met twice handed over once.
// - Tail (*.tail): the method's own cursor, its value moved to the last row's.
// A walk ends on an empty page or one shorter than the largest seen: methods cap pages below the
// limit asked for (tasks.task.list at 50) and say nothing of it. An offset page that repeats the
// one before row for row ends it too: the method does not page (tasks.task.field.list).
class ApiV3ListStrategy final : public ListStrategy
{
    Q_OBJECT

public:
    enum class Mode
    {
        Keyset,
        Offset,
        Tail
    };
    struct Plan
    {
        Mode mode = Mode::Offset;
        QString reason;
    };
    static Plan choose(const QString &method, const OrderedJson &params, const ListOptions &options);

    ApiV3ListStrategy(ListSink *job, Mode mode);
    void start() override;

private:
    void request();
    void onPage(const CallResult &result);
    OrderedJson pageParams() const;
    // Keyset page checks: IDs present and strictly past the cursor in the walk's direction.
    bool keysetPageOk(const QJsonArray &rows, QString *why) const;
    void switchToOffset(const QString &why);
    QJsonArray handOver(const QJsonArray &rows);

    Mode m_mode;
    OrderedJson m_base; // the caller's parameters, the select completed
    QString m_idKey;
    QString m_tailField;
    QStringList m_addedToSelect; // asked for by the walk, taken out of every row
    bool m_descending = false;
    int m_pageLimit = 1000;
    std::optional<qint64> m_cursor; // keyset: the last ID handed over
    OrderedJson m_tailValue;        // tail: the cursor field's last value
    qint64 m_page = 1;              // offset: the page to ask for
    qint64 m_skipThrough = -1;      // offset after a keyset: rows up to this ID were handed over
    int m_largest = 0;
    QJsonArray m_previousRows; // offset: the page before, to notice a method that does not page
    QSet<qint64> m_seen;       // offset: IDs handed over
    int m_duplicates = 0;
};

} // namespace b24
