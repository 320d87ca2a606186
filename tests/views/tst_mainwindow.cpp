// The real main window, offscreen, against a stateful fake PostHog at the QNAM seam:
// pick a type, search, scroll-load, open a group, edit/add/delete properties, undo,
// a validation error, a 403 in the banner, export, copy, and accessible names.

#include "browseworkspace.h"
#include "connectionsession.h"
#include "errorbanner.h"
#include "fakegroupserver.h"
#include "groupdetailpane.h"
#include "grouppropertiesmodel.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "groupstablepanel.h"
#include "grouptypesidebar.h"
#include "grouptypesmodel.h"
#include "grouptypespanel.h"
#include "hinttableview.h"
#include "keychainstore.h"
#include "mainwindow.h"
#include "memorysecretbackend.h"
#include "modelroles.h"
#include "posthogclient.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "secretbackend.h"
#include "windowharness.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrlQuery>

#include <memory>

namespace {
constexpr int Timeout = 15000;

/// A machine without any keychain service (no D-Bus session, no keyring daemon).
class NoKeychainBackend final : public SecretBackend
{
public:
    void read(const QString &, const QString &, KeychainCallback done) override { fail(std::move(done)); }
    void write(const QString &, const QString &, const QString &, KeychainCallback done) override
    {
        fail(std::move(done));
    }
    void remove(const QString &, const QString &, KeychainCallback done) override { fail(std::move(done)); }

private:
    static void fail(KeychainCallback done)
    {
        QTimer::singleShot(0, [done] {
            KeychainResult result;
            result.error = KeychainResult::Error::NoBackend;
            result.message = QStringLiteral("No keychain service.");
            done(result);
        });
    }
};
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensAndShowsGroups();
    void searchIsServerSide_data();
    void searchIsServerSide();
    void scrollLoadsMore();
    void failedPageCanBeRetried();
    void loadAllLoadsEverything();
    void editUndoRedo();
    void addAndDeleteProperty();
    void validationErrorShownInline();
    void deleteKeyAsksFirst_data();
    void deleteKeyAsksFirst();
    void missingScopeShowsBanner();
    void exportFiles_data();
    void exportFiles();
    void copySelectionAsTsv();
    void returnMovesIntoProperties();
    void columnChooserTogglesPropertyColumns();
    void typesTabSelectionDrivesTheWindow();
    void emptyDetailTablesSayWhy();
    void everyInteractiveWidgetHasAnAccessibleName();
    void layoutIsPersistedPerProfile();
    void openProfileUsesKeychainKey();
    void noKeychainAsksForKeyInMemory();
    void switchingProfilesKeepsEachLayout();
    void changingHostMovesTheKeychainEntry();
    void removeConnectionAsksAndForgetsTheKey_data();
    void removeConnectionAsksAndForgetsTheKey();
    void screenshots();

private:
    /// Opens the window on the fake and waits for the first page of type 0.
    /// `testGroups` false leaves GroupsModel without a tester: the tester calls fetchMore()
    /// itself, which would load every page and hide what the view asks for.
    void openWindow(bool testGroups = true);
    GroupsTablePanel *groups() const { return m_window->workspace()->groupsPanel(); }
    GroupDetailPane *detail() const { return m_window->workspace()->detailPane(); }
    void selectGroupRow(int row);
    /// Saves a self-hosted profile on a closed loopback port (the point is the key's path,
    /// not a connection) with `key` in the keychain; an empty profile if the key was not stored.
    ConnectionProfile saveProfileWithKey(const QString &name, const QString &key, const QString &colorTag = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<FakeGroupServer> m_server;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_keychain = std::make_unique<KeychainStore>(std::make_unique<MemorySecretBackend>());
    m_server = std::make_unique<FakeGroupServer>(250);
    m_nam = std::make_unique<FakeNetworkAccessManager>();
    m_nam->setHandler(m_server->handler());
}

void TestMainWindow::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_nam.reset();
    m_server.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::openWindow(bool testGroups)
{
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    const ConnectionSettings settings =
        WindowHarness::settings(QUrl(QStringLiteral("http://127.0.0.1:8000")), QStringLiteral("phx_test"));
    m_window->openConnection(settings, QStringLiteral("Test"), QStringLiteral("test-layout"), m_nam.get());
    // Before any reply arrives: the first type opens by itself once the types are loaded (and
    // a tester attached to a loaded groups model would fetch the next page itself).
    QSignalSpy pages(groups()->model(), &GroupsModel::pageLoaded);
    GroupTypesModel *types = m_window->session()->groupTypes();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(types));
    if (testGroups) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(groups()->model()));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(groups()->proxy()));
    }
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(detail()->propertiesModel()));
    QVERIFY(WindowHarness::show(*m_window));
    QTRY_COMPARE_WITH_TIMEOUT(types->rowCount(), 2, Timeout);

    QVERIFY(m_window->workspace()->sidebar()->selectTypeIndex(0));
    QTRY_VERIFY_WITH_TIMEOUT(groups()->model()->loadedCount() >= 100, Timeout);
    QVERIFY(!pages.isEmpty());
    // The groups model's tester fetches the following pages itself; let that settle so the
    // tests count only their own requests.
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
}

