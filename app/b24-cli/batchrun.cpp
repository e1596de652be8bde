// b24-cli batch [FILE|-] [--halt]: commands from a JSON file or stdin, 50 per request; per-command
// results and errors as JSON on stdout, each failure also on stderr.
#include "app/b24-cli/clicontext.h"
#include "app/b24-cli/clioptions.h"
#include "app/b24-cli/commands.h"

#include "core/b24/b24hook.h"
#include "core/b24/batchcommand.h"
#include "core/b24/batchjob.h"
#include "core/b24/batchresult.h"
#include "core/b24/redaction.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

QJsonObject itemJson(const BatchItem &item)
{
    // Key and method are the user's own text, which may hold the secret: masked like every error.
    QJsonObject object{{u"key"_s, redact(item.key)},
                       {u"method"_s, redact(item.method)},
                       {u"ok"_s, item.ok()},
                       {u"executed"_s, item.executed}};
    if (item.executed && !item.error.isError())
        object.insert(u"result"_s, item.result);
    if (item.next)
        object.insert(u"next"_s, *item.next);
    if (item.total)
        object.insert(u"total"_s, *item.total);
    if (item.error.isError())
        object.insert(u"error"_s,
                      QJsonObject{{u"code"_s, item.error.code}, {u"description"_s, item.error.toString()}});
    return object;
}

bool readInput(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file;
    const bool fromStdin = path.isEmpty() || path == "-"_L1;
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = CliContext::tr("cannot read %1: %2")
                     .arg(fromStdin ? CliContext::tr("stdin") : path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

int runBatch(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliOptions::tr("Run commands in batch requests (50 per request). Input JSON: an array "
                       "of [method, params], an array "
                       "of {method, params}, or {label: [method, params] | {method, params}}; "
                       "$result[label][...] references "
                       "work within one request."));
    parser.addPositionalArgument(u"FILE"_s, CliOptions::tr("JSON file; - or nothing reads stdin"),
                                 u"[FILE|-]"_s);
    const QCommandLineOption halt(u"halt"_s, CliOptions::tr("Stop at the first failing command."));
    const QCommandLineOption pretty(u"pretty"_s, CliOptions::tr("Indent the JSON."));
    parser.addOption(halt);
    parser.addOption(pretty);
    if (const int code = parseCommandLine(context, parser, u"batch"_s, args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("batch takes one FILE"));

    QByteArray input;
    QString error;
    if (!readInput(positional.value(0), &input, &error))
        return context.fail(ExitUsage, u"USAGE"_s, error);
    // Parsed in order: the portal runs the commands as written, named or not.
    QString parseError;
    const OrderedJson root = OrderedJson::fromJson(input, &parseError);
    if (!parseError.isEmpty())
        return context.fail(ExitUsage, u"USAGE"_s,
                            CliContext::tr("batch input is not JSON: %1").arg(parseError));
    const QList<BatchCommand> commands = BatchCommand::listFromJson(root, &error);
    if (!error.isEmpty())
        return context.fail(ExitUsage, u"USAGE"_s, error);
    if (commands.isEmpty())
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("batch input holds no commands"));

    int exitCode = ExitOk;
    B24Hook *hook = context.hook(&exitCode);
    if (!hook)
        return exitCode;
    if (context.options().dryRun) {
        // Every request the batch would send, not only the first: the chunks do not depend on
        // each other's answers ($result references work within one request).
        for (qsizetype i = 0; i < commands.size(); i += BatchJob::kMaxCommands)
            awaitResult(
                hook->callBatch(commands.mid(i, BatchJob::kMaxCommands), parser.isSet(halt), context.api()));
        return ExitOk;
    }
    const BatchResult result =
        awaitResult(hook->callBatchByChunk(commands, parser.isSet(halt), context.api()));
    for (const BatchResult::KeyedRequest &request : result.keyedRequests)
        context.noteIdempotency(request.idempotencyKey, request.replayed);

    QJsonArray items;
    for (const BatchItem &item : result.items) {
        items.append(itemJson(item));
        if (item.error.isError())
            context.fail(ExitPartial, item.error.code,
                         item.error.description +
                             CliContext::tr(" (command %1, %2)").arg(item.key, item.method));
    }
    const QJsonObject out{
        {u"items"_s, items}, {u"failed"_s, result.failedCount()}, {u"requests"_s, result.requests}};
    context.writeOut(
        QJsonDocument(out).toJson(parser.isSet(pretty) ? QJsonDocument::Indented : QJsonDocument::Compact) +
        (parser.isSet(pretty) ? "" : "\n"));
    if (result.error.isError()) {
        const bool someRan = std::any_of(result.items.cbegin(), result.items.cend(),
                                         [](const BatchItem &item) { return item.ok(); });
        const int code = context.failApi(result.error);
        return someRan ? ExitPartial : code;
    }
    return result.failedCount() > 0 ? ExitPartial : ExitOk;
}

} // namespace b24
