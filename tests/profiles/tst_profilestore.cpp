#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

namespace {
const QString secret = u"zx9secretq1w2e3r4"_s;
const QString url = u"https://example.bitrix24.com/rest/7/"_s + secret + u'/';
} // namespace

class TstProfileStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_keychain; // stands in for the OS keychain, which tst_keychainsecretstore covers
    MemorySecretStore m_session;

    template<typename Op>
    static ProfileResult wait(Op op)
    {
        std::optional<ProfileResult> out;
        op([&out](const ProfileResult &r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 30000))
            qFatal("profile operation timed out");
        return *out;
    }

    static std::pair<QString, SecretError> readUrl(ProfileStore &store, const QString &id)
    {
        std::optional<std::pair<QString, SecretError>> out;
        store.webhookUrl(id, nullptr, [&out](const QString &u, const SecretError &e) { out = {u, e}; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 30000))
            qFatal("read timed out");
        return *out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The real keychain store, made unreachable before its first job (the backend binds once).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/b24-no-bus");
        qunsetenv("DISPLAY");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"profiles.ini"_s), QSettings::IniFormat);
        m_settings->clear();
    }

    void addListGetRemove()
    {
        ProfileStore store(m_settings.get(), &m_keychain, &m_session);
        const ProfileResult r = wait([&](auto cb) { store.add(u"Sales"_s, url, u"standard"_s, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.profile.label, u"Sales"_s);
        QCOMPARE(r.profile.portalOrigin, u"https://example.bitrix24.com"_s);
        QCOMPARE(r.profile.userId, qint64(7));
        QCOMPARE(r.profile.secretLocation, Profile::SecretLocation::Keychain);
        QVERIFY(!r.profile.redactedUrl().contains(secret));
        QVERIFY(m_keychain.contains(SecretStore::webhookKey(r.profile.id)));

        // A new store over the same settings (a restart) sees it and gets the URL back.
        ProfileStore again(m_settings.get(), &m_keychain, &m_session);
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.profileByLabel(u"sales"_s)->id, r.profile.id);
        QCOMPARE(again.profile(r.profile.id)->plan, u"standard"_s);
        const auto [got, error] = readUrl(again, r.profile.id);
        QVERIFY(!error.isError());
        QCOMPARE(got, url);

        const ProfileResult removed = wait([&](auto cb) { again.remove(r.profile.id, this, cb); });
        QVERIFY(removed.ok());
        QVERIFY(!m_keychain.contains(SecretStore::webhookKey(r.profile.id)));
        QVERIFY(again.profiles().isEmpty());
        QCOMPARE(readUrl(again, r.profile.id).second.kind, SecretError::Kind::NotFound);
    }

    void invalidUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << u"WEBHOOK_URL_EMPTY"_s;
        QTest::newRow("http") << u"http://example.bitrix24.com/rest/7/"_s + secret + u'/'
                              << u"WEBHOOK_URL_NOT_HTTPS"_s;
        QTest::newRow("no user") << u"https://example.bitrix24.com/rest/x/"_s + secret + u'/'
                                 << u"WEBHOOK_URL_USER_ID_NOT_NUMERIC"_s;
        QTest::newRow("path") << u"https://example.bitrix24.com/"_s + secret << u"WEBHOOK_URL_MALFORMED"_s;
    }

    void invalidUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        ProfileStore store(m_settings.get(), &m_keychain, &m_session);
        const ProfileResult r = wait([&](auto cb) { store.add(u"x"_s, input, {}, this, cb); });
        QCOMPARE(r.error.kind, ProfileError::Kind::InvalidUrl);
        QCOMPARE(r.error.code, code);
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(!r.error.message.contains(secret));
        QVERIFY(store.profiles().isEmpty());
    }

    void labels()
    {
        ProfileStore store(m_settings.get(), &m_keychain, &m_session);
        const ProfileResult a = wait([&](auto cb) { store.add(QString(), url, {}, this, cb); });
        QVERIFY(a.ok());
        QCOMPARE(a.profile.label, u"example.bitrix24.com"_s); // empty label: the host
        const ProfileResult b =
            wait([&](auto cb) { store.add(u"EXAMPLE.bitrix24.com"_s, url, {}, this, cb); });
        QCOMPARE(b.error.code, u"PROFILE_LABEL_TAKEN"_s);
        const ProfileResult c = wait([&](auto cb) { store.add(u"Other"_s, url, {}, this, cb); });
        QVERIFY(c.ok());

        ProfileError error;
        QVERIFY(!store.rename(c.profile.id, u"example.bitrix24.com"_s, &error));
        QCOMPARE(error.code, u"PROFILE_LABEL_TAKEN"_s);
        QVERIFY(!store.rename(c.profile.id, u"  "_s, &error));
        QCOMPARE(error.code, u"PROFILE_LABEL_EMPTY"_s);
        QVERIFY(!store.rename(u"nope"_s, u"x"_s, &error));
        QCOMPARE(error.kind, ProfileError::Kind::NotFound);
        QVERIFY(store.rename(c.profile.id, u"Renamed"_s, &error));
        QCOMPARE(ProfileStore(m_settings.get(), &m_keychain, &m_session).profile(c.profile.id)->label,
                 u"Renamed"_s);
        // Sorted by label.
        QCOMPARE(store.profiles().first().label, u"example.bitrix24.com"_s);
    }

    // The real OS keychain store with no session bus: the add is reported, not lost, and can be kept
    // for this session only.
    void keychainUnavailableOffersSessionOnly()
    {
        KeychainSecretStore keychain(u"b24-explorer-tests"_s);
        ProfileStore store(m_settings.get(), &keychain, &m_session);
        const ProfileResult r = wait([&](auto cb) { store.add(u"Ops"_s, url, {}, this, cb); });
        QCOMPARE(r.error.kind, ProfileError::Kind::SecretStore);
        QCOMPARE(r.error.secret.kind, SecretError::Kind::Unavailable);
        QCOMPARE(r.error.code, u"KEYCHAIN_UNAVAILABLE"_s);
        QVERIFY(!r.error.secret.message.isEmpty());
        QVERIFY(!r.error.message.contains(secret));
        QVERIFY(!r.pendingId.isEmpty());
        QVERIFY(store.hasPending(r.pendingId));
        QVERIFY(store.profiles().isEmpty());

        const ProfileResult retried = wait([&](auto cb) { store.retryKeychain(r.pendingId, this, cb); });
        QCOMPARE(retried.error.secret.kind, SecretError::Kind::Unavailable);
        QVERIFY(store.hasPending(r.pendingId));

        const ProfileResult kept = wait([&](auto cb) { store.keepForSession(r.pendingId, this, cb); });
        QVERIFY2(kept.ok(), qPrintable(kept.error.message));
        QVERIFY(kept.profile.isSessionOnly());
        QVERIFY(!store.hasPending(r.pendingId));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(readUrl(store, kept.profile.id).first, url);
        // Nothing of it reaches the settings: another store (the next session) does not see it.
        QVERIFY(ProfileStore(m_settings.get(), &keychain, &m_session).profiles().isEmpty());
        QVERIFY(store.rename(kept.profile.id, u"Ops now"_s));
        QCOMPARE(store.profile(kept.profile.id)->label, u"Ops now"_s);

        QVERIFY(wait([&](auto cb) { store.remove(kept.profile.id, this, cb); }).ok());
        QVERIFY(!m_session.contains(SecretStore::webhookKey(kept.profile.id)));

        const ProfileResult other = wait([&](auto cb) { store.add(u"Gone"_s, url, {}, this, cb); });
        store.discardPending(other.pendingId);
        QVERIFY(!store.hasPending(other.pendingId));
        QCOMPARE(wait([&](auto cb) { store.keepForSession(other.pendingId, this, cb); }).error.kind,
                 ProfileError::Kind::NotFound);
    }

    // Every file the profile and history stores write is searched for the secret: zero hits.
    void secretNeverWrittenToDisk()
    {
        ProfileStore store(m_settings.get(), &m_keychain, &m_session);
        const ProfileResult r = wait([&](auto cb) { store.add(u"Disk"_s, url, u"enterprise"_s, this, cb); });
        QVERIFY(r.ok());
        QVERIFY(store.rename(r.profile.id, u"Disk 2"_s));
        m_settings->sync();

        HistoryStore history(m_dir->filePath(u"history.jsonl"_s));
        HistoryEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.profileId = r.profile.id;
        e.method = u"crm.deal.list"_s;
        e.params = QJsonObject{{u"note"_s, QString(u"copied from "_s + url)}};
        e.status = u"ok"_s;
        QVERIFY(history.append(e));
        HistoryStore appData; // the real default location, under test mode
        QVERIFY(appData.append(e));

        QStringList roots{m_dir->path()};
        for (auto loc : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                         QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation})
            roots << QStandardPaths::writableLocation(loc);
        int files = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            }
        }
        QVERIFY(files >= 3); // settings, both history files: the search really looked
        QVERIFY(appData.clear());
    }
};

QTEST_GUILESS_MAIN(TstProfileStore)
#include "tst_profilestore.moc"
