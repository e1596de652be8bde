// b24-bench-share: several list exports at once inside ONE process, on one B24Hook, so they
// share the portal's limiter (five b24-cli processes would each have their own).
// Prints one JSON line: {"rows":N,"jobs":K,"failed":F,"errors":[codes],"cancelled":bool,"ms":T}.
#include "core/b24/b24hook.h"
#include "core/b24/clientoptions.h"
#include "core/b24/listjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "b24-bench-share: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs K list exports at once on one B24Hook (one shared limiter)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"webhook"_s, u"Webhook URL."_s, u"URL"_s},
        {u"cacert"_s, u"PEM file of the certificate to trust."_s, u"FILE"_s},
        {u"jobs"_s, u"Exports running at once (default 5)."_s, u"K"_s, u"5"_s},
        {u"method"_s, u"List method (default crm.deal.list)."_s, u"METHOD"_s, u"crm.deal.list"_s},
        {u"limit"_s, u"Rows per export (default all)."_s, u"N"_s, u"-1"_s},
        {u"strategy"_s, u"auto|batch|keyset|offset (default auto)."_s, u"S"_s, u"auto"_s},
        {u"plan"_s, u"standard|enterprise|unlimited (default standard)."_s, u"PLAN"_s, u"standard"_s},
        {u"operating-limit"_s, u"The portal's per-method budget in seconds (default 480)."_s, u"S"_s,
         u"480"_s},
        {u"time-box"_s, u"Cancel the exports after this many seconds (0 = never)."_s, u"S"_s, u"0"_s},
        {u"parallel"_s, u"Batches on the wire at once per export (default: the library's)."_s, u"N"_s},
        {u"max-wait"_s,
         u"Seconds an export may wait in all for the portal's limits (default: the library's)."_s, u"S"_s},
    });
    parser.process(app);

    ClientOptions options;
    options.plan =
        ClientOptions::planFromName(parser.value(u"plan"_s)).value_or(ClientOptions::Plan::Standard);
    options.operatingLimitSeconds = parser.value(u"operating-limit"_s).toDouble();
    QString error;
    if (parser.isSet(u"cacert"_s) &&
        !ClientOptions::loadCaFile(parser.value(u"cacert"_s), &options.extraCaCertificates, &error))
        return fail(error);
    WebhookUrl::ParseError parseError;
    const std::unique_ptr<B24Hook> hook =
        B24Hook::fromWebhookUrl(parser.value(u"webhook"_s), &parseError, options);
    if (!hook)
        return fail(u"invalid webhook URL"_s);

    ListOptions listOptions;
    listOptions.limit = parser.value(u"limit"_s).toLongLong();
    if (parser.isSet(u"parallel"_s))
        listOptions.parallelParts = qMax(1, parser.value(u"parallel"_s).toInt());
    if (parser.isSet(u"max-wait"_s))
        listOptions.maxWaitMs = parser.value(u"max-wait"_s).toLongLong() * 1000;
    QString strategy = parser.value(u"strategy"_s);
    if (strategy == "batch"_L1)
        strategy = u"batched-keyset"_s;
    if (!ListOptions::strategyFromName(strategy, &listOptions.strategy))
        return fail(u"unknown strategy "_s + strategy);

    const int jobs = qMax(1, parser.value(u"jobs"_s).toInt());
    qint64 rows = 0;
    int running = jobs;
    int failed = 0;
    bool cancelled = false;
    QJsonArray errors;
    QList<ListJob *> active;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < jobs; ++i) {
        ListJob *job = hook->fetchListMethod(parser.value(u"method"_s), {}, listOptions);
        active << job;
        QObject::connect(job, &ListJob::rowsReady, [&rows](const QJsonArray &page) { rows += page.size(); });
        QObject::connect(job, &ListJob::finished, [&, job] {
            active.removeOne(job);
            // Our own time box ends the export: that is not a failure.
            if (!job->ok() && !(cancelled && job->error().code == "LIST_CANCELLED"_L1)) {
                ++failed;
                errors.append(job->error().code);
            }
            if (--running == 0)
                QCoreApplication::quit();
        });
    }
    if (const int box = parser.value(u"time-box"_s).toInt(); box > 0) {
        QTimer::singleShot(box * 1000, [&] {
            cancelled = true;
            for (ListJob *job : std::as_const(active))
                job->cancel();
        });
    }
    QCoreApplication::exec();

    const QJsonObject line{{u"rows"_s, rows},     {u"jobs"_s, jobs},           {u"failed"_s, failed},
                           {u"errors"_s, errors}, {u"cancelled"_s, cancelled}, {u"ms"_s, clock.elapsed()}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return failed ? 1 : 0;
}
