// b24-cli: the headless client of B24 Explorer (design.md §4). This file only composes: it
// reads the global options, picks the command, and hands over.
#include "app/b24-cli/clicontext.h"
#include "app/b24-cli/clioptions.h"
#include "app/b24-cli/commands.h"

#include "app/common/b24i18n.h"
#include "app/common/tlsexit.h"
#include "b24version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

namespace {

// Translated when printed (context of CliOptions::tr).
const char *const kUsage =
    QT_TRANSLATE_NOOP("b24::CliOptions",
                      "Usage: b24-cli [global options] COMMAND [arguments]\n\n"
                      "Commands:\n"
                      "  call METHOD [PARAMS]     one call; prints the envelope as JSON\n"
                      "  list METHOD [PARAMS]     every row of a list method (jsonl, json or csv)\n"
                      "  batch [FILE|-]           run commands from a JSON file or stdin\n"
                      "  check                    webhook health: profile, scopes, methods, latency, limits\n"
                      "  profile add|list|remove  webhook profiles; secrets live in the OS keychain\n\n"
                      "PARAMS: one JSON object, or key=value pairs in Bitrix bracket form:\n"
                      "  filter[>ID]=5 select[]=ID select[]=TITLE order[ID]=ASC  (key=:JSON keeps a type)\n"
                      "The webhook comes from --webhook, else --profile, else $B24_WEBHOOK.\n"
                      "Run 'b24-cli COMMAND --help' for the options of one command.\n\n");

void printTopHelp(const QCommandLineParser &parser)
{
    QString help = parser.helpText();
    help = help.mid(help.indexOf(u'\n') + 1); // drop Qt's own "Usage:" line
    std::fputs(CliOptions::tr(kUsage).toUtf8().constData(), stdout);
    std::fputs(help.toUtf8().constData(), stdout);
    std::fputs((u"\n"_s + CliOptions::exitCodeHelp()).toUtf8().constData(), stdout);
}

int runCommand(CliContext &context, const QString &command, const QStringList &args)
{
    if (command == "call"_L1)
        return runCall(context, args);
    if (command == "list"_L1)
        return runList(context, args);
    if (command == "batch"_L1)
        return runBatch(context, args);
    if (command == "check"_L1)
        return runCheck(context, args);
    if (command == "profile"_L1)
        return runProfile(context, args);
    return context.fail(ExitUsage, u"USAGE"_s,
                        CliContext::tr("unknown command \"%1\" (see b24-cli --help)").arg(command));
}

} // namespace

namespace b24 {

int parseCommandLine(CliContext &context, QCommandLineParser &parser, const QString &command,
                     const QStringList &args)
{
    CliOptions::addGlobalOptions(&parser);
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliOptions::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"b24-cli "_s + command} + args))
        return context.fail(ExitUsage, u"USAGE"_s, parser.errorText());
    if (parser.isSet(help)) {
        context.writeOut((parser.helpText() + u'\n' + CliOptions::exitCodeHelp()).toUtf8());
        return ExitOk;
    }
    QString error;
    if (!CliOptions::readGlobalOptions(parser, &context.options(), &error))
        return context.fail(ExitUsage, u"USAGE"_s, error);
    return -1;
}

} // namespace b24

int main(int argc, char **argv)
{
    b24::keepTlsStateUntilExit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"b24-cli"_s);
    QCoreApplication::setOrganizationName(u"b24-explorer"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(B24_VERSION_STRING));
    b24::installTranslations(app);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    CliOptions::addGlobalOptions(&parser);
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliOptions::tr("Show this help."));
    const QCommandLineOption version({u"V"_s, u"version"_s}, CliOptions::tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(u"command"_s, CliOptions::tr("call, list, batch, check or profile"));

    GlobalOptions globals;
    CliContext context(globals);
    if (!parser.parse(QCoreApplication::arguments()))
        return context.fail(ExitUsage, u"USAGE"_s, parser.errorText());
    if (parser.isSet(version)) {
        context.writeOut(u"b24-cli %1 (%2)\n"_s
                             .arg(QString::fromLatin1(B24_VERSION_STRING), QString::fromLatin1(B24_APP_NAME))
                             .toUtf8());
        return ExitOk;
    }
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        printTopHelp(parser);
        return rest.isEmpty() && !parser.isSet(help) ? ExitUsage : ExitOk;
    }
    QString error;
    if (!CliOptions::readGlobalOptions(parser, &context.options(), &error))
        return context.fail(ExitUsage, u"USAGE"_s, error);

    const QString command = rest.takeFirst();
    return context.finish(runCommand(context, command, rest));
}
