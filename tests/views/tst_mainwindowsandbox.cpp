// The real main window, offscreen, against the in-process sandbox over loopback HTTP (demo
// mode's set-up): start, pick a type, search, scroll-load, open a group, edit with the JSON
// type kept, add and delete properties (asking first), undo/redo, a server-side validation
// error and a local one, a 403 in the banner, and a CSV export. Server state is checked in
// the sandbox's store, not in what the window believes.

#include "apierror.h"
#include "browseworkspace.h"
#include "connectionsession.h"
#include "errorbanner.h"
#include "groupdetailpane.h"
#include "grouppropertiesmodel.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "groupstablepanel.h"
#include "grouptypeitemdelegate.h"
#include "grouptypesidebar.h"
#include "grouptypesmodel.h"
#include "keychainstore.h"
#include "mainwindow.h"
#include "memorysecretbackend.h"
#include "modelroles.h"
#include "profilestore.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "windowharness.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace {
constexpr int Timeout = 20000;
constexpr int GroupsPerType = 150; // type 0: 150 groups = two pages; type 1: 75; type 2: 50
} // namespace

class TestMainWindowSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void demoStartShowsTypesAndGroups();
    void pickTypeShowsItsGroups();
    void searchIsServerSide();
    void scrollLoadsMoreWithoutDuplicates();
    void editPropertyKeepsTypeWithUndoRedo();
    void addAndDeletePropertyAsksFirst();
    void validationErrorsShownInline();
    void missingScopeShowsBanner();
    void exportCsvWritesLoadedRows();

private:
    /// Opens a window on the sandbox with `key`, waits for the types and the first group.
    void openWindow(const QString &key = SandboxServer::demoKey());
    /// Keys of type `typeIndex` the sandbox lists for `search`, newest first (every page).
    QStringList serverKeys(int typeIndex, const QString &search = {}) const;
    /// The newest group of type 0 (the one demo mode opens), given known properties.
    QString resetFirstGroup(const QJsonObject &properties);
    QStringList loadedKeys() const;
    int groupListRequests() const;

    GroupsTablePanel *groups() const { return m_window->workspace()->groupsPanel(); }
    GroupDetailPane *detail() const { return m_window->workspace()->detailPane(); }
    SandboxStore *store() const { return m_server->store(); }

    std::unique_ptr<SandboxServer> m_server;
    QStringList m_startErrors; ///< ConnectionSession::startFailed messages of the open window
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestMainWindowSandbox::initTestCase()
{
    SandboxOptions options;
    options.groupTypeCount = 3;
    options.groupsPerType = GroupsPerType;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_server->addApiKey(QStringLiteral("phx_read_only"), {QStringLiteral("group:read")});
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_keychain = std::make_unique<KeychainStore>(std::make_unique<MemorySecretBackend>());
}

void TestMainWindowSandbox::cleanup()
{
    m_testers.clear();
    m_window.reset();
}

void TestMainWindowSandbox::openWindow(const QString &key)
{
    // These tests are about REST browsing (paging, REST search): the server has no query API.
    m_server->setQueryApiEnabled(false);
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    bool startFailed = false;
    m_window->openConnection(WindowHarness::settings(m_server->baseUrl(), key), QStringLiteral("Demo"),
                             QStringLiteral("demo"));
    m_startErrors.clear();
    connect(m_window->session(), &ConnectionSession::startFailed, this,
            [this](const ApiError &error) { m_startErrors.append(error.userMessage()); });
    connect(m_window->session(), &ConnectionSession::startFailed, this, [&startFailed](const ApiError &error) {
        // A key without project:read may fail to name the project; the sandbox must still
        // serve the groups API, so only a missing route is fatal here.
        startFailed = startFailed || error.kind() == ApiError::Kind::NotFound;
    });
    QVERIFY(WindowHarness::show(*m_window));
    GroupTypesModel *types = m_window->session()->groupTypes();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(types));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(detail()->propertiesModel()));
    // (No tester on the groups model here: it calls fetchMore() itself and would load every
    // page, hiding what the view asks for. pickTypeShowsItsGroups attaches one.)
    QTRY_VERIFY_WITH_TIMEOUT(startFailed || types->rowCount() > 0, Timeout);
    QVERIFY2(!startFailed, "the sandbox answered 404 for the project");
    QVERIFY(WindowHarness::waitForFirstGroup(*m_window, Timeout));
}