void TestMainWindow::selectGroupRow(int row)
{
    QTableView *view = groups()->view();
    view->setCurrentIndex(groups()->proxy()->index(row, 0));
    const QString key = groups()->proxy()->index(row, GroupsModel::Key).data().toString();
    QTRY_COMPARE_WITH_TIMEOUT(detail()->group().key, key, Timeout);
}

ConnectionProfile TestMainWindow::saveProfileWithKey(const QString &name, const QString &key, const QString &colorTag)
{
    ConnectionProfile profile = ConnectionProfile::create(name);
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = QStringLiteral("http://127.0.0.1:9");
    profile.colorTag = colorTag;
    profile = m_profiles->save(profile);
    bool stored = false;
    m_keychain->writeKey(profile, key, this, [&stored](const KeychainResult &r) { stored = r.ok(); });
    if (!QTest::qWaitFor([&stored] { return stored; }, Timeout))
        return {};
    return profile;
}

void TestMainWindow::opensAndShowsGroups()
{
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->windowTitle(), QStringLiteral("Test — Fake project"), Timeout);
    QCOMPARE(m_window->workspace()->sidebar()->currentTypeIndex(), 0);
    // The type's default columns become property columns.
    QCOMPARE(groups()->model()->propertyColumns(), QStringList{QStringLiteral("plan")});
    QCOMPARE(groups()->proxy()->index(0, GroupsModel::DisplayName).data().toString(), QStringLiteral("Company 0"));

    selectGroupRow(0);
    QCOMPARE(detail()->findChild<QLineEdit *>(QStringLiteral("groupKey"))->text(), QStringLiteral("org:0000"));
    QVERIFY(detail()->propertiesModel()->rowForName(QStringLiteral("seats")) >= 0);
    QCOMPARE(detail()->propertiesModel()->value(QStringLiteral("seats")), QJsonValue(10));
}

void TestMainWindow::searchIsServerSide_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("exact key") << QStringLiteral("org:0042") << 1;
    QTest::newRow("property text") << QStringLiteral("Company 12") << 11; // 12, 120-129
    QTest::newRow("nothing") << QStringLiteral("no such thing") << 0;
}

void TestMainWindow::searchIsServerSide()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    openWindow();
    // The first listing (after the query API's 404 sent the model to REST) must be over
    // before counting the search's requests.
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading() && !groups()->model()->hasMore(), Timeout);
    const qsizetype before = m_server->listSearches.size();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = groups()->searchField();
    QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), Timeout);
    QTest::keyClicks(search, text);
    // Wait for the request itself, not for a time: under ASan or a loaded machine the
    // debounce and the answer take as long as they take.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->listSearches.mid(before).contains(text), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(groups()->model()->search(), text, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(groups()->model()->loadedCount(), expected, Timeout);
    // Debounced: no request ever carried a half-typed word. (Unsearched list requests, such as
    // the model tester's fetchMore of the first list, and a repeat of the same search are not
    // keystrokes, so they do not count against the debounce.)
    for (const QString &sent : m_server->listSearches.mid(before)) {
        if (!sent.isEmpty())
            QCOMPARE(sent, text);
    }
}

