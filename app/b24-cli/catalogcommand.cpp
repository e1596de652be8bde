// b24-cli methods / describe: the documented API from the offline catalog (core/catalog
// DocsCatalog), with each method's availability on the portal when a webhook is given.
#include "app/b24-cli/clicontext.h"
#include "app/b24-cli/clioptions.h"
#include "app/b24-cli/commands.h"

#include "core/apidocs/docscatalog.h"
#include "core/b24/b24hook.h"
#include "core/b24/batchjob.h"
#include "core/b24/methodkind.h"
#include "core/catalog/methodcatalog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

bool webhookGiven(const CliContext &context)
{
    return !context.options().webhook.isEmpty() || !context.options().profile.isEmpty() ||
           !qEnvironmentVariableIsEmpty("B24_WEBHOOK");
}

// The portal's own catalog, when a webhook is given and --offline is not; std::nullopt without
// one. A portal that cannot be read is an error (its exit code in *exitCode).
std::optional<MethodCatalog> liveCatalog(CliContext &context, bool offline, int *exitCode)
{
    *exitCode = -1;
    if (offline || !webhookGiven(context))
        return std::nullopt;
    B24Hook *hook = context.hook(exitCode);
    if (!hook)
        return std::nullopt;
    const BatchResult result = awaitResult(hook->callBatch(MethodCatalog::liveCommands(), false));
    QString error;
    std::optional<MethodCatalog> live = MethodCatalog::fromLiveAnswer(result, &error);
    if (!live)
        *exitCode = result.error.isError() ? context.failApi(result.error)
                                           : context.fail(ExitPortalError, u"CATALOG_UNREADABLE"_s, error);
    return live;
}

QString availabilityText(const MethodCatalog &live, const QString &method)
{
    const MethodCatalog::MethodStatus status = live.status(method);
    switch (status.availability) {
    case MethodCatalog::Availability::Available:
        return CliContext::tr("available");
    case MethodCatalog::Availability::NeedsScope:
        return CliContext::tr("needs scope %1").arg(status.scope);
    case MethodCatalog::Availability::Unknown:
        break;
    }
    return CliContext::tr("not available");
}

bool readFormat(CliContext &context, const QString &value, bool *json, int *exitCode)
{
    *json = value == "json"_L1;
    if (value == "json"_L1 || value == "text"_L1)
        return true;
    *exitCode = context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("--format takes text or json"));
    return false;
}

QJsonObject paramJson(const SpecParam &p, const MethodSpec &spec)
{
    QJsonObject o{{u"name"_s, p.name}, {u"type"_s, p.type}, {u"required"_s, p.required}};
    if (!p.description.isEmpty())
        o.insert(u"description"_s, p.description);
    if (!p.values.isEmpty()) {
        QJsonArray values;
        for (const auto &v : p.values)
            values.append(QJsonObject{{u"value"_s, v.first}, {u"title"_s, v.second}});
        o.insert(u"values"_s, values);
    }
    if (const QList<SpecParam> *nested = p.ref.isEmpty() ? nullptr : spec.def(p.ref)) {
        QJsonArray fields;
        for (const SpecParam &f : *nested)
            fields.append(paramJson(f, spec)); // defs refer to each other only one level deep
        o.insert(u"fields"_s, fields);
    }
    return o;
}

void paramText(const SpecParam &p, const MethodSpec &spec, int depth, QString *out)
{
    const QString indent(2 + depth * 4, u' ');
    *out += indent + p.name + u"  "_s + p.type + (p.required ? CliContext::tr("  required") : QString());
    if (!p.values.isEmpty()) {
        QStringList values;
        for (const auto &v : p.values)
            values.append(v.second.isEmpty() ? v.first : v.first + u" ("_s + v.second + u')');
        *out += u"  ["_s + values.join(u", "_s) + u']';
    }
    *out += u'\n';
    if (depth == 0 && !p.ref.isEmpty()) {
        if (const QList<SpecParam> *nested = spec.def(p.ref)) {
            for (const SpecParam &f : *nested)
                paramText(f, spec, depth + 1, out);
        }
    }
}

} // namespace

