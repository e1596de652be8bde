#include "core/sandbox/apiv3batch.h"

#include "core/sandbox/apiv3errors.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

struct References
{
    QHash<QString, PhpValue> results; // alias -> {item} | {items}
    QString problem;

    PhpValue at(const PhpValue &value, const QStringList &path) const
    {
        PhpValue current = value;
        for (const QString &step : path)
            current = current.value(step);
        return current;
    }

    // "alias.item.f" / "alias.items.0.f": the value there.
    PhpValue ref(const QString &text)
    {
        const QStringList parts = text.split(u'.');
        const auto it = results.constFind(parts.value(0));
        if (parts.size() < 2 || it == results.constEnd() ||
            (parts.at(1) != u"item" && parts.at(1) != u"items")) {
            problem = u"Cannot resolve reference `%1`"_s.arg(text);
            return {};
        }
        return at(*it, parts.mid(1));
    }
    // "alias.f": f of every row of the alias's items.
    PhpValue refArray(const QString &text)
    {
        const QStringList parts = text.split(u'.');
        const auto it = results.constFind(parts.value(0));
        const PhpValue *items = it == results.constEnd() ? nullptr : it->find(u"items"_s);
        if (parts.size() < 2 || !items) {
            problem = u"Cannot resolve reference `%1`"_s.arg(text);
            return {};
        }
        PhpValue out = PhpValue::array();
        for (const auto &row : items->entries())
            out.append(at(row.value, parts.mid(1)));
        return out;
    }
    PhpValue resolve(const PhpValue &value)
    {
        if (!value.isArray())
            return value;
        if (value.size() == 1 && value.entries()[0].key == u"$ref")
            return ref(value.entries()[0].value.toString());
        if (value.size() == 1 && value.entries()[0].key == u"$refArray")
            return refArray(value.entries()[0].value.toString());
        PhpValue out = value;
        for (const auto &e : value.entries())
            out.insert(e.key, resolve(e.value));
        return out;
    }
};

MethodResult invalid(const QString &field, const QString &message)
{
    return ApiV3Errors::make(u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s, u"Error validating request object"_s,
                             400, {{field, message}});
}

} // namespace

bool ApiV3Batch::hasWrite(const PhpValue &body, const std::function<bool(const QString &)> &isWrite)
{
    for (const auto &e : body.entries())
        if (isWrite(e.value.value(u"method"_s).toString()))
            return true;
    return false;
}

MethodResult ApiV3Batch::run(const PhpValue &body, const Execute &execute)
{
    // The classic {"cmd": …} form is refused as portals refuse it.
    if (!body.isList())
        return ApiV3Errors::make(u"INVALIDSELECTEXCEPTION"_s, u"Batch must be an array of {method, query}"_s);
    // Checked before anything runs: one item without `query` fails the whole batch.
    for (const auto &e : body.entries()) {
        const PhpValue *query = e.value.find(u"query"_s);
        if (!e.value.isArray() || e.value.value(u"method"_s).toString().isEmpty())
            return invalid(u"["_s + e.key + u"].method"_s, u"Required field `method` is not specified"_s);
        if (!query || !query->isArray())
            return invalid(u"["_s + e.key + u"].query"_s, u"Required field `query` is not specified"_s);
        if (e.value.value(u"method"_s).toString().toLower() == u"batch")
            return invalid(u"["_s + e.key + u"].method"_s, u"A batch cannot run inside a batch"_s);
    }
    References refs;
    PhpValue results = PhpValue::array();
    for (const auto &e : body.entries()) {
        const PhpValue query = refs.resolve(e.value.value(u"query"_s));
        if (!refs.problem.isEmpty())
            return invalid(u"["_s + e.key + u"].query"_s, refs.problem);
        MethodResult one = execute(e.value.value(u"method"_s).toString(), query);
        if (!one.ok)
            return one; // all or nothing: the first error is the answer
        const QString as = e.value.value(u"as"_s).toString();
        if (!as.isEmpty())
            refs.results.insert(as, one.result);
        results.append(one.result);
    }
    return MethodResult::success(results);
}

} // namespace b24