void TestMainWindow::scrollLoadsMore()
{
    openWindow(false);
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    const int loaded = groups()->model()->loadedCount();
    QCOMPARE(loaded, 100);
    QScrollBar *bar = groups()->view()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, Timeout);
    bar->setValue(bar->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(groups()->model()->loadedCount(), 200, Timeout);
    QVERIFY(groups()->model()->hasMore());
}

void TestMainWindow::failedPageCanBeRetried()
{
    openWindow(false);
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    QCOMPARE(groups()->model()->loadedCount(), 100);
    m_server->failLists = 1;
    QSignalSpy failed(groups()->model(), &GroupsModel::errorOccurred);
    QScrollBar *bar = groups()->view()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, Timeout);
    bar->setValue(bar->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    // Said next to the table, with a way to try again; nothing was lost.
    QTRY_VERIFY_WITH_TIMEOUT(groups()->retryButton()->isVisible(), Timeout);
    QCOMPARE(groups()->model()->loadedCount(), 100);
    // No automatic retry loop: the view's own fetch attempts are held until the user asks.
    const int requests = m_server->listRequests;
    groups()->view()->verticalScrollBar()->setValue(0);
    groups()->view()->verticalScrollBar()->setValue(bar->maximum());
    QCoreApplication::processEvents();
    QCOMPARE(m_server->listRequests, requests);
    groups()->retryButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(groups()->model()->loadedCount(), 200, Timeout);
    QVERIFY(!groups()->retryButton()->isVisible());
}

void TestMainWindow::loadAllLoadsEverything()
{
    openWindow();
    QSignalSpy finished(groups()->model(), &GroupsModel::loadAllFinished);
    groups()->loadAll();
    QVERIFY(finished.wait(Timeout) || !finished.isEmpty());
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(groups()->model()->loadedCount(), 250);
    QVERIFY(!groups()->model()->hasMore());
    // Sorting applies to the loaded rows: seats descending puts the last group first.
    groups()->model()->setPropertyColumns({QStringLiteral("seats")});
    groups()->view()->sortByColumn(GroupsModel::ColumnFixedCount, Qt::DescendingOrder);
    // (REST mode sorts on a worker thread: the rows move when it is done.)
    QTRY_COMPARE_WITH_TIMEOUT(groups()->proxy()->index(0, GroupsModel::Key).data().toString(),
                              QStringLiteral("org:0249"), Timeout);
}

