// Loads N deals (default 1,000,000) into the explorer's result model through the real client
// (streamed list over HTTPS from a separate b24-sandbox process, as the explorer talks to a
// portal) and prints "key: value" lines: load time, this process's memory per row, sort times,
// filter times (waiting for the sliced scan to finish) checked against an independent count.
//   b24-bench-resultmodel --sandbox PATH/b24-sandbox [--rows N]
//   b24-bench-resultmodel --webhook URL [--cacert FILE]
#include "core/b24/b24hook.h"
#include "core/b24/listjob.h"
#include "ui/results/columnsortkeys.h"
#include "ui/results/resultproxymodel.h"
#include "ui/results/resulttablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <numeric>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

template<typename T>
void report(const QByteArray &key, const T &value)
{
    out() << key << ": " << value << Qt::endl;
}

// Resident and peak resident memory of this process only (the portal runs elsewhere).
qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The portal: a b24-sandbox child (webhook URL on its first stdout line, its certificate in a
// file), or one given on the command line.
struct Portal
{
    QProcess sandbox;
    QTemporaryDir dir;
    QString url;
    QList<QSslCertificate> certificates;

    bool spawn(const QString &program, int deals, QString *error)
    {
        const QString cert = dir.filePath(u"sandbox-cert.pem"_s);
        sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sandbox.start(program, {u"--cert-out"_s, cert, u"--plan"_s, u"unlimited"_s, u"--data"_s,
                                u"deals="_s + QString::number(deals), u"--seed"_s, u"11"_s});
        // Blocking is fine here: nothing is measured until the portal is up.
        while (!sandbox.canReadLine()) {
            if (!sandbox.waitForReadyRead(60000)) {
                *error = u"b24-sandbox did not print its webhook URL: "_s + sandbox.errorString();
                return false;
            }
        }
        url = QString::fromUtf8(sandbox.readLine().trimmed());
        return load(cert, error);
    }

    bool load(const QString &cacert, QString *error)
    {
        if (cacert.isEmpty())
            return true;
        certificates = QSslCertificate::fromPath(cacert);
        if (certificates.isEmpty())
            *error = u"no certificate in "_s + cacert;
        return !certificates.isEmpty();
    }

    ~Portal()
    {
        if (sandbox.state() != QProcess::NotRunning) {
            sandbox.terminate();
            sandbox.waitForFinished(10000);
        }
    }
};

// The filter's answer checked without the filter's machinery: every cell's display text,
// QString::contains case-insensitively, on all cores (const reads of the model only).
qsizetype independentCount(const b24::ResultTableModel &model, const QString &needle)
{
    const int rows = int(model.rowTotal()), columns = model.columnCount();
    const unsigned threads = qMax(1u, std::thread::hardware_concurrency());
    std::vector<qsizetype> counts(threads, 0);
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int row = int(t); row < rows; row += int(threads)) {
                for (int column = 0; column < columns; ++column) {
                    if (model.cellText(row, column).contains(needle, Qt::CaseInsensitive)) {
                        ++counts[t];
                        break;
                    }
                }
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    return std::accumulate(counts.begin(), counts.end(), qsizetype(0));
}

// How late a 0 ms timer fires while the event loop runs `loop` (an idle UI would repaint every
// turn): the longest the UI thread was held up.
struct StallMeter
{
    QTimer tick;
    QElapsedTimer sinceTick;
    qint64 stall = 0;

    explicit StallMeter(QObject *context)
    {
        tick.setInterval(0);
        QObject::connect(&tick, &QTimer::timeout, context,
                         [this] { stall = qMax(stall, sinceTick.restart()); });
        sinceTick.start();
        tick.start();
    }
    qint64 longest() const { return qMax(stall, sinceTick.elapsed()); }
};

// Runs one filter to its end (filterFinished) and reports its time, the longest the event loop
// was kept from running meanwhile, and the match count; returns false on a wrong count.
bool measureFilter(b24::ResultProxyModel &proxy, const b24::ResultTableModel &model, const QString &needle,
                   const QByteArray &key)
{
    QEventLoop loop;
    QObject::connect(&proxy, &b24::ResultProxyModel::filterFinished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    StallMeter meter(&loop);
    proxy.setFilterText(needle);
    if (proxy.isFiltering())
        loop.exec();
    const qint64 ms = clock.elapsed();
    const QByteArray prefix(key);
    report(QByteArray(prefix + "_ms"), ms);
    report(QByteArray(prefix + "_max_stall_ms"), meter.longest());
    report(QByteArray(prefix + "_matches"), proxy.rowCount());
    QElapsedTimer verify;
    verify.start();
    const qsizetype expected = independentCount(model, needle);
    report(QByteArray(prefix + "_expected"), expected);
    report(QByteArray(prefix + "_verify_ms"), verify.elapsed());
    return expected == proxy.rowCount();
}

// Sorts until the order is on screen (sortFinished) and reports the wall time and the longest UI
// stall meanwhile; returns false when the shown order is not sorted.
bool measureSort(b24::ResultProxyModel &proxy, const b24::ResultTableModel &model, int column,
                 Qt::SortOrder order, const QByteArray &key)
{
    QEventLoop loop;
    bool applied = false;
    QObject::connect(&proxy, &b24::ResultProxyModel::sortFinished, &loop, [&](bool done) {
        applied = done;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    StallMeter meter(&loop);
    proxy.sort(column, order);
    if (proxy.isSorting())
        loop.exec();
    else
        applied = proxy.sortColumn() == column;
    report(QByteArray(key + "_ms"), clock.elapsed());
    report(QByteArray(key + "_max_stall_ms"), meter.longest());
    // Checked on the numbers or the folded text the view shows, without the sort's keys.
    const auto numeric = model.cachedSortKeys(column)->isNumeric();
    bool ok = applied && proxy.rowCount() == model.rowCount();
    for (int row = 1; ok && row < proxy.rowCount(); ++row) {
        const QString a = model.cellText(proxy.sourceRow(row - 1), column);
        const QString b = model.cellText(proxy.sourceRow(row), column);
        const bool inOrder =
            numeric
                ? (order == Qt::AscendingOrder ? a.toDouble() <= b.toDouble() : a.toDouble() >= b.toDouble())
                : (order == Qt::AscendingOrder ? a.toCaseFolded().toUtf8() <= b.toCaseFolded().toUtf8()
                                               : a.toCaseFolded().toUtf8() >= b.toCaseFolded().toUtf8());
        ok = inOrder && (a != b || proxy.sourceRow(row - 1) < proxy.sourceRow(row)); // ties stable
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Deals to load."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption sandboxOption(u"sandbox"_s, u"Spawn this b24-sandbox as the portal."_s,
                                           u"PATH"_s);
    const QCommandLineOption webhookOption(u"webhook"_s, u"Use this portal instead."_s, u"URL"_s);
    const QCommandLineOption cacertOption(u"cacert"_s, u"Extra CA certificate (PEM) for --webhook."_s,
                                          u"FILE"_s);
    const QCommandLineOption filterOption(u"filter"_s, u"Filter texts, comma-separated."_s, u"TEXTS"_s,
                                          u"#12,ВНЕДРЕНИЕ"_s);
    parser.addOptions({rowsOption, sandboxOption, webhookOption, cacertOption, filterOption});
    parser.addHelpOption();
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();

    Portal portal;
    QString error;
    const bool up =
        parser.isSet(webhookOption)
            ? (portal.url = parser.value(webhookOption), portal.load(parser.value(cacertOption), &error))
            : parser.isSet(sandboxOption) && portal.spawn(parser.value(sandboxOption), rows, &error);
    if (!up) {
        QTextStream(stderr) << (error.isEmpty() ? u"give --sandbox PATH or --webhook URL"_s : error)
                            << Qt::endl;
        return 1;
    }

    b24::ClientOptions options;
    options.plan = b24::ClientOptions::Plan::Unlimited;
    options.extraCaCertificates = portal.certificates;
    auto hook = b24::B24Hook::fromWebhookUrl(portal.url, nullptr, options);
    if (!hook) {
        QTextStream(stderr) << "not a webhook URL" << Qt::endl;
        return 1;
    }
    b24::ResultTableModel model;
    b24::ResultProxyModel proxy;
    proxy.setResultModel(&model);

    const qint64 rssBefore = statusKb("VmRSS:");
    qint64 appendMs = 0;
    QElapsedTimer clock, appendClock;
    clock.start();
    b24::ListJob *job = hook->fetchListMethod(u"crm.deal.list"_s);
    QObject::connect(job, &b24::ListJob::rowsReady, &model, [&](const QJsonArray &page) {
        appendClock.start();
        model.appendRows(page);
        appendMs += appendClock.elapsed();
    });
    QObject::connect(job, &b24::ListJob::finished, &app, &QCoreApplication::quit);
    QCoreApplication::exec();
    const qint64 loadMs = clock.elapsed();
    if (!job->ok()) {
        QTextStream(stderr) << "list failed: " << job->error().toString() << Qt::endl;
        return 1;
    }
    const qint64 rssLoaded = statusKb("VmRSS:");
    const qint64 loaded = qMax(1, model.rowCount());
    report("rows", model.rowCount());
    report("columns", model.columnCount());
    report("requests", job->requestCount());
    report("load_ms", loadMs);
    report("rows_per_s", qint64(model.rowCount() * 1000.0 / qMax<qint64>(1, loadMs)));
    report("model_append_ms", appendMs);
    report("bytes_per_row", (rssLoaded - rssBefore) * 1024 / loaded);
    report("store_bytes_per_row", model.rowBytes() / loaded);

    // Each column twice: the first sort builds its keys, the second reuses them. Then the longest
    // sort again with a filter on, changed while the sort runs.
    const qint64 rssSortBefore = statusKb("VmRSS:");
    bool sorted = true;
    for (const QString &column : {u"ID"_s, u"TITLE"_s, u"OPPORTUNITY"_s}) {
        const int index = int(model.columns().indexOf(column));
        if (index < 0)
            continue;
        const QByteArray key = "sort_" + column.toLower().toLatin1();
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder})
            sorted = measureSort(proxy, model, index, order,
                                 QByteArray(key + (order == Qt::DescendingOrder ? "" : "_again"))) &&
                     sorted;
    }
    report("sort_keys_bytes_per_row", (statusKb("VmRSS:") - rssSortBefore) * 1024 / loaded);
    report("sort_order", sorted ? "ok" : "WRONG");
    proxy.sort(-1);

    bool counted = true;
    const QStringList needles = parser.value(filterOption).split(u',', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < needles.size(); ++i) {
        report(QByteArray("filter" + QByteArray::number(i + 1) + "_text"), needles.at(i));
        counted =
            measureFilter(proxy, model, needles.at(i), QByteArray("filter" + QByteArray::number(i + 1))) &&
            counted;
    }
    report("filter_index_bytes_per_row", model.textIndexBytes() / loaded);
    report("peak_rss_mb", statusKb("VmHWM:") / 1024);
    report("filter_counts", counted ? "ok" : "MISMATCH");
    if (model.rowCount() != rows && !parser.isSet(webhookOption))
        return 2;
    return counted ? (sorted ? 0 : 4) : 3;
}