QStringList TestMainWindowSandbox::serverKeys(int typeIndex, const QString &search) const
{
    const SandboxStore::Page page = store()->listGroups(typeIndex, search, QString(), std::nullopt, 1000000);
    QStringList keys;
    for (const auto &group : page.results)
        keys << group.toObject().value(QStringLiteral("group_key")).toString();
    return keys;
}

QString TestMainWindowSandbox::resetFirstGroup(const QJsonObject &properties)
{
    QString key = serverKeys(0).value(0);
    store()->setProperties(0, key, properties);
    return key;
}

QStringList TestMainWindowSandbox::loadedKeys() const
{
    QStringList keys;
    for (int row = 0; row < groups()->model()->loadedCount(); ++row)
        keys << groups()->model()->group(row).key;
    return keys;
}

int TestMainWindowSandbox::groupListRequests() const
{
    int count = 0;
    for (const QByteArray &line : m_server->requestLog()) {
        if (line.startsWith("GET ") && line.contains("/groups/?"))
            ++count;
    }
    return count;
}

void TestMainWindowSandbox::demoStartShowsTypesAndGroups()
{
    openWindow();
    GroupTypesModel *types = m_window->session()->groupTypes();
    QCOMPARE(types->rowCount(), store()->groupTypeCount());
    // Every type has a visible name in the sidebar, named or not (type 1 has no names).
    QListView *sidebar = m_window->workspace()->sidebar()->view();
    for (int row = 0; row < types->rowCount(); ++row) {
        const QModelIndex index = sidebar->model()->index(row, sidebar->modelColumn());
        const GroupType type = types->groupType(row);
        QVERIFY2(!GroupTypeItemDelegate::title(index).isEmpty(), qPrintable(type.codeName));
        QCOMPARE(GroupTypeItemDelegate::title(index), type.displayPlural());
        QVERIFY(GroupTypeItemDelegate::subtitle(index).contains(type.codeName));
    }
    // Demo mode opens the newest group of the first type, and the title names the project.
    QCOMPARE(detail()->group().key, serverKeys(0).value(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->windowTitle(), QStringLiteral("Demo — %1").arg(m_server->projectName()),
                              Timeout);
    // At the first-start window size the default columns fit: the last one (a number column,
    // right-aligned) is not pushed out of sight behind a horizontal scroll bar.
    QTableView *table = groups()->view();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->columnCount() > 3, Timeout);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    const int last = table->horizontalHeader()->logicalIndex(table->model()->columnCount() - 1);
    QVERIFY(table->columnViewportPosition(last) + table->columnWidth(last) <= table->viewport()->width());
}

void TestMainWindowSandbox::pickTypeShowsItsGroups()
{
    openWindow();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(groups()->proxy()));
    QVERIFY(m_window->workspace()->sidebar()->selectTypeIndex(1));
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading() && groups()->model()->loadedCount() > 0, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(loadedKeys(), serverKeys(1).mid(0, 100), Timeout);
    for (int row = 0; row < groups()->model()->loadedCount(); ++row)
        QCOMPARE(groups()->model()->group(row).typeIndex, 1);
    // A group of the other type does not linger in the detail pane.
    QVERIFY(!detail()->hasGroup() || detail()->group().typeIndex == 1);
}

void TestMainWindowSandbox::searchIsServerSide()
{
    openWindow();
    const QString text = QStringLiteral("Acme");
    const QStringList expected = serverKeys(0, text);
    QVERIFY2(!expected.isEmpty() && expected.size() < GroupsPerType, "the seed should match some groups, not all");
    const int before = groupListRequests();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = groups()->searchField();
    QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), Timeout);
    QTest::keyClicks(search, text);
    QTRY_COMPARE_WITH_TIMEOUT(groups()->model()->search(), text, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(loadedKeys(), expected.mid(0, 100), Timeout);
    // Debounced and server-side: one list request carrying the search, not one per key press.
    QCOMPARE(groupListRequests() - before, 1);
    QVERIFY(m_server->requestLog().last().contains("search=Acme"));

    // Clearing the field shows every group again.
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(loadedKeys(), serverKeys(0).mid(0, 100), Timeout);
}

void TestMainWindowSandbox::scrollLoadsMoreWithoutDuplicates()
{
    openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    QCOMPARE(groups()->model()->loadedCount(), 100);
    QVERIFY(groups()->model()->hasMore());
    QScrollBar *bar = groups()->view()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, Timeout);
    bar->setValue(bar->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(groups()->model()->loadedCount(), GroupsPerType, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->hasMore(), Timeout);
    const QStringList keys = loadedKeys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    QCOMPARE(keys, serverKeys(0));
}