void TestMainWindow::editUndoRedo()
{
    openWindow();
    selectGroupRow(0);
    GroupPropertiesModel *props = detail()->propertiesModel();
    QTableView *view = detail()->propertiesView();
    const QModelIndex value = props->index(props->rowForName(QStringLiteral("seats")), GroupPropertiesModel::Value);

    // Edit in place through the delegate, as a user would: type and press Return.
    view->setFocus();
    view->setCurrentIndex(value);
    view->edit(value);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->setText(QStringLiteral("77"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->groups.value(QStringLiteral("org:0000")).value(QStringLiteral("seats")),
                              QJsonValue(77), Timeout);
    // The JSON type is kept: a number stays a number.
    QTRY_COMPARE_WITH_TIMEOUT(props->value(QStringLiteral("seats")), QJsonValue(77), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!value.data(PendingRole).toBool(), Timeout);

    QUndoStack *stack = m_window->session()->edits()->undoStack();
    QTRY_VERIFY_WITH_TIMEOUT(stack->canUndo(), Timeout);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->groups.value(QStringLiteral("org:0000")).value(QStringLiteral("seats")),
                              QJsonValue(10), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(props->value(QStringLiteral("seats")), QJsonValue(10), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(stack->canRedo(), Timeout);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->groups.value(QStringLiteral("org:0000")).value(QStringLiteral("seats")),
                              QJsonValue(77), Timeout);
}

void TestMainWindow::addAndDeleteProperty()
{
    openWindow();
    selectGroupRow(1);
    GroupPropertiesModel *props = detail()->propertiesModel();
    QVERIFY(props->addProperty(QStringLiteral("tier"), QJsonValue(3)));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->groups.value(QStringLiteral("org:0001")).value(QStringLiteral("tier")),
                              QJsonValue(3), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(props->rowForName(QStringLiteral("tier")) >= 0, Timeout);

    detail()->propertiesView()->setCurrentIndex(props->index(props->rowForName(QStringLiteral("tier")), 0));
    QCOMPARE(detail()->currentPropertyName(), QStringLiteral("tier"));
    detail()->deleteCurrentProperty(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->groups.value(QStringLiteral("org:0001")).contains(QStringLiteral("tier")),
                             Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(props->rowForName(QStringLiteral("tier")), -1, Timeout);

    // Undo of a delete puts the property back with its old value.
    m_window->session()->edits()->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->groups.value(QStringLiteral("org:0001")).value(QStringLiteral("tier")),
                              QJsonValue(3), Timeout);
}

void TestMainWindow::validationErrorShownInline()
{
    openWindow();
    selectGroupRow(0);
    GroupPropertiesModel *props = detail()->propertiesModel();
    const int requests = m_nam->requestCount();
    const QModelIndex value = props->index(props->rowForName(QStringLiteral("seats")), GroupPropertiesModel::Value);
    QVERIFY(!props->setData(value, QStringLiteral("many")));
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->problemText().isEmpty(), Timeout);
    // Nothing was sent and the value is unchanged.
    QCOMPARE(m_nam->requestCount(), requests);
    QCOMPARE(props->value(QStringLiteral("seats")), QJsonValue(10));
}

void TestMainWindow::deleteKeyAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("promise");
    QTest::newRow("yes") << true << QStringLiteral("plan") << QStringLiteral("You can undo this with Ctrl+Z.");
    QTest::newRow("cancel") << false << QStringLiteral("plan") << QStringLiteral("You can undo this with Ctrl+Z.");
    // PostHog refuses update_property with null, so undo could not restore it.
    QTest::newRow("null value") << true << QStringLiteral("legacy") << QStringLiteral("this cannot be undone");
}

void TestMainWindow::deleteKeyAsksFirst()
{
    QFETCH(bool, confirm);
    QFETCH(QString, property);
    QFETCH(QString, promise);
    m_server->groups[QStringLiteral("org:0000")].insert(QStringLiteral("legacy"), QJsonValue());
    openWindow();
    selectGroupRow(0);
    GroupPropertiesModel *props = detail()->propertiesModel();
    QTableView *view = detail()->propertiesView();
    QVERIFY(props->rowForName(property) >= 0);
    view->setCurrentIndex(props->index(props->rowForName(property), GroupPropertiesModel::Name));
    view->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), Timeout);

    // Answer the confirmation once it is up (it is modal: the key press below returns after).
    bool asked = false;
    QString question;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        answer.stop();
        question = box->text();
        box->button(confirm ? QMessageBox::Yes : QMessageBox::Cancel)->click();
    });
    answer.start();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(asked, Timeout);
    QVERIFY2(question.contains(promise), qPrintable(question));
    QVERIFY2(promise.contains(QStringLiteral("Ctrl+Z")) || !question.contains(QStringLiteral("Ctrl+Z")),
             qPrintable(question));
    if (confirm) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->groups.value(QStringLiteral("org:0000")).contains(property), Timeout);
    } else {
        QTest::qWait(100); // nothing may be sent; give a wrong request the chance to show
        QVERIFY(m_server->groups.value(QStringLiteral("org:0000")).contains(property));
    }
}

