// First start as a newcomer sees it: a connection opens on a group type with its
// groups loading, never on "Select a group type on the left" with an empty table. The type is
// the one last used in that profile (kept per profile in the settings), else the first; the
// same after reconnecting, restarting and switching connections. The real main window,
// offscreen, against the in-process sandbox over loopback HTTP; what the table shows is
// compared with the sandbox's store.

#include "browseworkspace.h"
#include "connectionprofile.h"
#include "connectionsession.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "groupstablepanel.h"
#include "grouptypesidebar.h"
#include "grouptypesmodel.h"
#include "keychainstore.h"
#include "mainwindow.h"
#include "memorysecretbackend.h"
#include "profilestore.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "windowharness.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;
const QString Layout = u"adhoc"_s; // what "groupdesk --host ... --project ..." uses
} // namespace

class TestFirstStart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstConnectionOpensFirstTypeWithGroups();
    void reconnectAndRestartReopenLastUsedType();
    void forgottenTypeFallsBackToFirst();
    void switchingProfilesReopensEachProfilesType();

private:
    ConnectionSettings adhocSettings() const;
    /// Opens the settings file anew, as a restarted app does.
    void reopenSettings();
    void newWindow();
    /// Waits until the window shows `typeIndex` in the sidebar and that type's newest groups
    /// (as the sandbox lists them) in the table.
    bool waitForTypeWithGroups(int typeIndex);
    /// What a click on the type in the sidebar does.
    void pickType(int typeIndex);
    ConnectionProfile saveProfile(const QString &name);
    int currentType() const { return m_window->workspace()->sidebar()->currentTypeIndex(); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestFirstStart::initTestCase()
{
    SandboxOptions options;
    options.groupTypeCount = 3;
    options.groupsPerType = 30;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
}

void TestFirstStart::init()
{
    // Every test starts as a first start: no settings, no remembered types.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopenSettings();
    m_keychain = std::make_unique<KeychainStore>(std::make_unique<MemorySecretBackend>());
}

void TestFirstStart::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

ConnectionSettings TestFirstStart::adhocSettings() const
{
    return WindowHarness::settings(m_server->baseUrl(), SandboxServer::demoKey());
}

void TestFirstStart::reopenSettings()
{
    m_profiles.reset();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"groupdesk.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
}

void TestFirstStart::newWindow()
{
    m_testers.clear();
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    m_window->show();
}

bool TestFirstStart::waitForTypeWithGroups(int typeIndex)
{
    const SandboxStore::Page page = m_server->store()->listGroups(typeIndex, QString(), QString(), std::nullopt, 1);
    const QString newest = page.results.at(0).toObject().value(u"group_key"_s).toString();
    const bool shown = QTest::qWaitFor(
        [&] {
            BrowseWorkspace *workspace = m_window->workspace();
            if (!workspace || workspace->sidebar()->currentTypeIndex() != typeIndex)
                return false;
            const GroupsTablePanel *groups = workspace->groupsPanel();
            return groups->proxy()->rowCount() > 0
                   && groups->proxy()->index(0, GroupsModel::Key).data().toString() == newest;
        },
        Timeout);
    if (!shown) {
        qWarning("expected type %d with group %s first; the window shows type %d", typeIndex, qPrintable(newest),
                 m_window->workspace() ? currentType() : -1);
        return false;
    }
    // The sidebar's selection is what the user sees, not only the workspace's state.
    QListView *list = m_window->workspace()->sidebar()->view();
    const GroupTypesModel *types = m_window->session()->groupTypes();
    if (list->currentIndex().row() != types->rowForIndex(typeIndex))
        return false;
    if (m_testers.empty()) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_window->session()->groupTypes()));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_window->workspace()->groupsPanel()->model()));
    }
    return true;
}

void TestFirstStart::pickType(int typeIndex)
{
    QListView *list = m_window->workspace()->sidebar()->view();
    const int row = m_window->session()->groupTypes()->rowForIndex(typeIndex);
    QVERIFY(row >= 0);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(row, list->modelColumn()));
    QCOMPARE(currentType(), typeIndex);
}

ConnectionProfile TestFirstStart::saveProfile(const QString &name)
{
    ConnectionProfile profile = ConnectionProfile::create(name);
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = m_server->baseUrl().toString();
    profile = m_profiles->save(profile);
    bool stored = false;
    m_keychain->writeKey(profile, SandboxServer::demoKey(), this,
                         [&stored](const KeychainResult &result) { stored = result.ok(); });
    if (!QTest::qWaitFor([&stored] { return stored; }, Timeout))
        return {};
    return profile;
}

void TestFirstStart::firstConnectionOpensFirstTypeWithGroups()
{
    newWindow();
    m_window->openConnection(adhocSettings(), u"127.0.0.1"_s, Layout);
    // Nobody picks a type: the first one opens with its groups.
    QVERIFY(waitForTypeWithGroups(0));
    QCOMPARE(m_window->workspace()->groupsPanel()->model()->loadedCount(), 30);
}

void TestFirstStart::reconnectAndRestartReopenLastUsedType()
{
    newWindow();
    m_window->openConnection(adhocSettings(), u"127.0.0.1"_s, Layout);
    QVERIFY(waitForTypeWithGroups(0));
    pickType(2);
    QVERIFY(waitForTypeWithGroups(2));

    // Reconnecting in the same window (what switching connections does).
    m_window->openConnection(adhocSettings(), u"127.0.0.1"_s, Layout);
    QVERIFY(waitForTypeWithGroups(2));
    pickType(1);
    QVERIFY(waitForTypeWithGroups(1));

    // Quit and start again: the type comes back from the settings file.
    m_window->close();
    m_window.reset();
    reopenSettings();
    newWindow();
    m_window->openConnection(adhocSettings(), u"127.0.0.1"_s, Layout);
    QVERIFY(waitForTypeWithGroups(1));
}

void TestFirstStart::forgottenTypeFallsBackToFirst()
{
    // The type last used was deleted on the server since.
    m_profiles->saveWindowState(Layout, u"groupType"_s, "7");
    newWindow();
    m_window->openConnection(adhocSettings(), u"127.0.0.1"_s, Layout);
    QVERIFY(waitForTypeWithGroups(0));
}

void TestFirstStart::switchingProfilesReopensEachProfilesType()
{
    const ConnectionProfile a = saveProfile(u"A"_s);
    const ConnectionProfile b = saveProfile(u"B"_s);
    QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
    newWindow();
    m_window->openProfile(a);
    QVERIFY(waitForTypeWithGroups(0));
    pickType(1);
    QVERIFY(waitForTypeWithGroups(1));

    // B has no type of its own yet: the first, not A's.
    m_window->openProfile(b);
    QVERIFY(waitForTypeWithGroups(0));
    pickType(2);
    QVERIFY(waitForTypeWithGroups(2));

    m_window->openProfile(a);
    QVERIFY(waitForTypeWithGroups(1));
    m_window->openProfile(b);
    QVERIFY(waitForTypeWithGroups(2));
}

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
