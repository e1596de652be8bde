#pragma once

#include "core/b24/apiversion.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace b24 {

// Options that come before (or after) COMMAND, shared by every command.
struct GlobalOptions
{
    QString webhook;
    QString profile;
    QString caFile;
    double timeoutSeconds = 0;        // 0: client default
    QString plan;                     // "" / standard / enterprise / unlimited
    double operatingLimitSeconds = 0; // 0: the portal default (480 s per method per 10 minutes)
    enum class Progress
    {
        Auto,
        On,
        Off
    } progress = Progress::Auto;
    bool quiet = false;
    bool verbose = false;
    bool dryRun = false; // print the requests instead of sending them
    // --api v2|v3; unset: the protocol the webhook URL names (/rest/api/ is v3, else v2).
    std::optional<ApiVersion> api;
};

// One QCommandLineParser per command; the global options are accepted there too.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(b24::CliOptions) // the --help texts of every command

public:
    static QList<QCommandLineOption> globalOptions();
    static void addGlobalOptions(QCommandLineParser *parser);
    // Reads the global options set on `parser` into `options` (values already there are kept
    // unless the parser has the option).
    static bool readGlobalOptions(const QCommandLineParser &parser, GlobalOptions *options, QString *error);
    static QString exitCodeHelp();
};

} // namespace b24
