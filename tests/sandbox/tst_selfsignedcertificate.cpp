#include "core/sandbox/selfsignedcertificate.h"

#include <QDateTime>
#include <QSslCertificateExtension>
#include <QTest>

using namespace b24;

class TestSelfSignedCertificate : public QObject
{
    Q_OBJECT
private slots:
    void generatesUsableCertificate();
    void subjectAlternativeNames_data();
    void subjectAlternativeNames();
    void isACertificateAuthority();
    void eachRunHasItsOwnKey();
};

void TestSelfSignedCertificate::generatesUsableCertificate()
{
    const SelfSignedCertificate c;
    QVERIFY2(!c.isNull(), qPrintable(c.errorString()));
    QCOMPARE(c.privateKey().algorithm(), QSsl::Ec);
    QCOMPARE(c.privateKey().type(), QSsl::PrivateKey);
    QVERIFY(c.certificate().isSelfSigned());
    QVERIFY(c.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(QSslCertificate(c.certificatePem()), c.certificate());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(c.certificate().effectiveDate() < now);
    QVERIFY(c.certificate().expiryDate() > now.addDays(365));
}

void TestSelfSignedCertificate::subjectAlternativeNames_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("localhost") << int(QSsl::DnsEntry) << QStringLiteral("localhost");
    QTest::newRow("ipv4") << int(QSsl::IpAddressEntry) << QStringLiteral("127.0.0.1");
    QTest::newRow("ipv6") << int(QSsl::IpAddressEntry) << QStringLiteral("0:0:0:0:0:0:0:1");
}

void TestSelfSignedCertificate::subjectAlternativeNames()
{
    QFETCH(int, type);
    QFETCH(QString, name);
    const SelfSignedCertificate c;
    const QStringList names =
        c.certificate().subjectAlternativeNames().values(QSsl::AlternativeNameEntryType(type));
    QVERIFY2(names.contains(name, Qt::CaseInsensitive) ||
                 (type == int(QSsl::IpAddressEntry) && names.contains(QStringLiteral("::1")) &&
                  name.endsWith(QStringLiteral(":1"))),
             qPrintable(names.join(QLatin1Char(' '))));
}

void TestSelfSignedCertificate::isACertificateAuthority()
{
    const SelfSignedCertificate c;
    bool found = false;
    for (const QSslCertificateExtension &ext : c.certificate().extensions()) {
        if (ext.name() != QLatin1String("basicConstraints"))
            continue;
        found = true;
        QVERIFY(ext.isCritical());
        QCOMPARE(ext.value().toMap().value(QStringLiteral("ca")).toBool(), true);
    }
    QVERIFY(found);
}

void TestSelfSignedCertificate::eachRunHasItsOwnKey()
{
    const SelfSignedCertificate a, b;
    QVERIFY(a.certificate() != b.certificate());
    QVERIFY(a.certificate().serialNumber() != b.certificate().serialNumber());
    QVERIFY(a.privateKey().toPem() != b.privateKey().toPem());
}

QTEST_GUILESS_MAIN(TestSelfSignedCertificate)
#include "tst_selfsignedcertificate.moc"
