#pragma once

// Runs the real b24-cli as a child process inside a private home (HOME and XDG_* point into a
// temporary folder), so every file it writes can be found and scanned. The in-process sandbox keeps
// serving while it waits, because waiting spins the event loop.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace b24::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The sandbox's certificate where `--cacert` will read it; false when it cannot be written.
inline bool writeCaFile(const QString &path, const QByteArray &pem)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(pem) == pem.size();
}

inline QProcessEnvironment privateEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("B24_WEBHOOK"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    return env;
}

inline void startProgram(QProcess *process, const QString &home, const QString &program,
                         const QStringList &args)
{
    process->setProcessEnvironment(privateEnvironment(home));
    process->setWorkingDirectory(home);
    process->start(program, args);
}

inline void startCli(QProcess *process, const QString &home, const QStringList &args)
{
    startProgram(process, home, QStringLiteral(B24_CLI_PATH), args);
}

// `program` may be a wrapper (a shell that sets limits or redirections) that runs b24-cli.
inline CliRun runProgram(const QString &home, const QString &program, const QStringList &args,
                         const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    startProgram(&process, home, program, args);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline CliRun runCli(const QString &home, const QStringList &args, const QByteArray &input = {},
                     int timeoutMs = 60000)
{
    return runProgram(home, QStringLiteral(B24_CLI_PATH), args, input, timeoutMs);
}

} // namespace b24::test