void TestMainWindow::missingScopeShowsBanner()
{
    openWindow();
    m_server->readOnlyKey = true;
    selectGroupRow(0);
    GroupPropertiesModel *props = detail()->propertiesModel();
    const QModelIndex value = props->index(props->rowForName(QStringLiteral("plan")), GroupPropertiesModel::Value);
    QVERIFY(props->setData(value, QStringLiteral("pro")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), Timeout);
    QVERIFY(m_window->banner()->message().contains(QStringLiteral("group:write")));
    // The failure is also shown next to the table, with the user's value kept.
    QTRY_VERIFY_WITH_TIMEOUT(detail()->problemText().contains(QStringLiteral("pro")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(props->value(QStringLiteral("plan")), QJsonValue(QStringLiteral("enterprise")), Timeout);
    QVERIFY(!m_window->lastErrorText().isEmpty());
}

void TestMainWindow::exportFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("groups.csv");
    QTest::newRow("json") << QStringLiteral("groups.json");
}

void TestMainWindow::exportFiles()
{
    QFETCH(QString, fileName);
    openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    const QString path = m_dir->filePath(fileName);
    QString error;
    QVERIFY2(m_window->exportGroups(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (fileName.endsWith(QLatin1String(".csv"))) {
        const QList<QByteArray> lines = data.split('\n');
        QCOMPARE(lines.size() - 1, groups()->model()->loadedCount() + 1); // header + rows, final newline
        QVERIFY(lines.at(1).startsWith("Company 0,org:0000,"));
    } else {
        const QJsonArray array = QJsonDocument::fromJson(data).array();
        QCOMPARE(array.size(), groups()->model()->loadedCount());
        QCOMPARE(
            array.at(0).toObject().value(QStringLiteral("group_properties")).toObject().value(QStringLiteral("seats")),
            QJsonValue(10));
    }
}

void TestMainWindow::copySelectionAsTsv()
{
    openWindow();
    QTableView *view = groups()->view();
    view->setFocus();
    view->selectionModel()->select(groups()->proxy()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!groups()->selectionAsTsv().isEmpty());
    m_window->copySelection();
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Company 0\torg:0000\t")));
}

void TestMainWindow::returnMovesIntoProperties()
{
    openWindow();
    QTableView *view = groups()->view();
    view->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), Timeout);
    selectGroupRow(3);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(detail()->propertiesView()->hasFocus(), Timeout);
    QVERIFY(detail()->propertiesView()->currentIndex().isValid());
}

void TestMainWindow::columnChooserTogglesPropertyColumns()
{
    openWindow();
    QToolButton *button = nullptr;
    for (QToolButton *candidate : groups()->findChildren<QToolButton *>()) {
        if (candidate->menu())
            button = candidate;
    }
    QVERIFY(button);
    QMenu *menu = button->menu();
    Q_EMIT menu->aboutToShow();
    QStringList offered;
    QAction *seats = nullptr;
    for (QAction *action : menu->actions()) {
        offered << action->text();
        if (action->text() == QLatin1String("seats"))
            seats = action;
    }
    // Every property name of the loaded groups is offered; the type's default column is ticked.
    QCOMPARE(offered, (QStringList{QStringLiteral("address"), QStringLiteral("name"), QStringLiteral("plan"),
                                   QStringLiteral("seats")}));
    QVERIFY(menu->actions().at(2)->isChecked());
    QVERIFY(seats && !seats->isChecked());
    selectGroupRow(5);
    Group before;
    QVERIFY(groups()->currentGroup(&before));
    seats->setChecked(true);
    // The new column does not lose the analyst's place.
    Group after;
    QVERIFY(groups()->currentGroup(&after));
    QCOMPARE(after.key, before.key);
    QCOMPARE(groups()->model()->propertyColumns(), (QStringList{QStringLiteral("plan"), QStringLiteral("seats")}));
    QCOMPARE(groups()->proxy()->headerData(GroupsModel::ColumnFixedCount + 1, Qt::Horizontal).toString(),
             QStringLiteral("seats"));
    QCOMPARE(groups()->proxy()->index(0, GroupsModel::ColumnFixedCount + 1).data().toString(), QStringLiteral("10"));
}

void TestMainWindow::typesTabSelectionDrivesTheWindow()
{
    openWindow();
    BrowseWorkspace *workspace = m_window->workspace();
    GroupTypesPanel *types = workspace->typesPanel();
    QVERIFY(types);
    QCOMPARE(workspace->sidebar()->currentTypeIndex(), 0);
    // While another tab is shown, a reselection behind it moves nothing.
    types->view()->setCurrentIndex(types->view()->model()->index(1, 0));
    QCOMPARE(workspace->sidebar()->currentTypeIndex(), 0);
    types->view()->setCurrentIndex(types->view()->model()->index(0, 0));
    // Picking a type on the Group types tab makes it the window's type: sidebar and groups follow.
    workspace->tabs()->setCurrentWidget(types);
    types->view()->setCurrentIndex(types->view()->model()->index(1, 0));
    QCOMPARE(workspace->sidebar()->currentTypeIndex(), 1);
    auto asksForType1 = [this] {
        for (const FakeNetworkAccessManager::Request &request : m_nam->requests()) {
            if (request.url.path().endsWith(QLatin1String("/groups/"))
                && QUrlQuery(request.url).queryItemValue(QStringLiteral("group_type_index")) == QLatin1String("1"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(asksForType1(), Timeout);
}

void TestMainWindow::emptyDetailTablesSayWhy()
{
    openWindow();
    selectGroupRow(0);
    HintTableView *activity = detail()->activityView();
    HintTableView *related = detail()->relatedView();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(activity->model()));
    // The fake has no history for the group: the table says so instead of staying blank.
    QTRY_COMPARE_WITH_TIMEOUT(activity->emptyText(), QStringLiteral("No changes to this group have been recorded."),
                              Timeout);
    QCOMPARE(activity->model()->rowCount(), 0);
    QCOMPARE(activity->accessibleDescription(), activity->emptyText());
    QTRY_COMPARE_WITH_TIMEOUT(related->model()->rowCount(), 1, Timeout);

    // A failing request is explained in place.
    m_server->failActivity = true;
    selectGroupRow(1);
    QTRY_VERIFY_WITH_TIMEOUT(activity->emptyText().startsWith(QStringLiteral("The activity could not be loaded:")),
                             Timeout);
}

void TestMainWindow::everyInteractiveWidgetHasAnAccessibleName()
{
    openWindow();
    selectGroupRow(0);
    QStringList unnamed;
    // Every tab of the workspace (Groups, and the admin panels when built in).
    QTabWidget *tabs = m_window->workspace()->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(m_window.get()) || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            // Parts of composite widgets (scroll bars, headers, viewports) are named by their owner.
            if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                         widget->objectName());
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::layoutIsPersistedPerProfile()
{
    openWindow();
    QHeaderView *header = groups()->view()->horizontalHeader();
    header->resizeSection(GroupsModel::Key, 333);
    m_window->close();
    QVERIFY(!m_profiles->windowState(QStringLiteral("test-layout"), QStringLiteral("groupsHeader")).isEmpty());
    QVERIFY(!m_profiles->windowState(QStringLiteral("test-layout"), QStringLiteral("geometry")).isEmpty());

    // A new window for the same layout id gets the same column width back.
    m_testers.clear();
    m_window.reset();
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(groups()->view()->horizontalHeader()->sectionSize(GroupsModel::Key), 333, Timeout);
}

void TestMainWindow::openProfileUsesKeychainKey()
{
    // The key's path: keychain -> client, never settings.
    const ConnectionProfile profile =
        saveProfileWithKey(QStringLiteral("Staging"), QStringLiteral("phx_staging"), QStringLiteral("#d32f2f"));
    QVERIFY(!profile.id.isEmpty());

    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    m_window->show();
    auto *stripe = m_window->findChild<QFrame *>(QStringLiteral("profileColorStripe"));
    QVERIFY(stripe);
    QVERIFY(!stripe->isVisible()); // not connected yet: no colour
    m_window->openProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() != nullptr, Timeout);
    // The colour tag marks the whole window, not only the switcher.
    QVERIFY(stripe->isVisible());
    QCOMPARE(stripe->palette().color(QPalette::Window), QColor(QStringLiteral("#d32f2f")));
    QCOMPARE(m_window->session()->client()->settings().apiKey, QStringLiteral("phx_staging"));
    QCOMPARE(m_window->session()->profileId(), profile.id);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Staging — ")));
    QCOMPARE(m_profiles->lastUsedId(), profile.id);
    // The key never reaches the settings file.
    m_profiles->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("phx_staging"));
}

void TestMainWindow::noKeychainAsksForKeyInMemory()
{
    auto keychain = std::make_unique<KeychainStore>(std::make_unique<NoKeychainBackend>());
    keychain->setRetryDelay(std::chrono::milliseconds(10));
    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Laptop"));
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = QStringLiteral("http://127.0.0.1:9");
    profile = m_profiles->save(profile);

    m_window = std::make_unique<MainWindow>(m_profiles.get(), keychain.get());
    m_window->show();
    bool asked = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        answer.stop();
        dialog->setTextValue(QStringLiteral("phx_typed"));
        dialog->accept();
    });
    answer.start();
    m_window->openProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(asked, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() != nullptr, Timeout);
    QCOMPARE(m_window->session()->client()->settings().apiKey, QStringLiteral("phx_typed"));
    // Said plainly, not hidden in a log.
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->message().contains(QStringLiteral("memory only")));
    m_window.reset();
}

