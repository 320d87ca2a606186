// ProfileStore: round trip through a real (temporary) settings file, per-profile window
// state, and the guarantee that no API key ever reaches that file.
#include "connectionprofile.h"
#include "profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void sortedAndLookupByName();
    void removeClearsStateAndLastUsed();
    void windowStatePerProfile();
    void keyNeverInSettingsFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString settingsPath() const { return m_dir->filePath(u"groupdesk.ini"_s); }
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::cleanup()
{
    m_dir.reset();
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<int>("hostKind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("color");

    QTest::newRow("us") << int(ConnectionProfile::HostKind::UsCloud) << QString() << u"@current"_s << false
                        << QString();
    QTest::newRow("eu numeric") << int(ConnectionProfile::HostKind::EuCloud) << QString() << u"12345"_s << false
                                << u"#d73a49"_s;
    QTest::newRow("self-hosted") << int(ConnectionProfile::HostKind::SelfHosted) << u"http://lab.local:8000/ph"_s
                                 << u"2"_s << true << u"#1d4aff"_s;
}

void TestProfileStore::roundTrip()
{
    QFETCH(int, hostKind);
    QFETCH(QString, url);
    QFETCH(QString, projectId);
    QFETCH(bool, insecure);
    QFETCH(QString, color);

    ConnectionProfile profile = ConnectionProfile::create(u"Profile / with \\ odd chars"_s);
    profile.hostKind = ConnectionProfile::HostKind(hostKind);
    profile.selfHostedUrl = url;
    profile.projectId = projectId;
    profile.allowInsecureHttp = insecure;
    profile.colorTag = color;
    profile.extraCaFile = u"/etc/ca.pem"_s;

    ConnectionProfile stored;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        stored = store.save(profile);
        QCOMPARE(changed.count(), 1);
        store.setLastUsedId(stored.id);
        store.sync();
    }
    QCOMPARE(stored, profile);

    // A fresh QSettings on the same file proves the data went to disk.
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(stored.id), profile);
    QCOMPARE(store.lastUsedId(), stored.id);
}

void TestProfileStore::sortedAndLookupByName()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(ConnectionProfile::create(u"staging"_s));
    store.save(ConnectionProfile::create(u"Production"_s));
    store.save(ConnectionProfile::create(u"alpha"_s));

    QStringList names;
    for (const ConnectionProfile &p : store.profiles())
        names.append(p.name);
    QCOMPARE(names, (QStringList{u"alpha"_s, u"Production"_s, u"staging"_s}));

    QCOMPARE(store.profileByName(u"production"_s).name, u"Production"_s);
    QVERIFY(store.profileByName(u"nope"_s).id.isEmpty());
    QVERIFY(store.profile(u"unknown-id"_s).id.isEmpty());

    // An empty id gets a fresh one.
    ConnectionProfile noId;
    noId.name = u"no id"_s;
    QVERIFY(!store.save(noId).id.isEmpty());
}

void TestProfileStore::removeClearsStateAndLastUsed()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const ConnectionProfile p = store.save(ConnectionProfile::create(u"Prod"_s));
    store.setLastUsedId(p.id);
    store.saveWindowState(p.id, u"geometry"_s, "abc"_ba);

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QVERIFY(store.remove(p.id));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.contains(p.id));
    QVERIFY(store.lastUsedId().isEmpty());
    QVERIFY(store.windowState(p.id, u"geometry"_s).isEmpty());
    QVERIFY(!store.remove(p.id));
    QCOMPARE(changed.count(), 1);
}

void TestProfileStore::windowStatePerProfile()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const ConnectionProfile a = store.save(ConnectionProfile::create(u"A"_s));
    const ConnectionProfile b = store.save(ConnectionProfile::create(u"B"_s));
    store.saveWindowState(a.id, u"header/groups"_s, "state-a"_ba);
    store.saveWindowState(b.id, u"header/groups"_s, "state-b"_ba);
    QCOMPARE(store.windowState(a.id, u"header/groups"_s), "state-a"_ba);
    QCOMPARE(store.windowState(b.id, u"header/groups"_s), "state-b"_ba);
    QVERIFY(store.windowState(a.id, u"other"_s).isEmpty());
    // Window state is not a profile.
    QCOMPARE(store.profiles().size(), 2);
}

void TestProfileStore::keyNeverInSettingsFile()
{
    const QString apiKey = u"phx_this_must_never_hit_the_disk_123"_s;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile profile = ConnectionProfile::create(u"Prod"_s);
        profile = store.save(profile);
        // The app builds ConnectionSettings with the key in memory; that must not leak.
        const ConnectionSettings connection = profile.toSettings(apiKey);
        QCOMPARE(connection.apiKey, apiKey);
        store.setLastUsedId(profile.id);
        store.saveWindowState(profile.id, u"geometry"_s, "x"_ba);
        store.sync();
    }
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("Prod")); // the file really is the one written
    QVERIFY(!content.contains(apiKey.toUtf8()));
    QVERIFY(!content.contains("phx_"));
    QVERIFY(!content.toLower().contains("apikey"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
