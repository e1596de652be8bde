// b24-cli list METHOD [PARAMS]: every row of a list method, streamed page by page into the
// chosen format, on stdout or atomically into --output.
#include "clicontext.h"
#include "commands.h"
#include "paramparser.h"
#include "progressreporter.h"

#include "b24/b24hook.h"
#include "b24/listjob.h"
#include "export/csvoptions.h"
#include "export/exportfile.h"
#include "export/rowwriter.h"
#include "table/columnset.h"

#include <QCommandLineParser>
#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

struct ListArgs
{
    QString method;
    QJsonObject params;
    ListOptions list;
    RowWriter::Format format = RowWriter::Format::JsonLines;
    QString output;
    QStringList columns;
    CsvOptions csv;
};

int readListArgs(CliContext &context, const QStringList &args, ListArgs *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fetch every row of a list method (all pages) and write them as JSON Lines, "
        "a JSON array or CSV."_s);
    parser.addPositionalArgument(u"METHOD"_s, u"list method, e.g. crm.deal.list"_s);
    parser.addPositionalArgument(u"PARAMS"_s, u"JSON object or key=value pairs"_s, u"[PARAMS...]"_s);
    parser.addOptions({
        {u"strategy"_s, u"Paging: auto|batch|keyset|offset (default auto)."_s, u"S"_s, u"auto"_s},
        {u"limit"_s, u"Stop after N rows."_s, u"N"_s},
        {u"format"_s, u"Output format: jsonl|json|csv (default jsonl)."_s, u"F"_s, u"jsonl"_s},
        {{u"o"_s, u"output"_s}, u"Write to FILE (atomically) instead of stdout."_s, u"FILE"_s},
        {u"columns"_s, u"Choose and order columns: A,B,c.d (CSV; JSON rows are projected)."_s, u"LIST"_s},
        {u"csv-bom"_s, u"Start the CSV with a UTF-8 byte order mark (for Excel)."_s},
        {u"delimiter"_s, u"CSV delimiter: , or ; (default ,)."_s, u"C"_s, u","_s},
        {u"no-formula-guard"_s, u"Do not prefix CSV cells starting with = + - @ with a quote."_s},
    });
    if (const int code = parseCommandLine(context, parser, u"list"_s, args); code >= 0)
        return code;

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.fail(ExitUsage, u"USAGE"_s, u"list needs a METHOD"_s);
    out->method = positional.takeFirst();
    QString error;
    if (!ParamParser::parse(positional, &out->params, &error))
        return context.fail(ExitUsage, u"USAGE"_s, error);

    QString strategy = parser.value(u"strategy"_s).toLower();
    if (strategy == "batch"_L1)
        strategy = ListOptions::strategyName(ListOptions::Strategy::BatchedKeyset);
    if (!ListOptions::strategyFromName(strategy, &out->list.strategy))
        return context.fail(ExitUsage, u"USAGE"_s, u"--strategy takes auto, batch, keyset or offset"_s);
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        out->list.limit = parser.value(u"limit"_s).toLongLong(&ok);
        if (!ok || out->list.limit < 0)
            return context.fail(ExitUsage, u"USAGE"_s, u"--limit takes a number of rows"_s);
    }
    if (!RowWriter::parseFormat(parser.value(u"format"_s), &out->format))
        return context.fail(ExitUsage, u"USAGE"_s, u"--format takes jsonl, json or csv"_s);
    out->output = parser.value(u"output"_s);
    out->columns = ColumnSet::parseList(parser.value(u"columns"_s));
    const QString delimiter = parser.value(u"delimiter"_s);
    if (delimiter != ","_L1 && delimiter != ";"_L1 && delimiter != "\t"_L1)
        return context.fail(ExitUsage, u"USAGE"_s, u"--delimiter takes , or ;"_s);
    out->csv.delimiter = delimiter.front();
    out->csv.byteOrderMark = parser.isSet(u"csv-bom"_s);
    out->csv.formulaGuard = !parser.isSet(u"no-formula-guard"_s);
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

    std::unique_ptr<ExportFile> file;
    QIODevice *device = &context.out();
    if (!list.output.isEmpty()) {
        file = std::make_unique<ExportFile>(list.output);
        if (!file->open())
            return context.fail(ExitPortalError, u"WRITE_FAILED"_s, file->errorString());
        device = file->device();
    }
    const ColumnSet columns = list.columns.isEmpty() ? ColumnSet() : ColumnSet(list.columns);
    std::unique_ptr<RowWriter> writer = RowWriter::create(list.format, device, columns, list.csv);
    ProgressReporter progress(context.showProgress(), context.stderrIsTerminal());

    ListJob *job = hook->fetchListMethod(list.method, list.params, list.list);
    ApiError error;
    qint64 rows = 0;
    qint64 total = -1;
    QEventLoop loop;
    QObject::connect(job, &ListJob::rowsReady, &loop, [&](const QJsonArray &page) {
        if (!writer->writeRows(page))
            job->cancel(); // the disk is full or gone: stop asking the portal for more
    });
    QObject::connect(job, &ListJob::progress, &loop,
                     [&](qint64 done, qint64 all) { progress.update(done, all); });
    QObject::connect(job, &ListJob::finished, &loop, [&] {
        error = job->error();
        rows = job->rowCount();
        total = job->total();
        loop.quit();
    });
    loop.exec();
    progress.finish(rows, total);

    if (writer->hasFailed() || !writer->finish())
        return context.fail(ExitPortalError, u"WRITE_FAILED"_s,
                            file ? u"cannot write %1: %2"_s.arg(list.output, writer->errorString())
                                 : writer->errorString());
    if (error.isError()) {
        // A file keeps its previous content; on stdout the rows before the failure are out already.
        if (file)
            file->cancel();
        const int code = context.failApi(error);
        return !file && rows > 0 ? ExitPartial : code;
    }
    if (file && !file->commit())
        return context.fail(ExitPortalError, u"WRITE_FAILED"_s, file->errorString());
    if (file)
        context.note(u"%1 rows written to %2"_s.arg(writer->rowCount()).arg(list.output));
    return ExitOk;
}

} // namespace b24
