#include "core/sandbox/batchrunner.h"

#include "core/sandbox/phpparamparser.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
const QRegularExpression &referencePattern()
{
    static const QRegularExpression re(u"\\$(result|next|total|time|error)((?:\\[[^\\]\\s]*\\])+)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

PhpValue resolveTree(const PhpValue &value, const PhpValue &maps)
{
    if (value.isString())
        return BatchRunner::resolve(value.toString(), maps);
    if (!value.isArray())
        return value;
    PhpValue out = PhpValue::array();
    for (const auto &e : value.entries())
        out.insert(e.key, resolveTree(e.value, maps));
    return out;
}

PhpValue errorEntry(const QString &code, const QString &text)
{
    PhpValue e = PhpValue::array();
    e.insert(u"error"_s, code);
    e.insert(u"error_description"_s, text);
    return e;
}
} // namespace

PhpValue BatchRunner::resolve(const QString &value, const PhpValue &maps)
{
    if (!value.contains(u'$'))
        return value;
    QString text;
    qsizetype last = 0;
    auto it = referencePattern().globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        // Walk the path; stop at the first missing key and keep the node reached (real quirk).
        // Walk by pointer and copy only the node reached: copying every earlier result per
        // reference made a 50-page chained batch quadratic.
        const PhpValue *at = maps.find(m.captured(1).toLower());
        static const QRegularExpression keyRe(u"\\[([^\\]]*)\\]"_s);
        auto keys = keyRe.globalMatch(m.captured(2));
        while (at && keys.hasNext()) {
            const QString key = keys.next().captured(1);
            const PhpValue *child = at->isArray() ? at->find(key) : nullptr;
            if (!child)
                break;
            at = child;
        }
        const PhpValue node = at ? *at : PhpValue();
        if (m.capturedStart() == 0 && m.capturedLength() == value.size())
            return node; // the whole value: substitute raw (scalar or array)
        text += value.mid(last, m.capturedStart() - last);
        text += node.isScalar() ? node.toString() : m.captured(0);
        last = m.capturedEnd();
    }
    text += value.mid(last);
    return text;
}

MethodResult BatchRunner::run(const CallContext &ctx, const Executor &executor)
{
    const PhpValue *haltValue = ctx.params.findCaseInsensitive(u"halt"_s);
    const bool halt = haltValue && haltValue->isTruthy();
    const PhpValue *commands = ctx.params.findCaseInsensitive(u"cmd"_s);
    PhpValue maps = PhpValue::array(); // result, next, total, time, error
    for (const QString &k : {u"result"_s, u"error"_s, u"total"_s, u"next"_s, u"time"_s})
        maps.insert(k, PhpValue::array());
    QStringList served;
    int executed = 0;
    for (const auto &e : commands && commands->isArray() ? commands->entries() : std::vector<PhpEntry>()) {
        if (!e.value.isString())
            continue; // non-string commands are skipped silently
        if (executed >= MaxCommands) {
            maps[u"error"_s].insert(
                e.key, errorEntry(u"ERROR_BATCH_LENGTH_EXCEEDED"_s, u"Max batch length exceeded"_s));
            continue;
        }
        ++executed;
        const QString command = e.value.toString();
        const qsizetype q = command.indexOf(u'?');
        const QString method = (q < 0 ? command : command.left(q)).trimmed();
        const PhpValue params =
            resolveTree(PhpParamParser::parse(q < 0 ? QByteArray() : command.mid(q + 1).toUtf8()), maps);
        served << method.toLower();
        const ExecutedCall done = executor(method, params);
        if (!done.call.ok) {
            PhpValue err = errorEntry(done.call.error, done.call.description);
            for (const auto &x : done.call.extra.entries())
                err.insert(x.key, x.value);
            maps[u"error"_s].insert(e.key, err);
            if (halt)
                break;
            continue;
        }
        maps[u"result"_s].insert(e.key, done.call.result);
        if (done.call.total)
            maps[u"total"_s].insert(e.key, *done.call.total);
        if (done.call.next)
            maps[u"next"_s].insert(e.key, *done.call.next);
        maps[u"time"_s].insert(e.key, done.time);
    }
    PhpValue result = PhpValue::array();
    result.insert(u"result"_s, maps.value(u"result"_s));
    result.insert(u"result_error"_s, maps.value(u"error"_s));
    result.insert(u"result_total"_s, maps.value(u"total"_s));
    result.insert(u"result_next"_s, maps.value(u"next"_s));
    result.insert(u"result_time"_s, maps.value(u"time"_s));
    MethodResult r = MethodResult::success(result);
    r.logSuffix = served.join(u',').toUtf8();
    return r;
}

void BatchRunner::registerIn(MethodRegistry &registry, Executor executor)
{
    registry.add(u"batch"_s, {}, [executor](const CallContext &ctx) { return run(ctx, executor); });
}

} // namespace b24
