// b24-cli check: the webhook health report (core/catalog WebhookCheck), text or JSON.
#include "app/b24-cli/clicontext.h"
#include "app/b24-cli/clioptions.h"
#include "app/b24-cli/commands.h"

#include "core/catalog/webhookcheck.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

int runCheck(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliOptions::tr("Check that the webhook works: profile, admin, scopes, method count, "
                       "round-trip time, license and limits."));
    const QCommandLineOption format(u"format"_s, CliOptions::tr("Output: text|json (default text)."), u"F"_s,
                                    u"text"_s);
    parser.addOption(format);
    if (const int code = parseCommandLine(context, parser, u"check"_s, args); code >= 0)
        return code;
    const QString formatName = parser.value(format);
    if (formatName != "text"_L1 && formatName != "json"_L1)
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("--format takes text or json"));

    int exitCode = ExitOk;
    B24Hook *hook = context.hook(&exitCode);
    if (!hook)
        return exitCode;
    WebhookCheck check(hook);
    QEventLoop loop;
    QObject::connect(&check, &WebhookCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();

    const WebhookCheckReport &report = check.report();
    if (formatName == "json"_L1)
        context.writeOut(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        context.writeOut(report.toText().toUtf8());
    return report.ok() ? ExitOk : context.failApi(report.error);
}

} // namespace b24
