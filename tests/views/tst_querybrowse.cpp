// The real main window, offscreen, against the in-process sandbox with its query API: a
// header click sorts on the server, the filter bar filters (typed and chosen by keyboard),
// chips remove filters, filters are remembered per type, the window names its mode and why,
// and the detail pane shows usage metric values. GROUPDESK_SCREENSHOT_DIR saves a picture
// of the filter bar for the README.
#include "browseworkspace.h"
#include "connectionsession.h"
#include "groupdetailpane.h"
#include "groupfilterbar.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "groupstablepanel.h"
#include "grouptypesmodel.h"
#include "keychainstore.h"
#include "mainwindow.h"
#include "memorysecretbackend.h"
#include "modelroles.h"
#include "profilestore.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "usagemetricvaluesmodel.h"
#include "windowharness.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;
constexpr int GroupsPerType = 900;
} // namespace

class TestQueryBrowse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void headerClickSortsOnTheServer();
    void filterBarFiltersAndChipsRemove();
    void filtersAreRememberedPerType();
    void restModeSaysWhy();
    void detailPaneShowsMetricValues();

private:
    void openWindow(const QString &key = SandboxServer::demoKey());
    GroupsTablePanel *groups() const { return m_window->workspace()->groupsPanel(); }
    GroupsModel *model() const { return groups()->model(); }
    void waitIdle() const;
    QTableView *table() const { return groups()->view(); }

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestQueryBrowse::initTestCase()
{
    QCoreApplication::setOrganizationName(u"GroupDeskTest"_s);
    QCoreApplication::setApplicationName(u"QueryBrowse"_s);
    QSettings().clear(); // remembered filters start empty
    SandboxOptions options;
    options.groupsPerType = GroupsPerType;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_keychain = std::make_unique<KeychainStore>(std::make_unique<MemorySecretBackend>());
}

void TestQueryBrowse::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

void TestQueryBrowse::openWindow(const QString &key)
{
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    m_window->openConnection(WindowHarness::settings(m_server->baseUrl(), key), u"Demo"_s, u"demo"_s);
    m_window->resize(1500, 900);
    QVERIFY(WindowHarness::show(*m_window));
    QVERIFY(WindowHarness::waitForFirstGroup(*m_window, Timeout));
    QVERIFY(model()->loadedCount() > 0);
    waitIdle();
}

void TestQueryBrowse::waitIdle() const
{
    QVERIFY(WindowHarness::waitIdle(*m_window, Timeout));
}

void TestQueryBrowse::headerClickSortsOnTheServer()
{
    openWindow();
    QVERIFY(model()->isQueryMode());
    QVERIFY(groups()->filterBar()->modeLabel()->text().contains(u"query"_s, Qt::CaseInsensitive));
    QTRY_COMPARE_WITH_TIMEOUT(model()->totalMatches(), qint64(GroupsPerType), Timeout);
    QVERIFY(model()->hasMore()); // only a screenful is loaded
    // Click the "Key" header as a user would.
    QHeaderView *header = table()->horizontalHeader();
    const int x = header->sectionViewportPosition(GroupsModel::Key) + header->sectionSize(GroupsModel::Key) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    waitIdle();
    QCOMPARE(model()->sortColumn(), int(GroupsModel::Key));
    QStringList all;
    for (int i = 0; i < GroupsPerType; ++i)
        all.append(m_server->store()->keyAt(0, i));
    std::sort(all.begin(), all.end());
    if (model()->sortOrder() == Qt::DescendingOrder)
        std::reverse(all.begin(), all.end());
    // The first screen is the first of every group on the server, not of the loaded ones.
    for (int row = 0; row < 30; ++row)
        QCOMPARE(groups()->proxy()->index(row, GroupsModel::Key).data().toString(), all.at(row));
    // A second click flips the order, again on the server.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    waitIdle();
    std::reverse(all.begin(), all.end());
    QCOMPARE(groups()->proxy()->index(0, GroupsModel::Key).data().toString(), all.at(0));
}

