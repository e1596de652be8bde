// The client's one public header is enough: README.md's example, compiled from the README itself
// (readmeexample.cmake), with nothing of ours included but what the example includes.
#include <QTest>

void readmeExample(const QString &url);

class TestClientHeader : public QObject
{
    Q_OBJECT

private slots:
    void readmeExampleRuns();
};

void TestClientHeader::readmeExampleRuns()
{
    // A broken URL takes the example's error branch; a valid one makes its three jobs, which the
    // hook deletes with itself before they start.
    readmeExample(QStringLiteral("not a url"));
    readmeExample(QStringLiteral("https://portal.example/rest/1/exampleSecret/"));
}

QTEST_GUILESS_MAIN(TestClientHeader)
#include "tst_clientheader.moc"
