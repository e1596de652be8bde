// b24-cli list METHOD [PARAMS]: every row of a list method, streamed page by page into the
// chosen format, on stdout or atomically into --output.
#include "app/b24-cli/clicontext.h"
#include "app/b24-cli/clioptions.h"
#include "app/b24-cli/commands.h"
#include "app/b24-cli/paramparser.h"
#include "app/b24-cli/progressreporter.h"
#include "app/common/interruptwatcher.h"

#include "core/b24/b24hook.h"
#include "core/b24/listjob.h"
#include "core/export/csvoptions.h"
#include "core/export/exportfile.h"
#include "core/export/queuedrowwriter.h"
#include "core/export/rowwriter.h"
#include "core/labels/labelresolver.h"
#include "core/labels/labelstream.h"
#include "core/table/columnset.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

struct ListArgs
{
    QString method;
    OrderedJson params;
    ListOptions list;
    RowWriter::Format format = RowWriter::Format::JsonLines;
    QString output;
    QStringList columns;
    CsvOptions csv;
    bool labels = false;       // a FIELD.label column after every field that can be named
    bool headerTitles = false; // CSV headers are the fields' titles
};

int readListArgs(CliContext &context, const QStringList &args, ListArgs *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliOptions::tr("Fetch every row of a list method (all pages) and write them as JSON Lines, "
                       "a JSON array or CSV."));
    parser.addPositionalArgument(u"METHOD"_s, CliOptions::tr("list method, e.g. crm.deal.list"));
    parser.addPositionalArgument(u"PARAMS"_s, CliOptions::tr("JSON object or key=value pairs"),
                                 u"[PARAMS...]"_s);
    parser.addOptions({
        {u"strategy"_s, CliOptions::tr("Paging: auto|batch|keyset|offset (default auto)."), u"S"_s,
         u"auto"_s},
        {u"limit"_s, CliOptions::tr("Stop after N rows."), u"N"_s},
        {u"parallel"_s,
         CliOptions::tr("Batch paging: keep N batches on the wire at once, each for its own ID segment "
                        "(default 2; rows still come in ID order; 1: one batch at a time)."),
         u"N"_s, u"2"_s},
        {u"max-wait"_s,
         CliOptions::tr("Wait at most SECONDS at a time for the portal's limits (operating budget, request "
                        "rate) before failing (default 900)."),
         u"SECONDS"_s, u"900"_s},
        {u"format"_s, CliOptions::tr("Output format: jsonl|json|csv (default jsonl)."), u"F"_s, u"jsonl"_s},
        {{u"o"_s, u"output"_s}, CliOptions::tr("Write to FILE (atomically) instead of stdout."), u"FILE"_s},
        {u"columns"_s, CliOptions::tr("Choose and order columns: A,B,c.d (CSV; JSON rows are projected)."),
         u"LIST"_s},
        {u"csv-bom"_s, CliOptions::tr("Start the CSV with a UTF-8 byte order mark (for Excel).")},
        {u"delimiter"_s, CliOptions::tr("CSV delimiter: , or ; (default ,)."), u"C"_s, u","_s},
        {u"no-formula-guard"_s,
         CliOptions::tr("Do not prefix CSV cells starting with = + - @ with a quote.")},
        {u"labels"_s,
         CliOptions::tr("Add a column FIELD.label with the name right after each field that can be named "
                        "(stages, pipelines, statuses, currencies, list values, users, companies, contacts, "
                        "leads, deals).")},
        {u"header"_s, CliOptions::tr("CSV header: codes|titles (default codes)."), u"H"_s, u"codes"_s},
    });
    if (const int code = parseCommandLine(context, parser, u"list"_s, args); code >= 0)
        return code;

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("list needs a METHOD"));
    out->method = positional.takeFirst();
    QString error;
    if (!ParamParser::parse(positional, &out->params, &error))
        return context.fail(ExitUsage, u"USAGE"_s, error);

    QString strategy = parser.value(u"strategy"_s).toLower();
    if (strategy == "batch"_L1)
        strategy = ListOptions::strategyName(ListOptions::Strategy::BatchedKeyset);
    if (!ListOptions::strategyFromName(strategy, &out->list.strategy))
        return context.fail(ExitUsage, u"USAGE"_s,
                            CliContext::tr("--strategy takes auto, batch, keyset or offset"));
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        out->list.limit = parser.value(u"limit"_s).toLongLong(&ok);
        if (!ok || out->list.limit < 0)
            return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("--limit takes a number of rows"));
    }
    bool parallelOk = false;
    out->list.parallelParts = parser.value(u"parallel"_s).toInt(&parallelOk);
    if (!parallelOk || out->list.parallelParts < 1 || out->list.parallelParts > 16)
        return context.fail(ExitUsage, u"USAGE"_s,
                            CliContext::tr("--parallel takes a number of parts from 1 to 16"));
    bool waitOk = false;
    const qint64 maxWait = parser.value(u"max-wait"_s).toLongLong(&waitOk);
    if (!waitOk || maxWait < 0)
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("--max-wait takes a number of seconds"));
    out->list.maxWaitMs = maxWait * 1000;
    if (!RowWriter::parseFormat(parser.value(u"format"_s), &out->format))
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("--format takes jsonl, json or csv"));
    out->output = parser.value(u"output"_s);
    out->columns = ColumnSet::parseList(parser.value(u"columns"_s));
    const QString delimiter = parser.value(u"delimiter"_s);
    if (delimiter != ","_L1 && delimiter != ";"_L1 && delimiter != "\t"_L1)
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("--delimiter takes , or ;"));
    out->csv.delimiter = delimiter.front();
    out->csv.byteOrderMark = parser.isSet(u"csv-bom"_s);
    out->csv.formulaGuard = !parser.isSet(u"no-formula-guard"_s);
    out->labels = parser.isSet(u"labels"_s);
    const QString header = parser.value(u"header"_s);
    if (header != "codes"_L1 && header != "titles"_L1)
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("--header takes codes or titles"));
    out->headerTitles = header == "titles"_L1;
    return -1;
}

} // namespace

