#pragma once

#include <QStringList>

class QCommandLineParser;

namespace b24 {

class CliContext;

// One function per command; `args` are the command's own arguments (after COMMAND).
// Each returns an exit code of exitcodes.h.
int runCall(CliContext &context, const QStringList &args);
int runList(CliContext &context, const QStringList &args);
int runBatch(CliContext &context, const QStringList &args);
int runCheck(CliContext &context, const QStringList &args);
int runProfile(CliContext &context, const QStringList &args);
int runMethods(CliContext &context, const QStringList &args);
int runDescribe(CliContext &context, const QStringList &args);

// Parses a command's arguments with its own parser plus the global options; prints --help.
// Returns -1 to go on, else the exit code to return at once.
int parseCommandLine(CliContext &context, QCommandLineParser &parser, const QString &command,
                     const QStringList &args);

} // namespace b24
