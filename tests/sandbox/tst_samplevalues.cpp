#include "core/sandbox/samplevalues.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::SampleValues;

// The date strings are formatted by arithmetic, not QDateTime: they must stay exactly what
// QDateTime::toString wrote, across leap days, year ends and moments before 1970.
class TestSampleValues : public QObject
{
    Q_OBJECT
private slots:
    void formatsLikeQDateTime_data();
    void formatsLikeQDateTime();
    void knownMoments_data();
    void knownMoments();
};

void TestSampleValues::formatsLikeQDateTime_data()
{
    QTest::addColumn<qint64>("msecs");
    const auto add = [](const char *name, const QDateTime &t) {
        QTest::newRow(name) << t.toMSecsSinceEpoch();
    };
    add("epoch", QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    add("leap day", QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC));
    add("year end", QDateTime(QDate(2023, 12, 31), QTime(21, 0), Qt::UTC));
    add("century leap", QDateTime(QDate(2000, 2, 29), QTime(12, 34, 56), Qt::UTC));
    add("1900 no leap", QDateTime(QDate(1900, 3, 1), QTime(0, 0, 1), Qt::UTC));
    add("before epoch", QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC));
    add("far future", QDateTime(QDate(9999, 12, 31), QTime(20, 0), Qt::UTC));
    add("year 999", QDateTime(QDate(999, 6, 1), QTime(1, 2, 3), Qt::UTC));
    // A sweep over the generator's range: every 37 hours and 13 minutes across three years.
    for (qint64 t = 1672531200000LL; t < 1767225600000LL; t += (37 * 60 + 13) * 60000LL)
        QTest::newRow(QByteArray::number(t).constData()) << t;
}

void TestSampleValues::formatsLikeQDateTime()
{
    QFETCH(qint64, msecs);
    const auto qt = [](qint64 ms, const QString &format) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(format);
    };
    const qint64 moscow = msecs + 3 * 3600 * 1000;
    QCOMPARE(SampleValues::dateTime(msecs), qt(moscow, u"yyyy-MM-ddTHH:mm:ss"_s) + u"+03:00"_s);
    QCOMPARE(SampleValues::date(msecs), qt(moscow, u"yyyy-MM-dd"_s) + u"T00:00:00+03:00"_s);
    QCOMPARE(SampleValues::utcDateTime(msecs), qt(msecs, u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s);
}

void TestSampleValues::knownMoments_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("utc");
    QTest::newRow("2023 start") << 1672531200000LL << u"2023-01-01T03:00:00+03:00"_s
                                << u"2023-01-01T00:00:00+00:00"_s;
    QTest::newRow("leap day evening")
        << 1709240400000LL << u"2024-03-01T00:00:00+03:00"_s << u"2024-02-29T21:00:00+00:00"_s;
}

void TestSampleValues::knownMoments()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, dateTime);
    QFETCH(QString, utc);
    QCOMPARE(SampleValues::dateTime(msecs), dateTime);
    QCOMPARE(SampleValues::utcDateTime(msecs), utc);
}

QTEST_GUILESS_MAIN(TestSampleValues)
#include "tst_samplevalues.moc"