void TestQueryBrowse::filterBarFiltersAndChipsRemove()
{
    openWindow();
    GroupFilterBar *bar = groups()->filterBar();
    // Keyboard only: property, operator, value, Return.
    bar->propertyBox()->setFocus();
    QTest::keyClicks(bar->propertyBox()->lineEdit(), u"seats"_s);
    bar->operatorBox()->setCurrentIndex(
        bar->operatorBox()->findData(int(GroupPropertyFilter::Operator::Gt))); // "greater than"
    QTest::keyClicks(bar->valueField(), u"450"_s);
    QTest::keyClick(bar->valueField(), Qt::Key_Return);
    waitIdle();
    QCOMPARE(bar->chips().size(), 1);
    QVERIFY(!bar->chips().constFirst()->accessibleName().isEmpty());
    const auto countMatching = [this](const std::function<bool(const QJsonObject &)> &predicate) {
        qint64 n = 0;
        for (int i = 0; i < GroupsPerType; ++i)
            n += predicate(m_server->store()->propertiesAt(0, i)) ? 1 : 0;
        return n;
    };
    const qint64 expected = countMatching([](const QJsonObject &p) { return p.value(u"seats"_s).toDouble() > 450; });
    QTRY_COMPARE_WITH_TIMEOUT(model()->totalMatches(), expected, Timeout);
    QVERIFY(bar->totalLabel()->text().contains(QString::number(expected)));
    // Combine with the search and a second filter.
    groups()->searchField()->setText(u"acme"_s);
    QVERIFY(bar->addFilter({u"plan"_s, GroupPropertyFilter::Operator::IsSet, {}}));
    QTRY_VERIFY_WITH_TIMEOUT(model()->search() == u"acme"_s, Timeout);
    waitIdle();
    model()->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoadingAll(), Timeout);
    waitIdle();
    for (int row = 0; row < model()->rowCount(); ++row) {
        const Group g = model()->group(row);
        QVERIFY(g.properties.value(u"seats"_s).toDouble() > 450);
        QVERIFY(!g.properties.value(u"plan"_s).isNull());
    }
    QCOMPARE(qint64(model()->loadedCount()), model()->totalMatches());
    if (const QByteArray dir = qgetenv("GROUPDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(dir) + u"/filter-bar.png"_s);
    // Remove the first chip with the keyboard.
    bar->chips().constFirst()->setFocus();
    QTest::keyClick(bar->chips().constFirst(), Qt::Key_Space);
    waitIdle();
    QCOMPARE(bar->chips().size(), 1);
    QCOMPARE(model()->filters().size(), 1);
    QCOMPARE(model()->filters().constFirst().key, u"plan"_s);
    // A bad value never reaches the server.
    QVERIFY(!bar->addFilter({u"seats"_s, GroupPropertyFilter::Operator::Lt, u"lots"_s}));
    QCOMPARE(model()->filters().size(), 1);
    bar->removeFilter(0);
    groups()->searchField()->clear();
}

void TestQueryBrowse::filtersAreRememberedPerType()
{
    openWindow();
    GroupFilterBar *bar = groups()->filterBar();
    QVERIFY(bar->addFilter({u"industry"_s, GroupPropertyFilter::Operator::Exact, u"finance"_s}));
    waitIdle();
    m_window.reset();
    openWindow();
    QCOMPARE(groups()->filterBar()->filters().size(), 1);
    QCOMPARE(model()->filters().constFirst().value, u"finance"_s);
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->group(row).properties.value(u"industry"_s).toString(), u"finance"_s);
    groups()->filterBar()->removeFilter(0);
    waitIdle();
}

void TestQueryBrowse::restModeSaysWhy()
{
    m_server->addApiKey(u"phx_groups_only"_s, {u"group:read"_s, u"project:read"_s});
    openWindow(u"phx_groups_only"_s);
    QVERIFY(!model()->isQueryMode());
    QVERIFY(groups()->filterBar()->modeLabel()->text().contains(u"query:read"_s));
    QVERIFY(!groups()->filterBar()->propertyBox()->isEnabled());
    // REST mode: a header click sorts the loaded rows (off the GUI thread), no request. The
    // window's own start-up reads (detail pane, activity, related) must be over first.
    QVERIFY(WindowHarness::waitIdle(*m_window, Timeout, [this] { return m_server->requestCount(); }));
    const int before = m_server->requestCount();
    table()->sortByColumn(GroupsModel::Key, Qt::AscendingOrder);
    waitIdle();
    QTRY_VERIFY_WITH_TIMEOUT(groups()->proxy()->index(0, GroupsModel::Key).data().toString()
                                 <= groups()->proxy()->index(1, GroupsModel::Key).data().toString(),
                             Timeout);
    QCOMPARE(m_server->requestCount(), before);
}

void TestQueryBrowse::detailPaneShowsMetricValues()
{
    openWindow();
    GroupDetailPane *detail = m_window->workspace()->detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(detail->hasGroup(), Timeout);
    UsageMetricValuesModel *values = detail->metricValuesModel();
    QTRY_COMPARE_WITH_TIMEOUT(values->rowCount(), int(m_server->store()->metrics(0).size()), Timeout);
    QVERIFY(!values->index(0, UsageMetricValuesModel::Value).data().toString().isEmpty());
}

QTEST_MAIN(TestQueryBrowse)
#include "tst_querybrowse.moc"