void TestMainWindow::switchingProfilesKeepsEachLayout()
{
    QList<ConnectionProfile> saved;
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        saved << saveProfileWithKey(name, QStringLiteral("phx_") + name);
        QVERIFY(!saved.last().id.isEmpty());
    }
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    m_window->show();
    m_window->openProfile(saved.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session() ? m_window->session()->profileId() : QString(), saved.at(0).id,
                              Timeout);
    m_window->resize(900, 600);
    QVERIFY(m_profiles->windowState(saved.at(0).id, QStringLiteral("geometry")).isEmpty());

    // The switcher lists both profiles; choosing Beta saves Alpha's layout first.
    auto *switcher = m_window->findChild<QComboBox *>();
    QVERIFY(switcher);
    QCOMPARE(switcher->count(), 2);
    const int beta = switcher->findData(saved.at(1).id);
    QVERIFY(beta >= 0);
    switcher->setCurrentIndex(beta);
    Q_EMIT switcher->activated(beta);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->profileId(), saved.at(1).id, Timeout);
    QCOMPARE(m_window->session()->client()->settings().apiKey, QStringLiteral("phx_Beta"));
    QVERIFY(!m_profiles->windowState(saved.at(0).id, QStringLiteral("geometry")).isEmpty());
    QVERIFY(!m_profiles->windowState(saved.at(0).id, QStringLiteral("outerSplitter")).isEmpty());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Beta — ")));
}