int runMethods(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliOptions::tr(
        "List the documented REST methods (the offline catalog); with a webhook, also whether each "
        "is available on that portal."));
    const QCommandLineOption offline(u"offline"_s,
                                     CliOptions::tr("Do not ask the portal, even with a webhook."));
    const QCommandLineOption scope(u"scope"_s, CliOptions::tr("Only methods of this scope."), u"S"_s);
    const QCommandLineOption search(
        u"search"_s, CliOptions::tr("Only methods whose name or title holds TEXT."), u"TEXT"_s);
    const QCommandLineOption format(u"format"_s, CliOptions::tr("Output: text|json (default text)."), u"F"_s,
                                    u"text"_s);
    parser.addOptions({offline, scope, search, format});
    if (const int code = parseCommandLine(context, parser, u"methods"_s, args); code >= 0)
        return code;
    bool json = false;
    int exitCode = ExitOk;
    if (!readFormat(context, parser.value(format), &json, &exitCode))
        return exitCode;
    const std::optional<MethodCatalog> live = liveCatalog(context, parser.isSet(offline), &exitCode);
    if (exitCode >= 0)
        return exitCode;

    const QList<const MethodSpec *> found =
        DocsCatalog::shipped().search(parser.value(search), parser.value(scope));
    QJsonArray rows;
    QString text;
    for (const MethodSpec *m : found) {
        const QString access = MethodKind::isRead(m->name) ? u"read"_s : u"write"_s;
        const QString availability = live ? availabilityText(*live, m->name) : QString();
        if (json) {
            QJsonObject row{{u"method"_s, m->name},
                            {u"scope"_s, m->scope},
                            {u"access"_s, access},
                            {u"api"_s, m->restV3 ? u"v3"_s : u"v2"_s},
                            {u"title"_s, m->title}};
            if (live)
                row.insert(u"availability"_s, availability);
            rows.append(row);
        } else {
            text += m->name + u'\t' + m->scope + u'\t' + access + u'\t' + m->title +
                    (live ? u'\t' + availability : QString()) + u'\n';
        }
    }
    context.writeOut(json ? QJsonDocument(rows).toJson(QJsonDocument::Indented) : text.toUtf8());
    context.note(CliContext::tr("%1 of %2 documented methods (docs %3)")
                     .arg(found.size())
                     .arg(DocsCatalog::shipped().size())
                     .arg(DocsCatalog::shipped().docsCommit().left(12)));
    return ExitOk;
}

int runDescribe(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliOptions::tr(
        "Describe a documented REST method: parameters, an example request and its documentation page; "
        "with a webhook, also whether it is available on that portal."));
    parser.addPositionalArgument(u"METHOD"_s, CliOptions::tr("REST method, e.g. crm.deal.add"));
    const QCommandLineOption offline(u"offline"_s,
                                     CliOptions::tr("Do not ask the portal, even with a webhook."));
    const QCommandLineOption format(u"format"_s, CliOptions::tr("Output: text|json (default text)."), u"F"_s,
                                    u"text"_s);
    parser.addOptions({offline, format});
    if (const int code = parseCommandLine(context, parser, u"describe"_s, args); code >= 0)
        return code;
    bool json = false;
    int exitCode = ExitOk;
    if (!readFormat(context, parser.value(format), &json, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("describe needs one METHOD"));
    const QString name = parser.positionalArguments().constFirst();
    const MethodSpec *spec = DocsCatalog::shipped().find(name);
    if (!spec)
        return context.fail(ExitUsage, u"METHOD_NOT_DOCUMENTED"_s,
                            CliContext::tr("\"%1\" is not a documented method; did you mean %2?")
                                .arg(name, DocsCatalog::shipped().nearest(name).join(u", "_s)));
    const std::optional<MethodCatalog> live = liveCatalog(context, parser.isSet(offline), &exitCode);
    if (exitCode >= 0)
        return exitCode;

    const QString access = MethodKind::isRead(spec->name) ? u"read"_s : u"write"_s;
    if (json) {
        QJsonObject o{{u"method"_s, spec->name},
                      {u"scope"_s, spec->scope},
                      {u"access"_s, access},
                      {u"title"_s, spec->title},
                      {u"page"_s, spec->pageUrl(false)},
                      {u"deprecated"_s, spec->deprecated},
                      {u"api"_s, spec->restV3 ? u"v3"_s : u"v2"_s}};
        QJsonArray params;
        for (const SpecParam &p : spec->params)
            params.append(paramJson(p, *spec));
        o.insert(u"params"_s, params);
        if (!spec->requestExample.isEmpty())
            o.insert(u"example"_s, spec->requestExample);
        if (live)
            o.insert(u"availability"_s, availabilityText(*live, spec->name));
        context.writeOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QString text = spec->name + u"  ("_s + spec->scope + u", "_s + access + u")\n"_s + spec->title + u'\n';
    if (spec->deprecated)
        text += CliContext::tr("Deprecated.") + u'\n';
    if (spec->restV3)
        text += CliContext::tr("REST 3.0: call it with --api v3 (/rest/api/).") + u'\n';
    if (live)
        text += CliContext::tr("On this portal: %1").arg(availabilityText(*live, spec->name)) + u'\n';
    text += u'\n' + CliContext::tr("Parameters:") + u'\n';
    for (const SpecParam &p : spec->params)
        paramText(p, *spec, 0, &text);
    if (spec->params.isEmpty())
        text += CliContext::tr("  (none)") + u'\n';
    if (!spec->requestExample.isEmpty())
        text += u'\n' + CliContext::tr("Example:") + u'\n' +
                QString::fromUtf8(QJsonDocument(spec->requestExample).toJson(QJsonDocument::Indented));
    text += u'\n' + CliContext::tr("Documentation: %1").arg(spec->pageUrl(false)) + u'\n';
    context.writeOut(text.toUtf8());
    return ExitOk;
}

} // namespace b24
