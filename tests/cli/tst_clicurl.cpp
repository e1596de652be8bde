// b24-cli call --curl: the call as a curl command, from the same core function as the explorer's
// "copy as curl", without sending it (the portal below does not exist).
#include "tests/support/clirunner.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace b24::test;

class TestCliCurl : public QObject
{
    Q_OBJECT

private slots:
    void printsTheCallWithTheSecretMasked();
    void revealsTheSecretWhenAsked();
    void rest3WriteCarriesAnIdempotencyKey();

private:
    CliRun curl(const QStringList &extra)
    {
        return runProgram(m_home.path(), QStringLiteral(B24_CLI_PATH),
                          QStringList{u"--webhook"_s, u"https://portal.invalid/rest/7/curlSecret123/"_s,
                                      u"call"_s, u"crm.deal.list"_s, u"filter[>ID]=5"_s, u"select[]=ID"_s,
                                      u"--curl"_s} +
                              extra);
    }

    QTemporaryDir m_home;
};

void TestCliCurl::printsTheCallWithTheSecretMasked()
{
    const CliRun run = curl({});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("curl -sS -X POST"), run.out.constData());
    QVERIFY(run.out.contains("'https://portal.invalid/rest/7/"));
    QVERIFY(run.out.contains("/crm.deal.list'"));
    QVERIFY(run.out.contains(R"({"filter":{">ID":)"));
    QVERIFY(!run.out.contains("curlSecret123"));
}

void TestCliCurl::revealsTheSecretWhenAsked()
{
    const CliRun run = curl({u"--reveal-secret"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("'https://portal.invalid/rest/7/curlSecret123/crm.deal.list'"));
}

// Running the printed command twice must not write twice: a REST 3.0 write carries a key, a read none.
void TestCliCurl::rest3WriteCarriesAnIdempotencyKey()
{
    const QStringList base{u"--webhook"_s, u"https://portal.invalid/rest/7/curlSecret123/"_s, u"--api"_s,
                           u"v3"_s, u"call"_s};
    const CliRun write =
        runProgram(m_home.path(), QStringLiteral(B24_CLI_PATH),
                   base + QStringList{u"tasks.task.add"_s, u"fields[title]=x"_s, u"--curl"_s});
    QVERIFY2(write.exitCode == 0, write.err.constData());
    QVERIFY2(write.out.contains("-H 'Idempotency-Key: "), write.out.constData());
    QVERIFY2(write.out.contains("/rest/api/7/"), write.out.constData());
    const CliRun read = runProgram(m_home.path(), QStringLiteral(B24_CLI_PATH),
                                   base + QStringList{u"tasks.task.get"_s, u"id=1"_s, u"--curl"_s});
    QVERIFY2(read.exitCode == 0, read.err.constData());
    QVERIFY2(!read.out.contains("Idempotency-Key"), read.out.constData());
    QVERIFY(!curl({}).out.contains("Idempotency-Key")); // a classic call: none
}

QTEST_GUILESS_MAIN(TestCliCurl)
#include "tst_clicurl.moc"
