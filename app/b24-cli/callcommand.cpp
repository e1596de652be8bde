// b24-cli call METHOD [PARAMS]: one call, the envelope as JSON on stdout; with --curl, the call as a
// curl command instead (core's CurlCommand, the explorer's "copy as curl").
#include "app/b24-cli/clicontext.h"
#include "app/b24-cli/clioptions.h"
#include "app/b24-cli/commands.h"
#include "app/b24-cli/paramparser.h"

#include "core/b24/b24hook.h"
#include "core/b24/calljob.h"
#include "core/b24/curlcommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

int runCall(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliOptions::tr("Call one REST method and print the envelope ({result, next, total, time}) "
                       "as JSON."));
    parser.addPositionalArgument(u"METHOD"_s, CliOptions::tr("REST method, e.g. crm.deal.get"));
    parser.addPositionalArgument(
        u"PARAMS"_s, CliOptions::tr("JSON object or key=value pairs (filter[>ID]=5)"), u"[PARAMS...]"_s);
    const QCommandLineOption pretty(u"pretty"_s, CliOptions::tr("Indent the JSON."));
    parser.addOption(pretty);
    const QCommandLineOption curl(
        u"curl"_s, CliOptions::tr("Print the call as a curl command (secret masked) instead of sending it."));
    const QCommandLineOption reveal(u"reveal-secret"_s,
                                    CliOptions::tr("With --curl: print the real secret."));
    parser.addOption(curl);
    parser.addOption(reveal);
    if (const int code = parseCommandLine(context, parser, u"call"_s, args); code >= 0)
        return code;

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("call needs a METHOD"));
    const QString method = positional.takeFirst();
    OrderedJson params;
    QString error;
    if (!ParamParser::parse(positional, &params, &error))
        return context.fail(ExitUsage, u"USAGE"_s, error);

    int exitCode = ExitOk;
    B24Hook *hook = context.hook(&exitCode);
    if (!hook)
        return exitCode;
    if (parser.isSet(curl)) {
        context.writeOut(
            CurlCommand::build(hook->webhook(), method, params, parser.isSet(reveal), context.api())
                .toUtf8() +
            '\n');
        return ExitOk;
    }
    const CallResult result = awaitResult(hook->callMethod(method, params, context.api()));
    context.noteIdempotency(result.idempotencyKey, result.replayed);
    if (context.options().dryRun)
        return ExitOk; // the request is printed, nothing was sent

    if (!result.ok())
        return context.failApi(result.error);
    const auto format = parser.isSet(pretty) ? QJsonDocument::Indented : QJsonDocument::Compact;
    QByteArray json = QJsonDocument(result.envelope()).toJson(format);
    if (!json.endsWith('\n'))
        json += '\n';
    context.writeOut(json);
    return ExitOk;
}

} // namespace b24