void TestMainWindow::changingHostMovesTheKeychainEntry()
{
    const ConnectionProfile profile = saveProfileWithKey(QStringLiteral("Staging"), QStringLiteral("phx_staging"));
    QVERIFY(!profile.id.isEmpty());
    auto *secrets = dynamic_cast<MemorySecretBackend *>(m_keychain->backend());
    QVERIFY(secrets);
    const QString service = QString::fromLatin1(KeychainStore::ServiceName);
    QVERIFY(secrets->contains(service, profile.keychainKey()));

    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    m_window->show();
    m_window->openProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() != nullptr, Timeout);

    // Edit the connection: only the server URL changes, the key stays as it is.
    bool edited = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        for (auto *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QStringLiteral("Self-hosted URL"))
                edit->setText(QStringLiteral("http://127.0.0.1:10"));
        }
        edited = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    answer.start();
    m_window->editConnection();
    QVERIFY(edited);
    const ConnectionProfile moved = m_profiles->profile(profile.id);
    QCOMPARE(moved.selfHostedUrl, QStringLiteral("http://127.0.0.1:10"));
    QVERIFY(moved.keychainKey() != profile.keychainKey());
    QTRY_VERIFY_WITH_TIMEOUT(secrets->contains(service, moved.keychainKey()), Timeout);
    QCOMPARE(secrets->secret(service, moved.keychainKey()), QStringLiteral("phx_staging"));
    // No stray secret stays behind under the old host's entry.
    QTRY_VERIFY_WITH_TIMEOUT(!secrets->contains(service, profile.keychainKey()), Timeout);
    QCOMPARE(m_window->session()->client()->settings().apiKey, QStringLiteral("phx_staging"));
}