void TestMainWindowSandbox::editPropertyKeepsTypeWithUndoRedo()
{
    const QString key =
        resetFirstGroup({{QStringLiteral("name"), QStringLiteral("Acme Test")}, {QStringLiteral("seats"), 10}});
    openWindow();
    QCOMPARE(detail()->group().key, key);
    GroupPropertiesModel *props = detail()->propertiesModel();
    QTRY_COMPARE_WITH_TIMEOUT(props->value(QStringLiteral("seats")), QJsonValue(10), Timeout);
    QTableView *view = detail()->propertiesView();
    const QModelIndex value = props->index(props->rowForName(QStringLiteral("seats")), GroupPropertiesModel::Value);

    // In place through the delegate, as a user would: type and press Return.
    view->setFocus();
    view->setCurrentIndex(value);
    view->edit(value);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->setText(QStringLiteral("77"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The sandbox stores a number, not the text "77".
    QTRY_COMPARE_WITH_TIMEOUT(store()->properties(0, key).value(QStringLiteral("seats")), QJsonValue(77), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!value.data(PendingRole).toBool(), Timeout);

    QUndoStack *stack = m_window->session()->edits()->undoStack();
    QTRY_VERIFY_WITH_TIMEOUT(stack->canUndo(), Timeout);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(store()->properties(0, key).value(QStringLiteral("seats")), QJsonValue(10), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(props->value(QStringLiteral("seats")), QJsonValue(10), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(stack->canRedo(), Timeout);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(store()->properties(0, key).value(QStringLiteral("seats")), QJsonValue(77), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!value.data(PendingRole).toBool(), Timeout);

    // PostHog saves, then fails to send $groupidentify: the cell keeps the new value (no
    // rollback, no error mark) and the banner says what happened.
    m_server->setNextFaults({QStringLiteral("capture")});
    QVERIFY(props->setData(value, QStringLiteral("78")));
    QTRY_COMPARE_WITH_TIMEOUT(store()->properties(0, key).value(QStringLiteral("seats")), QJsonValue(78), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), Timeout);
    QVERIFY2(m_window->banner()->message().contains(QStringLiteral("saved")),
             qPrintable(m_window->banner()->message()));
    QTRY_VERIFY_WITH_TIMEOUT(!value.data(PendingRole).toBool(), Timeout);
    QCOMPARE(props->value(QStringLiteral("seats")), QJsonValue(78));
    QVERIFY(value.data(ErrorRole).toString().isEmpty());
}

void TestMainWindowSandbox::addAndDeletePropertyAsksFirst()
{
    const QString key = resetFirstGroup({{QStringLiteral("name"), QStringLiteral("Acme Test")}});
    openWindow();
    GroupPropertiesModel *props = detail()->propertiesModel();
    QVERIFY(props->addProperty(QStringLiteral("tier"), QJsonValue(QJsonArray{1, u"gold"_qs})));
    QTRY_COMPARE_WITH_TIMEOUT(store()->properties(0, key).value(QStringLiteral("tier")),
                              QJsonValue(QJsonArray{1, u"gold"_qs}), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(props->rowForName(QStringLiteral("tier")) >= 0, Timeout);

    // Delete asks first; cancelling keeps the property, confirming removes it on the server.
    QTableView *view = detail()->propertiesView();
    view->setFocus();
    view->setCurrentIndex(props->index(props->rowForName(QStringLiteral("tier")), GroupPropertiesModel::Name));
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), Timeout);
    for (const bool confirm : {false, true}) {
        bool asked = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            answer.stop();
            asked =
                box->text().contains(QStringLiteral("tier")) || box->informativeText().contains(QStringLiteral("tier"));
            box->button(confirm ? QMessageBox::Yes : QMessageBox::Cancel)->click();
        });
        answer.start();
        // The closed question hands focus back asynchronously; the shortcut needs it.
        m_window->activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeWindow() == m_window.get(), Timeout);
        view->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), Timeout);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY2_WITH_TIMEOUT(asked, confirm ? "no question before deleting" : "no question before cancelling",
                                  Timeout);
        if (!confirm) {
            QTest::qWait(200); // nothing may be sent; give a wrong request the chance to show
            QVERIFY(store()->properties(0, key).contains(QStringLiteral("tier")));
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(!store()->properties(0, key).contains(QStringLiteral("tier")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(props->rowForName(QStringLiteral("tier")), -1, Timeout);

    // Undo of a delete puts the value back with its type.
    m_window->session()->edits()->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(store()->properties(0, key).value(QStringLiteral("tier")),
                              QJsonValue(QJsonArray{1, u"gold"_qs}), Timeout);
}

void TestMainWindowSandbox::validationErrorsShownInline()
{
    const QString key = resetFirstGroup({{QStringLiteral("name"), QStringLiteral("Acme Test")},
                                         {QStringLiteral("seats"), 10},
                                         {QStringLiteral("plan"), QStringLiteral("pro")}});
    openWindow();
    GroupPropertiesModel *props = detail()->propertiesModel();
    QTRY_VERIFY_WITH_TIMEOUT(props->rowForName(QStringLiteral("plan")) >= 0, Timeout);

    // Local rule: text where a number is expected is refused before anything is sent.
    const int before = m_server->requestCount();
    const QModelIndex seats = props->index(props->rowForName(QStringLiteral("seats")), GroupPropertiesModel::Value);
    QVERIFY(!props->setData(seats, QStringLiteral("many")));
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->problemText().isEmpty(), Timeout);
    QCOMPARE(m_server->requestCount(), before);
    QCOMPARE(store()->properties(0, key).value(QStringLiteral("seats")), QJsonValue(10));

    // Server rule: someone removed "plan" meanwhile; deleting it again gets PostHog's 400,
    // which is shown next to the properties with the server's words.
    store()->setProperties(0, key,
                           {{QStringLiteral("name"), QStringLiteral("Acme Test")}, {QStringLiteral("seats"), 10}});
    detail()->propertiesView()->setCurrentIndex(props->index(props->rowForName(QStringLiteral("plan")), 0));
    QCOMPARE(detail()->currentPropertyName(), QStringLiteral("plan"));
    detail()->deleteCurrentProperty(false);
    QTRY_VERIFY_WITH_TIMEOUT(detail()->problemText().contains(QStringLiteral("does not exist")), Timeout);
    QVERIFY(detail()->problemText().contains(QStringLiteral("plan")));
    // Nothing was pushed on the undo stack for a refused write.
    QVERIFY(!m_window->session()->edits()->undoStack()->canUndo());
}

void TestMainWindowSandbox::missingScopeShowsBanner()
{
    openWindow(QStringLiteral("phx_read_only"));
    // First: @current cannot be pinned to a number without project:read; the banner says what
    // that means and how to fix it.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().contains(QStringLiteral("not pinned")), Timeout);
    QCOMPARE(m_startErrors.size(), 1);
    QVERIFY2(m_startErrors.constFirst().contains(QStringLiteral("numeric project id")),
             qPrintable(m_startErrors.constFirst()));
    QVERIFY(detail()->propertiesModel()->addProperty(QStringLiteral("groupdesk_test"), QJsonValue(true)));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), Timeout);
    // (The banner may first have said that the key cannot read the project itself.)
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->message().contains(QStringLiteral("group:write")), Timeout);
    QVERIFY(!store()->properties(0, detail()->group().key).contains(QStringLiteral("groupdesk_test")));
}

void TestMainWindowSandbox::exportCsvWritesLoadedRows()
{
    openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    const QStringList keys = loadedKeys();
    QCOMPARE(keys.size(), 100);
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("groups.csv"));
    QVERIFY2(m_window->exportGroups(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    // A header and one line per loaded group (the seed has no line breaks in names).
    const QStringList lines = csv.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), keys.size() + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("Name,Key")));
    for (const QString &key : keys)
        QVERIFY2(csv.contains(key), qPrintable(key));
    // Right-to-left and non-Latin names survive the round trip (UTF-8).
    static const QRegularExpression nonLatin(QStringLiteral("[\\x{0590}-\\x{06FF}\\x{3040}-\\x{30FF}]"));
    bool seededNonLatin = false;
    for (int row = 0; row < groups()->model()->loadedCount(); ++row)
        seededNonLatin = seededNonLatin || nonLatin.match(groups()->model()->group(row).displayName()).hasMatch();
    QVERIFY2(seededNonLatin, "the seed should contain right-to-left or CJK names");
    QVERIFY(nonLatin.match(csv).hasMatch());
}

QTEST_MAIN(TestMainWindowSandbox)
#include "tst_mainwindowsandbox.moc"
