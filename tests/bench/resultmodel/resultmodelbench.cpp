// Loads N sandbox deals (default 1,000,000) into the explorer's result model through the real
// client (streamed list over HTTPS) and reports load time, memory per row, sort and filter times.
#include "b24/b24hook.h"
#include "b24/listjob.h"
#include "results/resultproxymodel.h"
#include "results/resulttablemodel.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Deals to load."_s, u"N"_s, u"1000000"_s);
    parser.addOption(rowsOption);
    parser.addHelpOption();
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    QTextStream out(stdout);

    QElapsedTimer clock;
    clock.start();
    b24::PortalOptions portal;
    portal.plan = b24::PortalOptions::Plan::Unlimited;
    portal.data = {{u"deals"_s, rows}};
    b24::SandboxServer server(portal);
    QString error;
    if (!server.start(&error)) {
        out << "sandbox: " << error << Qt::endl;
        return 1;
    }
    out << "sandbox seeded " << rows << " deals in " << clock.elapsed() << " ms" << Qt::endl;

    b24::ClientOptions options;
    options.plan = b24::ClientOptions::Plan::Unlimited;
    options.extraCaCertificates = {server.certificate()};
    auto hook = b24::B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, options);
    b24::ResultTableModel model;
    b24::ResultProxyModel proxy;
    proxy.setResultModel(&model);

    const qint64 rssBefore = residentBytes();
    qint64 modelMs = 0;
    QElapsedTimer appendClock;
    clock.restart();
    b24::ListJob *job = hook->fetchListMethod(u"crm.deal.list"_s);
    QObject::connect(job, &b24::ListJob::rowsReady, &model, [&](const QJsonArray &page) {
        appendClock.start();
        model.appendRows(page);
        modelMs += appendClock.elapsed();
    });
    QObject::connect(job, &b24::ListJob::finished, &app, &QCoreApplication::quit);
    QCoreApplication::exec();
    const qint64 loadMs = clock.elapsed();
    const qint64 rssAfter = residentBytes();
    out << "loaded " << model.rowCount() << " rows, " << model.columnCount() << " columns in " << loadMs
        << " ms (model append " << modelMs << " ms)" << Qt::endl;
    out << "memory: " << (rssAfter - rssBefore) / qMax(1, model.rowCount()) << " bytes per row (RSS delta)"
        << Qt::endl;

    for (const QString &column : {u"ID"_s, u"TITLE"_s, u"OPPORTUNITY"_s}) {
        const int index = int(model.columns().indexOf(column));
        if (index < 0)
            continue;
        clock.restart();
        proxy.sort(index, Qt::DescendingOrder);
        out << "sort by " << column << ": " << clock.elapsed() << " ms" << Qt::endl;
    }
    clock.restart();
    proxy.setFilterText(u"deal 12"_s);
    out << "filter: " << clock.elapsed() << " ms, " << proxy.rowCount() << " rows match" << Qt::endl;
    return model.rowCount() == rows ? 0 : 2;
}
