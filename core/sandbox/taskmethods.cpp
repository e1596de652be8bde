#include "core/sandbox/taskmethods.h"

#include "core/sandbox/listquery.h"
#include "core/sandbox/rowselector.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

void TaskMethods::registerIn(MethodRegistry &registry, DataStore &data)
{
    DataStore *store = &data;
    registry.add(u"tasks.task.list"_s, u"task"_s, [store](const CallContext &ctx) {
        const ListQuery query(store->table(u"tasks"_s), ctx.params.value(u"filter"_s),
                              ctx.params.value(u"order"_s));
        const ListQuery::Page page = query.page(ctx.start);
        const RowSelector selector(ctx.params.value(u"select"_s), nullptr, false);
        PhpValue tasks = PhpValue::array();
        for (const auto &row : page.rows)
            tasks.append(selector.apply(row));
        PhpValue wrapped = PhpValue::array();
        wrapped.insert(u"tasks"_s, tasks);
        MethodResult r = MethodResult::success(wrapped);
        r.next = page.next;
        if (ctx.start >= 0)
            r.total = page.total;
        return r;
    });
    registry.add(u"tasks.task.get"_s, u"task"_s, [store](const CallContext &ctx) {
        const PhpValue *id = ctx.params.findCaseInsensitive(u"taskId"_s);
        const PhpValue row = id ? store->table(u"tasks"_s).row(id->toInt()) : PhpValue();
        if (row.isNull())
            return MethodResult::failure(u"100"_s, u"Task not found or not accessible"_s);
        PhpValue wrapped = PhpValue::array();
        wrapped.insert(u"task"_s, row);
        return MethodResult::success(wrapped);
    });
}

} // namespace b24
