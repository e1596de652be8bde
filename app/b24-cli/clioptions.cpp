#include "app/b24-cli/clioptions.h"

#include "core/b24/clientoptions.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QList<QCommandLineOption> CliOptions::globalOptions()
{
    return {
        {u"webhook"_s,
         tr("Webhook URL https://portal/rest/USER/SECRET/ (else --profile, else $B24_WEBHOOK)."), u"URL"_s},
        {u"profile"_s, tr("Use a saved profile; its secret comes from the OS keychain."), u"NAME"_s},
        {u"cacert"_s, tr("Also trust the certificates of this PEM file (e.g. the sandbox's)."), u"FILE"_s},
        {u"timeout"_s, tr("Seconds to wait for one answer (default 65)."), u"S"_s},
        {u"plan"_s, tr("Portal plan for client-side rate limiting: standard|enterprise|unlimited."),
         u"PLAN"_s},
        {u"operating-limit"_s,
         tr("The portal's operating budget per method, in seconds of handler time per 10 minutes "
            "(default 480); lists pace themselves to it."),
         u"S"_s},
        {u"progress"_s, tr("Show progress on stderr even when it is not a terminal.")},
        {u"no-progress"_s, tr("Never show progress.")},
        {u"quiet"_s, tr("Print nothing but results and errors.")},
        {u"verbose"_s, tr("Print every HTTP request (redacted) on stderr.")},
        {u"dry-run"_s, tr("Send nothing: print each request as it would go (REST method, HTTP method, "
                          "URL with the secret masked, body) as a JSON line on stdout; for list the "
                          "first request. Exit 0.")},
        {u"api"_s,
         tr("REST protocol: v2 (/rest/) or v3 (REST 3.0, /rest/api/); default: the one the webhook URL "
            "names."),
         u"API"_s},
    };
}

void CliOptions::addGlobalOptions(QCommandLineParser *parser)
{
    parser->addOptions(globalOptions());
}

bool CliOptions::readGlobalOptions(const QCommandLineParser &parser, GlobalOptions *options, QString *error)
{
    if (parser.isSet(u"webhook"_s))
        options->webhook = parser.value(u"webhook"_s);
    if (parser.isSet(u"profile"_s))
        options->profile = parser.value(u"profile"_s);
    if (parser.isSet(u"cacert"_s))
        options->caFile = parser.value(u"cacert"_s);
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        options->timeoutSeconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || options->timeoutSeconds <= 0) {
            *error = u"--timeout takes a positive number of seconds"_s;
            return false;
        }
    }
    if (parser.isSet(u"plan"_s)) {
        options->plan = parser.value(u"plan"_s).toLower();
        if (!ClientOptions::planFromName(options->plan)) {
            *error = u"--plan takes standard, enterprise or unlimited"_s;
            return false;
        }
    }
    if (parser.isSet(u"operating-limit"_s)) {
        bool ok = false;
        options->operatingLimitSeconds = parser.value(u"operating-limit"_s).toDouble(&ok);
        if (!ok || options->operatingLimitSeconds <= 0) {
            *error = u"--operating-limit takes a positive number of seconds"_s;
            return false;
        }
    }
    if (parser.isSet(u"api"_s)) {
        options->api = apiVersionFromName(parser.value(u"api"_s));
        if (!options->api) {
            *error = u"--api takes v2 or v3"_s;
            return false;
        }
    }
    if (parser.isSet(u"progress"_s) && parser.isSet(u"no-progress"_s)) {
        *error = u"--progress and --no-progress exclude each other"_s;
        return false;
    }
    if (parser.isSet(u"progress"_s))
        options->progress = GlobalOptions::Progress::On;
    if (parser.isSet(u"no-progress"_s))
        options->progress = GlobalOptions::Progress::Off;
    options->quiet = options->quiet || parser.isSet(u"quiet"_s);
    options->verbose = options->verbose || parser.isSet(u"verbose"_s);
    options->dryRun = options->dryRun || parser.isSet(u"dry-run"_s);
    if (options->quiet && options->verbose) {
        *error = u"--quiet and --verbose exclude each other"_s;
        return false;
    }
    return true;
}

QString CliOptions::exitCodeHelp()
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  the portal answered an error\n"
              "  2  usage error\n"
              "  3  invalid webhook URL\n"
              "  4  authentication, or access refused (scope, plan, permission)\n"
              "  5  limits still exceeded after retries\n"
              "  6  network, TLS or timeout\n"
              "  7  partial: some batch commands or pages failed\n"
              "  8  keychain unavailable\n"
              "  9  the output could not be written (disk full, unwritable file)\n");
}

} // namespace b24