int runList(CliContext &context, const QStringList &args)
{
    ListArgs list;
    if (const int code = readListArgs(context, args, &list); code >= 0)
        return code;
    int exitCode = ExitOk;
    B24Hook *hook = context.hook(&exitCode);
    if (!hook)
        return exitCode;
    list.list.api = context.api();
    if (context.options().dryRun) {
        // The walk's first request as it would go; no file is touched.
        context.setDryRunLimit(1);
        QEventLoop wait;
        const QPointer<ListJob> job = hook->fetchListMethod(list.method, list.params, list.list);
        QObject::connect(job, &ListJob::finished, &wait, &QEventLoop::quit);
        wait.exec();
        return ExitOk;
    }

    std::unique_ptr<ExportFile> file;
    QIODevice *device = &context.out();
    if (!list.output.isEmpty()) {
        file = std::make_unique<ExportFile>(list.output);
        if (!file->open())
            return context.failWrite(file->errorString());
        device = file->device();
    }
    // Ctrl+C is ours from here on: while the dictionaries are read as while the rows come.
    int interruptedBy = 0;
    InterruptWatcher interrupts;
    const auto interrupted = [&] {
        // Nothing half-written under FILE: the temporary file goes, the previous FILE stays.
        if (file)
            file->cancel();
        return context.fail(static_cast<ExitCode>(InterruptWatcher::exitCodeFor(interruptedBy)),
                            u"CANCELLED"_s,
                            file ? CliContext::tr("interrupted; %1 was left as it was").arg(list.output)
                                 : CliContext::tr("interrupted"));
    };
    // Names: the field descriptors and dictionaries before the first row; records as rows come.
    std::unique_ptr<LabelResolver> names;
    std::unique_ptr<LabelStream> stream;
    if (list.labels || list.headerTitles) {
        names = std::make_unique<LabelResolver>(hook);
        QObject::connect(names.get(), &LabelResolver::noted, names.get(),
                         [&](const QString &text) { context.note(CliContext::tr("note: %1").arg(text)); });
        QEventLoop wait;
        QObject::connect(names.get(), &LabelResolver::ready, &wait, &QEventLoop::quit);
        const QMetaObject::Connection stop =
            QObject::connect(&interrupts, &InterruptWatcher::interrupted, &wait, [&](int signalNumber) {
                interruptedBy = signalNumber;
                wait.quit();
            });
        names->prepare(list.method, list.params);
        wait.exec();
        QObject::disconnect(stop);
        if (interruptedBy != 0)
            return interrupted();
        if (list.labels) {
            stream = std::make_unique<LabelStream>(names.get());
            if (!list.columns.isEmpty())
                list.columns = names->columns().withLabelColumns(list.columns);
        }
        if (list.headerTitles)
            list.csv.headerTitles = names->columns().titles();
    }
    const ColumnSet columns = list.columns.isEmpty() ? ColumnSet() : ColumnSet(list.columns);
    // Pages are encoded and written on the writer's thread while the next ones are fetched.
    QueuedRowWriter writer(RowWriter::create(list.format, device, columns, list.csv));
    ProgressReporter progress(context.showProgress(), context.stderrIsTerminal());

    // The job deletes itself once finished (deleteLater): a Ctrl+C handled in the same pass of the
    // event loop as that deletion must find it gone, not dangling.
    const QPointer<ListJob> job = hook->fetchListMethod(list.method, list.params, list.list);
    ApiError error;
    qint64 rows = 0;
    qint64 total = -1;
    QEventLoop loop;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int signalNumber) {
        interruptedBy = signalNumber;
        context.note(
            CliContext::tr("interrupted: the reads in flight are aborted (Ctrl+C again to quit at once)"));
        if (job)
            job->cancel();
    });
    const auto write = [&](const QJsonArray &page) {
        if (interruptedBy == 0 && !writer.post(page) && job)
            job->cancel(); // the disk is full or gone: stop asking the portal for more
    };
    QObject::connect(job, &ListJob::rowsReady, &loop, [&](const QJsonArray &page) {
        if (stream)
            stream->push(page);
        else
            write(page);
    });
    if (stream) {
        QObject::connect(stream.get(), &LabelStream::pageReady, &loop, write);
        QObject::connect(stream.get(), &LabelStream::finished, &loop, &QEventLoop::quit);
    }
    // What the rows' reader must know (a strategy replaced, a count that differs) always; the
    // strategy and its reason with --verbose.
    QObject::connect(job, &ListJob::noted, &loop,
                     [&](const QString &text) { context.note(CliContext::tr("note: %1").arg(text)); });
    QObject::connect(job, &ListJob::waiting, &loop, [&](qint64 ms, const QString &cause) {
        context.note(
            CliContext::tr("waiting %1 s for the portal's limits (%2)").arg((ms + 999) / 1000).arg(cause));
    });
    if (context.options().verbose) {
        // The job chooses its walk when it starts (the next pass of the event loop): REST 3.0 walks
        // pagination or a cursor, the classic protocol start/next or a keyset.
        QTimer::singleShot(0, &loop, [&] {
            if (job)
                context.note(CliContext::tr("strategy (%1): %2")
                                 .arg(apiVersionName(list.list.api), job->strategyReason()));
        });
    }
    QObject::connect(job, &ListJob::progress, &loop,
                     [&](qint64 done, qint64 all) { progress.update(done, all); });
    QObject::connect(job, &ListJob::finished, &loop, [&] {
        error = job->error();
        rows = job->rowCount();
        total = job->total();
        if (stream && interruptedBy == 0)
            stream->finish(); // the loop ends once the last rows are named and written
        else
            loop.quit();
    });
    loop.exec();
    if (names && context.options().verbose)
        context.note(CliContext::tr("names: %1 extra requests (field descriptions, dictionaries, %2 records "
                                    "looked up, %3 not named)")
                         .arg(names->requestCount())
                         .arg(names->lookedUpCount())
                         .arg(names->names().missingCount()));
    context.closeClient();
    progress.finish(rows, total);

    if (interruptedBy != 0) {
        writer.discard();
        return interrupted();
    }

    // A write that failed cancelled the walk: its error is the one to report, not the cancel.
    // The temporary file goes with `file`, so nothing half-written is left under FILE.
    if (!writer.finish())
        return context.failWrite(
            file ? CliContext::tr("cannot write %1: %2").arg(list.output, writer.errorString())
                 : CliContext::tr("cannot write the standard output: %1").arg(writer.errorString()));
    if (error.isError()) {
        // A file keeps its previous content; on stdout the rows before the failure are out already.
        if (file)
            file->cancel();
        const int code = context.failApi(error);
        return !file && rows > 0 ? ExitPartial : code;
    }
    if (file && !file->commit())
        return context.failWrite(file->errorString());
    if (file)
        context.note(CliContext::tr("%1 rows written to %2").arg(writer.rowCount()).arg(list.output));
    return ExitOk;
}

} // namespace b24
