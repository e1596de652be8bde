// b24-cli profile add NAME [URL|-] | list | remove NAME. The webhook URL goes to the OS keychain
// only; the profile list (label, portal, user id) never holds the secret.
#include "app/b24-cli/clicontext.h"
#include "app/b24-cli/clioptions.h"
#include "app/b24-cli/commands.h"

#include "core/profiles/profilestore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

ProfileResult waitFor(const std::function<void(const QObject *, ProfileStore::Callback)> &start)
{
    QEventLoop loop;
    ProfileResult result;
    start(&loop, [&](const ProfileResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

int failProfile(CliContext &context, const ProfileError &error)
{
    switch (error.kind) {
    case ProfileError::Kind::InvalidUrl:
        return context.fail(ExitBadWebhook, error.code, error.message);
    case ProfileError::Kind::SecretStore:
        return context.fail(ExitKeychain, u"KEYCHAIN_UNAVAILABLE"_s, error.message);
    default:
        return context.fail(ExitUsage, error.code.isEmpty() ? u"PROFILE_ERROR"_s : error.code, error.message);
    }
}

QString readUrlFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

int addProfile(CliContext &context, const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("profile add NAME [URL|-]"));
    // Reading the URL from stdin keeps the secret out of the shell history and `ps`.
    const QString url = args.size() == 2 && args.at(1) != "-"_L1 ? args.at(1) : readUrlFromStdin();
    ProfileStore &store = context.profiles();
    const ProfileResult result = waitFor([&](const QObject *loop, ProfileStore::Callback done) {
        store.add(args.first(), url, context.options().plan, loop, done);
    });
    if (!result.ok()) {
        if (!result.pendingId.isEmpty())
            store.discardPending(result.pendingId);
        return failProfile(context, result.error);
    }
    context.note(
        CliContext::tr("profile \"%1\" saved: %2").arg(result.profile.label, result.profile.redactedUrl()));
    return ExitOk;
}

int listProfiles(CliContext &context, bool json)
{
    const QList<Profile> profiles = context.profiles().profiles();
    if (json) {
        QJsonArray array;
        for (const Profile &p : profiles) {
            QJsonObject object;
            object.insert(u"name"_s, p.label);
            object.insert(u"portal"_s, p.portalOrigin);
            object.insert(u"userId"_s, p.userId);
            object.insert(u"plan"_s, p.plan);
            object.insert(u"url"_s, p.redactedUrl());
            array.append(object);
        }
        context.writeOut(QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n');
        return ExitOk;
    }
    QString text;
    for (const Profile &p : profiles)
        text += p.label + u'\t' + p.redactedUrl() + (p.plan.isEmpty() ? QString() : u'\t' + p.plan) + u'\n';
    context.writeOut(text.toUtf8());
    return ExitOk;
}

int removeProfile(CliContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.fail(ExitUsage, u"USAGE"_s, CliContext::tr("profile remove NAME"));
    ProfileStore &store = context.profiles();
    const std::optional<Profile> profile = store.profileByLabel(args.first());
    if (!profile)
        return context.fail(ExitUsage, u"PROFILE_NOT_FOUND"_s,
                            CliContext::tr("no profile named \"%1\"").arg(args.first()));
    const ProfileResult result = waitFor(
        [&](const QObject *loop, ProfileStore::Callback done) { store.remove(profile->id, loop, done); });
    if (!result.ok())
        return failProfile(context, result.error);
    context.note(CliContext::tr("profile \"%1\" removed").arg(profile->label));
    return ExitOk;
}

} // namespace

int runProfile(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliOptions::tr("Manage webhook profiles. The webhook URL is kept in the OS keychain; "
                       "'add NAME -' (or no URL) reads it from stdin so it stays out of shell "
                       "history."));
    parser.addPositionalArgument(u"ACTION"_s, CliOptions::tr("add NAME [URL|-] | list | remove NAME"));
    const QCommandLineOption format(u"format"_s, CliOptions::tr("list output: text|json (default text)."),
                                    u"F"_s, u"text"_s);
    parser.addOption(format);
    if (const int code = parseCommandLine(context, parser, u"profile"_s, args); code >= 0)
        return code;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    if (action == "add"_L1)
        return addProfile(context, positional);
    if (action == "list"_L1 && positional.isEmpty())
        return listProfiles(context, parser.value(format) == "json"_L1);
    if (action == "remove"_L1)
        return removeProfile(context, positional);
    return context.fail(ExitUsage, u"USAGE"_s,
                        CliContext::tr("profile add NAME [URL|-] | list | remove NAME"));
}

} // namespace b24