void TestMainWindow::removeConnectionAsksAndForgetsTheKey_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("cancel") << false;
    QTest::newRow("remove") << true;
}

void TestMainWindow::removeConnectionAsksAndForgetsTheKey()
{
    QFETCH(bool, confirm);
    QList<ConnectionProfile> saved;
    for (const QString &name : {QStringLiteral("Prod"), QStringLiteral("Staging")}) {
        saved << saveProfileWithKey(name, QStringLiteral("phx_") + name);
        QVERIFY(!saved.last().id.isEmpty());
    }
    auto *secrets = dynamic_cast<MemorySecretBackend *>(m_keychain->backend());
    QVERIFY(secrets);
    const QString service = QString::fromLatin1(KeychainStore::ServiceName);
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    m_window->show();
    m_window->openProfile(saved.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session() ? m_window->session()->profileId() : QString(), saved.at(0).id,
                              Timeout);

    bool asked = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        asked = box->text().contains(QStringLiteral("Prod"));
        if (confirm) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        } else {
            box->button(QMessageBox::Cancel)->click();
        }
    });
    answer.start();
    m_window->removeConnection();
    QVERIFY(asked);
    if (!confirm) {
        QVERIFY(m_profiles->contains(saved.at(0).id));
        QTest::qWait(100); // a wrong delete would be queued; give it the chance to show
        QVERIFY(secrets->contains(service, saved.at(0).keychainKey()));
        QCOMPARE(m_window->session()->profileId(), saved.at(0).id);
        return;
    }
    QVERIFY(!m_profiles->contains(saved.at(0).id));
    QTRY_VERIFY_WITH_TIMEOUT(!secrets->contains(service, saved.at(0).keychainKey()), Timeout);
    QVERIFY(secrets->contains(service, saved.at(1).keychainKey()));
    // The window moves on to the remaining profile.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session() ? m_window->session()->profileId() : QString(), saved.at(1).id,
                              Timeout);
}

void TestMainWindow::screenshots()
{
    // Documentation images (docs/screenshots/), written only on request:
    // GROUPDESK_SCREENSHOT_DIR=docs/screenshots ctest -R mainwindow
    const QString dir = qEnvironmentVariable("GROUPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set GROUPDESK_SCREENSHOT_DIR to write screenshots.");
    openWindow();
    m_window->resize(1400, 860);
    groups()->model()->setPropertyColumns({QStringLiteral("plan"), QStringLiteral("seats")});
    selectGroupRow(2);
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    QTest::qWait(200); // let the layout settle before grabbing (not an assertion)
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/main-window.png")));

    m_server->readOnlyKey = true;
    GroupPropertiesModel *props = detail()->propertiesModel();
    QVERIFY(props->setData(props->index(props->rowForName(QStringLiteral("plan")), GroupPropertiesModel::Value),
                           QStringLiteral("pro")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->problemText().isEmpty(), Timeout);
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/main-window-error.png")));

    {
        ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Production (EU)"));
        profile.hostKind = ConnectionProfile::HostKind::EuCloud;
        profile.projectId = QStringLiteral("12345");
        profile.colorTag = QStringLiteral("#d73a49");
        ProfileDialog dialog(profile, QStringLiteral("phx_secret"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/profile-dialog.png")));
        dialog.close();
    }

    // The same state in a dark palette (as a dark desktop theme would set it).
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    QApplication::setPalette(dark);
    m_window.reset();
    m_testers.clear();
    openWindow();
    m_window->resize(1400, 860);
    selectGroupRow(2);
    QVERIFY(props = detail()->propertiesModel());
    QVERIFY(props->setData(props->index(props->rowForName(QStringLiteral("plan")), GroupPropertiesModel::Value),
                           QStringLiteral("pro")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), Timeout);
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/main-window-dark.png")));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
