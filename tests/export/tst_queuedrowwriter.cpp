#include "core/export/csvoptions.h"
#include "core/export/queuedrowwriter.h"
#include "core/table/columnset.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

#include <atomic>
#include <semaphore>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

namespace {

QJsonArray goldenRows()
{
    QFile file(QStringLiteral(B24_TEST_DATA_DIR "/golden/deals.rows.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).array() : QJsonArray();
}

// Holds every row until the test lets it through: shows what the queue does meanwhile.
class GatedWriter : public RowWriter
{
public:
    explicit GatedWriter(QIODevice *device, std::counting_semaphore<> *gate)
        : RowWriter(device)
        , m_gate(gate)
    {}

protected:
    bool encodeRow(const QJsonValue &row) override
    {
        m_gate->acquire();
        return put(row.toObject().value(u"ID"_s).toString().toUtf8() + '\n');
    }

private:
    std::counting_semaphore<> *m_gate;
};

QJsonArray oneRow(int id)
{
    return QJsonArray{QJsonObject{{u"ID"_s, QString::number(id)}}};
}

} // namespace

class TestQueuedRowWriter : public QObject
{
    Q_OBJECT
private slots:
    void sameBytesAsDirect_data();
    void sameBytesAsDirect();
    void postBlocksWhenQueueIsFull();
    void discardStopsAfterCurrentPage();
    void fullDisk();
};

void TestQueuedRowWriter::sameBytesAsDirect_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("jsonl") << u"jsonl"_s;
    QTest::newRow("json") << u"json"_s;
}

void TestQueuedRowWriter::sameBytesAsDirect()
{
    QFETCH(QString, format);
    RowWriter::Format kind{};
    QVERIFY(RowWriter::parseFormat(format, &kind));
    const QJsonArray rows = goldenRows();
    QVERIFY(rows.size() > 2);

    QByteArray direct;
    QBuffer directBuffer(&direct);
    directBuffer.open(QIODevice::WriteOnly);
    std::unique_ptr<RowWriter> writer = RowWriter::create(kind, &directBuffer, ColumnSet(), CsvOptions());
    for (int page = 0; page < 300; ++page)
        QVERIFY(writer->writeRows(rows));
    QVERIFY(writer->finish());

    QByteArray queued;
    QBuffer queuedBuffer(&queued);
    queuedBuffer.open(QIODevice::WriteOnly);
    QueuedRowWriter queue(RowWriter::create(kind, &queuedBuffer, ColumnSet(), CsvOptions()), 7);
    for (int page = 0; page < 300; ++page)
        QVERIFY(queue.post(rows));
    QVERIFY(queue.finish());
    QCOMPARE(queue.rowCount(), 300 * rows.size());
    QVERIFY(!queued.isEmpty());
    QCOMPARE(queued, direct);
    QVERIFY(!queue.post(rows)); // finished: no more pages
}

void TestQueuedRowWriter::postBlocksWhenQueueIsFull()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    std::counting_semaphore<> gate(0);
    QueuedRowWriter queue(std::make_unique<GatedWriter>(&buffer, &gate), 2);
    // A page counts until it is written: row 1 (at the gate) and row 2 fill the queue.
    QVERIFY(queue.post(oneRow(1)));
    QVERIFY(queue.post(oneRow(2)));
    std::atomic<bool> returned{false};
    std::thread poster([&] {
        queue.post(oneRow(3));
        returned = true;
    });
    QTest::qWait(150);
    const bool blocked = !returned;
    gate.release(10);
    poster.join();
    QVERIFY2(blocked, "post() returned while the queue was full");
    QVERIFY(queue.finish());
    QCOMPARE(out, "1\n2\n3\n"_ba);
}

void TestQueuedRowWriter::discardStopsAfterCurrentPage()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    std::counting_semaphore<> gate(0);
    QueuedRowWriter queue(std::make_unique<GatedWriter>(&buffer, &gate), 100);
    for (int id = 1; id <= 20; ++id)
        QVERIFY(queue.post(oneRow(id)));
    gate.release(1); // row 1 goes through; the writer then waits on row 2
    QTRY_COMPARE(queue.rowCount(), 1);
    std::thread opener([&] {
        QThread::msleep(50);
        gate.release(100);
    });
    queue.discard(); // returns once row 2 is written; rows 3..20 are dropped
    opener.join();
    QVERIFY(queue.rowCount() <= 2);
    QVERIFY(!out.contains("3\n"));
}

void TestQueuedRowWriter::fullDisk()
{
    QFile full(u"/dev/full"_s);
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("/dev/full is not available");
    QueuedRowWriter queue(RowWriter::create(RowWriter::Format::JsonLines, &full, ColumnSet(), CsvOptions()),
                          10);
    const QJsonArray page{QJsonObject{{u"TEXT"_s, QString(10000, u'x')}}};
    bool posted = true;
    for (int i = 0; i < 1000 && posted; ++i)
        posted = queue.post(page);
    QVERIFY2(!posted, "the writer's failure never reached post()");
    QVERIFY(queue.hasFailed());
    QVERIFY(!queue.finish());
    QVERIFY2(queue.errorString().contains(u"space"_s, Qt::CaseInsensitive), qPrintable(queue.errorString()));
}

QTEST_GUILESS_MAIN(TestQueuedRowWriter)
#include "tst_queuedrowwriter.moc"
