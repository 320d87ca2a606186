// Keyboard, help and connection failures as a keyboard user meets the real window (offscreen, against the in-process
// sandbox over loopback HTTP): one owner per shortcut, redo and Delete on the admin tabs,
// Ctrl+E from the search box, Tab leaving tables, one owner per Alt+letter, the Help menu.

#include "activitymodel.h"
#include "apprestarter.h"
#include "browseworkspace.h"
#include "connectionfailurepage.h"
#include "connectionsession.h"
#include "csvformat.h"
#include "editservice.h"
#include "groupdetailpane.h"
#include "grouppropertiesmodel.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "groupstablepanel.h"
#include "grouptypesmodel.h"
#include "grouptypespanel.h"
#include "helpmenu.h"
#include "hinttableview.h"
#include "keychainstore.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "memorysecretbackend.h"
#include "modelroles.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "relatedactorsmodel.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "shortcutsdialog.h"
#include "tableexporter.h"
#include "usagemetricsmodel.h"
#include "usagemetricspanel.h"
#include "weblinkbuttons.h"
#include "windowharness.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;

/// Where a shortcut of an action (or QShortcut) is live: the widgets it was added to, and
/// whether their children count too; a window-wide one is live everywhere in the window.
struct Scope
{
    QString owner;
    QList<QWidget *> widgets;
    Qt::ShortcutContext context = Qt::WindowShortcut;
};

bool contains(const Scope &scope, QWidget *widget)
{
    for (QWidget *w : scope.widgets) {
        if (w == widget)
            return true;
        if (scope.context == Qt::WidgetWithChildrenShortcut && w->isAncestorOf(widget))
            return true;
    }
    return false;
}

/// Two scopes overlap when some widget with focus would see both shortcuts.
bool overlap(const Scope &a, const Scope &b)
{
    if (a.context == Qt::WindowShortcut || a.context == Qt::ApplicationShortcut || b.context == Qt::WindowShortcut
        || b.context == Qt::ApplicationShortcut)
        return true;
    for (QWidget *w : a.widgets)
        if (contains(b, w))
            return true;
    for (QWidget *w : b.widgets)
        if (contains(a, w))
            return true;
    return false;
}

/// "&Edit metadata…" -> 'M'; no mnemonic -> null.
QChar mnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toUpper() : QChar();
}
} // namespace

class TestPolish final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyShortcutHasOneOwner();
    void redoAndDeleteWorkOnAdminTabs();
    void exportShortcutWorksFromSearchBox();
    void tabLeavesTables();
    void altLettersHaveOneOwner();
    void helpMenuHasShortcutsWorkingAndAbout();
    void csvCellsIsoDatesEmptyNulls();
    void csvExportShowsColumnsInViewOrderWithBom();
    void failedConnectionShowsPageWithRetryAndSettings_data();
    void failedConnectionShowsPageWithRetryAndSettings();
    void retryAfterFixingTheKeyConnects();
    void demoEntryStaysAfterOpeningAProfile();
    void lastErrorEndsWithTheNextSuccess();
    void detailPaneLinksRelatedAndActivity();
    void typeDashboardOpensInPostHog();
    void numbersAndDatesFollowTheLocale();
    void languageChoiceOffersRestart();
    void restartAsksAboutUnsavedWork();

private:
    void openWindow();
    /// A window on `settings` that is expected to fail; waits for the failure page.
    void openFailing(const ConnectionSettings &settings);
    ConnectionSettings sandboxSettings(const QString &key = SandboxServer::demoKey()) const;
    GroupsTablePanel *groups() const { return m_window->workspace()->groupsPanel(); }
    void press(QWidget *target, const QKeySequence &keys);

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestPolish::initTestCase()
{
    SandboxOptions options;
    options.groupTypeCount = 2;
    options.groupsPerType = 30;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_keychain = std::make_unique<KeychainStore>(std::make_unique<MemorySecretBackend>());
}

void TestPolish::cleanup()
{
    m_testers.clear();
    m_window.reset();
}

void TestPolish::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    m_window->openConnection(sandboxSettings(), QStringLiteral("Demo"), QStringLiteral("demo"));
    QVERIFY(WindowHarness::show(*m_window, true));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_window->session()->groupTypes()));
    QVERIFY(WindowHarness::waitForFirstGroup(*m_window, Timeout));
    QCOMPARE(m_window->session()->groupTypes()->rowCount(), 2);
}

void TestPolish::press(QWidget *target, const QKeySequence &keys)
{
    const QKeyCombination combo = keys[0];
    QTest::keyClick(target, combo.key(), combo.keyboardModifiers());
}

void TestPolish::everyShortcutHasOneOwner()
{
    openWindow();
    QList<QPair<QKeySequence, Scope>> shortcuts;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        Scope scope;
        scope.owner = action->text();
        scope.context = action->shortcutContext();
        for (QObject *object : action->associatedObjects())
            if (auto *widget = qobject_cast<QWidget *>(object))
                scope.widgets.append(widget);
        for (const QKeySequence &key : action->shortcuts())
            shortcuts.append({key, scope});
    }
    for (QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
        Scope scope;
        scope.owner = shortcut->objectName();
        scope.context = shortcut->context();
        if (auto *widget = qobject_cast<QWidget *>(shortcut->parent()))
            scope.widgets.append(widget);
        for (const QKeySequence &key : shortcut->keys())
            shortcuts.append({key, scope});
    }
    QVERIFY(shortcuts.size() >= 8);
    for (qsizetype i = 0; i < shortcuts.size(); ++i) {
        for (qsizetype j = i + 1; j < shortcuts.size(); ++j) {
            if (shortcuts.at(i).first != shortcuts.at(j).first)
                continue;
            QVERIFY2(!overlap(shortcuts.at(i).second, shortcuts.at(j).second),
                     qPrintable(QStringLiteral("%1 is owned by \"%2\" and \"%3\"")
                                    .arg(shortcuts.at(i).first.toString(), shortcuts.at(i).second.owner,
                                         shortcuts.at(j).second.owner)));
        }
    }
}

void TestPolish::redoAndDeleteWorkOnAdminTabs()
{
    openWindow();
    BrowseWorkspace *workspace = m_window->workspace();
    workspace->tabs()->setCurrentWidget(workspace->typesPanel());
    QTableView *types = workspace->typesPanel()->view();
    GroupTypesModel *model = m_window->session()->groupTypes();
    types->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(types->hasFocus(), Timeout);
    QUndoStack *stack = m_window->session()->edits()->undoStack();
    const QString before = m_server->store()->groupType(1)->nameSingular.toString();
    QVERIFY(model->setData(model->index(1, GroupTypesModel::SingularName), QStringLiteral("Tenant")));
    QTRY_VERIFY_WITH_TIMEOUT(stack->canUndo(), Timeout);
    QCOMPARE(m_server->store()->groupType(1)->nameSingular.toString(), QStringLiteral("Tenant"));

    press(types, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->store()->groupType(1)->nameSingular.toString(), before, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(stack->canRedo(), Timeout);
    press(types, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->store()->groupType(1)->nameSingular.toString(), QStringLiteral("Tenant"),
                              Timeout);

    // Delete on the types table asks for the typed confirmation.
    types->selectRow(1);
    press(types, QKeySequence(Qt::Key_Delete));
    QWidget *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = workspace->typesPanel()->findChild<QWidget *>(QStringLiteral("deleteGroupTypeDialog"))) != nullptr
            && dialog->isVisible(),
        Timeout);
    dialog->close();

    // Delete on the metrics table asks before deleting the metric.
    m_server->store()->metrics(0).append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("0190aaaa-0000-7000-8000-000000000001")},
                    {QStringLiteral("name"), QStringLiteral("Weekly events")},
                    {QStringLiteral("format"), QStringLiteral("numeric")},
                    {QStringLiteral("interval"), 7},
                    {QStringLiteral("display"), QStringLiteral("number")},
                    {QStringLiteral("filters"), QJsonObject{{QStringLiteral("events"), QJsonArray()}}},
                    {QStringLiteral("math"), QStringLiteral("count")},
                    {QStringLiteral("math_property"), QJsonValue::Null}});
    UsageMetricsPanel *metrics = workspace->findChild<UsageMetricsPanel *>();
    QVERIFY(metrics);
    workspace->tabs()->setCurrentWidget(metrics);
    metrics->setGroupType(0, QStringLiteral("Organizations"));
    metrics->reload();
    QTRY_VERIFY_WITH_TIMEOUT(metrics->model()->rowCount() >= 1 && !metrics->model()->isLoading(), Timeout);
    metrics->view()->selectRow(0);
    // The closed delete dialog took the activation with it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    metrics->view()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(metrics->view()->hasFocus(), Timeout);
    bool asked = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        answer.stop();
        box->reject();
    });
    answer.start();
    press(metrics->view(), QKeySequence(Qt::Key_Delete));
    QTRY_VERIFY_WITH_TIMEOUT(asked, Timeout);
    m_server->store()->metrics(0).removeLast();
}

void TestPolish::exportShortcutWorksFromSearchBox()
{
    openWindow();
    QLineEdit *search = groups()->searchField();
    search->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), Timeout);
    QTest::keyClicks(search, QStringLiteral("Company"));
    bool asked = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        answer.stop();
        dialog->reject();
    });
    answer.start();
    press(search, QKeySequence(Qt::CTRL | Qt::Key_E));
    QTRY_VERIFY_WITH_TIMEOUT(asked, Timeout);
    // The search text is untouched by the shortcut.
    QCOMPARE(search->text(), QStringLiteral("Company"));
}

void TestPolish::tabLeavesTables()
{
    openWindow();
    QTableView *table = groups()->view();
    table->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(table->hasFocus(), Timeout);
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QCOMPARE(table->currentIndex(), current);
    // Arrows still move inside the table.
    table->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(table->hasFocus(), Timeout);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), current.row() + 1);
    // Every table of the window leaves with Tab.
    for (QAbstractItemView *view : m_window->workspace()->findChildren<QAbstractItemView *>())
        QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->accessibleName()));
}

void TestPolish::altLettersHaveOneOwner()
{
    openWindow();
    QTabWidget *tabs = m_window->workspace()->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QHash<QChar, QString> owners;
        auto claim = [&](const QString &text, bool enabled) {
            const QChar letter = mnemonic(text);
            if (letter.isNull() || !enabled)
                return;
            QVERIFY2(!owners.contains(letter), qPrintable(QStringLiteral("Alt+%1 on tab %2: \"%3\" and \"%4\"")
                                                              .arg(letter)
                                                              .arg(tabs->tabText(tab), owners.value(letter), text)));
            owners.insert(letter, text);
        };
        for (QAction *menu : m_window->menuBar()->actions())
            claim(menu->text(), true);
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
            if (button->isVisible())
                claim(button->text(), true);
        for (QTabBar *bar : m_window->findChildren<QTabBar *>())
            if (bar->isVisible())
                for (int i = 0; i < bar->count(); ++i)
                    claim(bar->tabText(i), bar->isTabEnabled(i));
        for (QLabel *label : m_window->findChildren<QLabel *>())
            if (label->isVisible() && label->buddy())
                claim(label->text(), true);
        QVERIFY(owners.contains(QLatin1Char('E'))); // the Edit menu
    }
}

void TestPolish::helpMenuHasShortcutsWorkingAndAbout()
{
    openWindow();
    auto *help = m_window->findChild<HelpMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QVERIFY(m_window->menuBar()->actions().contains(help->menuAction()));

    help->shortcutsAction()->trigger();
    auto *shortcuts = m_window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(shortcuts);
    QStringList keys;
    for (int row = 0; row < shortcuts->table()->rowCount(); ++row)
        keys << shortcuts->table()->item(row, 0)->text();
    const QString all = keys.join(QLatin1Char('\n'));
    for (const QKeySequence &expected : {QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::CTRL | Qt::Key_E),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)})
        QVERIFY2(all.contains(expected.toString(QKeySequence::NativeText)), qPrintable(all));
    shortcuts->close();

    const QString working = HelpMenu::workingInTheWindow();
    QVERIFY(working.startsWith(QStringLiteral("### Working in the window")));
    QVERIFY(working.contains(QStringLiteral("Ctrl+E")));
    QVERIFY(!working.contains(QStringLiteral("## Command-line client")));

    const QString about = HelpMenu::aboutText();
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    QVERIFY(about.contains(QStringLiteral(GROUPDESK_VERSION)));
}

void TestPolish::csvCellsIsoDatesEmptyNulls()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("When"), QStringLiteral("Plan"), QStringLiteral("Seats")});
    const QDateTime when(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    model.setData(model.index(0, 0), QStringLiteral("02/01/2026 04:04"), Qt::DisplayRole);
    model.setData(model.index(0, 0), when, RawValueRole);
    // The window shows null as a word; a file has an empty cell.
    model.setData(model.index(0, 1), QStringLiteral("null"), Qt::DisplayRole);
    model.setData(model.index(0, 1), QVariant::fromValue(QJsonValue(QJsonValue::Null)), RawValueRole);
    model.setData(model.index(0, 2), QStringLiteral("1 200"), Qt::DisplayRole);
    model.setData(model.index(0, 2), QVariant::fromValue(QJsonValue(1200)), RawValueRole);
    model.setData(model.index(1, 1), QStringLiteral("Müller, Ltd"), Qt::DisplayRole);
    QCOMPARE(TableExporter::toCsv(&model),
             QStringLiteral("When,Plan,Seats\r\n2026-01-02T03:04:05.006Z,,1200\r\n,\"Müller, Ltd\",\r\n").toUtf8());
}

void TestPolish::csvExportShowsColumnsInViewOrderWithBom()
{
    openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!groups()->model()->isLoading(), Timeout);
    QHeaderView *header = groups()->view()->horizontalHeader();
    header->setSectionHidden(GroupsModel::Key, true);
    header->moveSection(header->visualIndex(GroupsModel::FirstSeen), 0);
    const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
    QString error;
    QVERIFY2(m_window->exportGroups(path, &error, true), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    data.remove(0, 3);
    const QStringList lines = QString::fromUtf8(data).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), groups()->proxy()->rowCount() + 1);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("First seen,Name")), qPrintable(lines.at(0)));
    QVERIFY(!lines.at(0).split(QLatin1Char(',')).contains(QStringLiteral("Key")));
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d),"));
    QVERIFY2(iso.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
}

ConnectionSettings TestPolish::sandboxSettings(const QString &key) const
{
    return WindowHarness::settings(m_server->baseUrl(), key);
}

void TestPolish::openFailing(const ConnectionSettings &settings)
{
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    m_window->openConnection(settings, QStringLiteral("Local"), QStringLiteral("local"));
    QVERIFY(WindowHarness::show(*m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->failurePage()->isVisible(), Timeout);
}

void TestPolish::failedConnectionShowsPageWithRetryAndSettings_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("headline");
    QTest::newRow("server down") << QStringLiteral("down") << QStringLiteral("cannot reach");
    QTest::newRow("bad key") << QStringLiteral("key") << QStringLiteral("did not accept the API key");
    QTest::newRow("wrong project") << QStringLiteral("project") << QStringLiteral("999999");
}

void TestPolish::failedConnectionShowsPageWithRetryAndSettings()
{
    QFETCH(QString, what);
    QFETCH(QString, headline);
    ConnectionSettings settings = sandboxSettings();
    if (what == u"down")
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    else if (what == u"key")
        settings.apiKey = QStringLiteral("phx_not_a_key_of_this_server");
    else
        settings.projectId = QStringLiteral("999999");
    openFailing(settings);
    ConnectionFailurePage *page = m_window->failurePage();
    QVERIFY2(page->headlineText().contains(headline), qPrintable(page->headlineText()));
    QVERIFY(!page->adviceText().isEmpty());
    QVERIFY(!m_window->workspace()->isVisible());
    QVERIFY(page->retryButton()->isVisible());
    QVERIFY(page->settingsButton()->isVisible());

    // F5 retries: a new session starts and fails the same way.
    ConnectionSession *before = m_window->session();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() != before, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->failurePage()->isVisible(), Timeout);

    // Connection settings… starts from the host and project in use.
    bool checked = false;
    QString seen;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        const ConnectionProfile profile = dialog->profile();
        seen = profile.baseUrl().toString() + u' ' + profile.projectId;
        checked = profile.baseUrl().port() == settings.baseUrl.port() && profile.projectId == settings.projectId;
        dialog->reject();
    });
    answer.start();
    page->settingsButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!answer.isActive(), Timeout);
    QVERIFY2(checked, qPrintable(seen));
}

void TestPolish::retryAfterFixingTheKeyConnects()
{
    const QString key = QStringLiteral("phx_issued_later");
    openFailing(sandboxSettings(key));
    QVERIFY(m_window->failurePage()->headlineText().contains(QStringLiteral("API key")));
    // The key becomes valid on the server (e.g. the admin fixed its scopes): Retry connects.
    m_server->addApiKey(key, {QStringLiteral("*")});
    m_window->failurePage()->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->groupTypes()->rowCount() == 2, Timeout);
    QVERIFY(!m_window->failurePage()->isVisible());
    QVERIFY(m_window->workspace()->isVisible());
}

void TestPolish::demoEntryStaysAfterOpeningAProfile()
{
    openWindow();
    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Saved"));
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = m_server->baseUrl().toString();
    profile.allowInsecureHttp = true;
    profile = m_profiles->save(profile);
    bool stored = false;
    m_keychain->writeKey(profile, SandboxServer::demoKey(), this,
                         [&stored](const KeychainResult &r) { stored = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(stored, Timeout);
    m_window->openProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().startsWith(QStringLiteral("Saved")), Timeout);
    auto *switcher = m_window->findChild<QComboBox *>();
    QVERIFY(switcher);
    QStringList entries;
    for (int i = 0; i < switcher->count(); ++i)
        entries << switcher->itemText(i);
    QVERIFY2(entries.contains(QStringLiteral("Demo")), qPrintable(entries.join(u", ")));
    QVERIFY(entries.contains(QStringLiteral("Saved")));
    // Choosing it goes back to the demo connection.
    QMetaObject::invokeMethod(switcher, "activated", Q_ARG(int, int(entries.indexOf(QStringLiteral("Demo")))));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().startsWith(QStringLiteral("Demo")), Timeout);
    m_profiles->remove(profile.id);
}

void TestPolish::lastErrorEndsWithTheNextSuccess()
{
    openWindow();
    EditService *edits = m_window->session()->edits();
    QSignalSpy failed(edits, &EditService::editFailed);
    edits->setGroupProperty(0, QStringLiteral("no-such-group"), QStringLiteral("plan"), QJsonValue(1));
    QVERIFY(failed.wait(Timeout));
    QVERIFY(!m_window->lastErrorText().isEmpty());
    // Another tab: the message does not follow the user there.
    m_window->workspace()->tabs()->setCurrentWidget(m_window->workspace()->typesPanel());
    QVERIFY(m_window->lastErrorText().isEmpty());

    edits->setGroupProperty(0, QStringLiteral("no-such-group"), QStringLiteral("plan"), QJsonValue(1));
    QVERIFY(failed.wait(Timeout));
    QVERIFY(!m_window->lastErrorText().isEmpty());
    // A success ends it.
    const QString key = m_window->workspace()->detailPane()->group().key;
    QSignalSpy succeeded(edits, &EditService::editSucceeded);
    edits->setGroupProperty(0, key, QStringLiteral("plan"), QJsonValue(QStringLiteral("team")));
    QVERIFY(succeeded.wait(Timeout));
    QVERIFY(m_window->lastErrorText().isEmpty());
}

void TestPolish::detailPaneLinksRelatedAndActivity()
{
    openWindow();
    GroupDetailPane *detail = m_window->workspace()->detailPane();
    const Group group = detail->group();
    const QString project = m_window->session()->client()->projectId();
    QVERIFY2(!project.startsWith(u'@'), qPrintable(project));
    // Open in PostHog / Copy link: the web UI's group page on this host and project.
    WebLinkButtons *links = detail->webLinks();
    QCOMPARE(links->url(), QUrl(m_server->baseUrl().toString()
                                + QStringLiteral("/project/%1/groups/0/%2")
                                      .arg(project, QString::fromLatin1(QUrl::toPercentEncoding(group.key)))));
    QVERIFY(links->openButton()->isEnabled());
    links->copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), links->url().toString(QUrl::FullyEncoded));
    QCOMPARE(WebLinkButtons::dashboardUrl(QUrl(QStringLiteral("https://eu.posthog.com")), QStringLiteral("12"), 7),
             QUrl(QStringLiteral("https://eu.posthog.com/project/12/dashboard/7")));
    QCOMPARE(WebLinkButtons::groupUrl(QUrl(QStringLiteral("https://example.org/posthog")), QStringLiteral("3"), 1,
                                      QStringLiteral("a/b c")),
             QUrl(QStringLiteral("https://example.org/posthog/project/3/groups/1/a%2Fb%20c")));

    // Activity follows an edit of the shown group.
    ActivityModel *activity = detail->activityModel();
    QTRY_VERIFY_WITH_TIMEOUT(!activity->isLoading(), Timeout);
    const int entries = activity->rowCount();
    QSignalSpy succeeded(m_window->session()->edits(), &EditService::editSucceeded);
    m_window->session()->edits()->setGroupProperty(0, group.key, QStringLiteral("polish"), QJsonValue(42));
    QVERIFY(succeeded.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(activity->rowCount(), entries + 1, Timeout);

    // Double-clicking a related group opens it.
    RelatedActorsModel *related = detail->relatedModel();
    QTRY_VERIFY_WITH_TIMEOUT(!related->isLoading() && related->rowCount() > 0, Timeout);
    int row = -1;
    for (int r = 0; r < related->rowCount(); ++r)
        if (related->actor(r).kind == RelatedActor::Kind::Group)
            row = r;
    QVERIFY(row >= 0);
    const RelatedActor target = related->actor(row);
    detail->tabs()->setCurrentWidget(detail->relatedView());
    QTableView *view = detail->relatedView();
    QCoreApplication::processEvents();
    Q_EMIT view->doubleClicked(related->index(row, 0));
    QTRY_COMPARE_WITH_TIMEOUT(detail->group().key, target.id, Timeout);
    QCOMPARE(detail->group().typeIndex, target.groupTypeIndex);
}

void TestPolish::typeDashboardOpensInPostHog()
{
    openWindow();
    BrowseWorkspace *workspace = m_window->workspace();
    workspace->tabs()->setCurrentWidget(workspace->typesPanel());
    GroupTypesPanel *panel = workspace->typesPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->currentGroupType() >= 0, Timeout);
    const int type = panel->currentGroupType();
    WebLinkButtons *links = panel->dashboardLinks();
    // No dashboard yet: nothing to open or copy.
    QVERIFY(!links->url().isValid());
    QVERIFY(!links->openButton()->isEnabled());
    QVERIFY(!links->copyButton()->isEnabled());
    QVERIFY(!links->openButton()->accessibleName().isEmpty());

    QSignalSpy succeeded(m_window->session()->edits(), &EditService::editSucceeded);
    m_window->session()->edits()->createDetailDashboard(type);
    QVERIFY(succeeded.wait(Timeout));
    const int row = panel->view()->currentIndex().row();
    const std::optional<int> dashboard = m_window->session()->groupTypes()->groupType(row).detailDashboard;
    QVERIFY(dashboard.has_value());
    const QString project = m_window->session()->client()->projectId();
    QTRY_COMPARE_WITH_TIMEOUT(
        links->url(),
        QUrl(m_server->baseUrl().toString() + QStringLiteral("/project/%1/dashboard/%2").arg(project).arg(*dashboard)),
        Timeout);
    QVERIFY(links->openButton()->isEnabled());
    links->copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), links->url().toString(QUrl::FullyEncoded));

    // Another type without a dashboard: the links follow the selection.
    panel->view()->selectRow(row == 0 ? 1 : 0);
    QTRY_VERIFY_WITH_TIMEOUT(!links->copyButton()->isEnabled(), Timeout);
}

void TestPolish::numbersAndDatesFollowTheLocale()
{
    // The window speaks German (as View > Language or the system would set it); files stay ISO/C.
    const QLocale before;
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    openWindow();
    GroupDetailPane *detail = m_window->workspace()->detailPane();
    const Group group = detail->group();
    QVERIFY(group.createdAt.isValid());
    QSignalSpy succeeded(m_window->session()->edits(), &EditService::editSucceeded);
    m_window->session()->edits()->setGroupProperty(0, group.key, QStringLiteral("revenue"), QJsonValue(1234.5));
    QVERIFY(succeeded.wait(Timeout));

    // Groups table: the number and the date in German.
    GroupsModel *model = groups()->model();
    model->setPropertyColumns(model->propertyColumns() << QStringLiteral("revenue"));
    const int column = GroupsModel::ColumnFixedCount + int(model->propertyColumns().indexOf(QStringLiteral("revenue")));
    const int row = model->rowForKey(group.key);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, column).data().toString(), QStringLiteral("1.234,5"), Timeout);
    const QString shortDate = german.toString(group.createdAt.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d")).match(shortDate).hasMatch(),
             qPrintable(shortDate));
    QCOMPARE(model->index(row, GroupsModel::FirstSeen).data().toString(), shortDate);

    // Detail pane: the property shows localised, its editor gets JSON's form; the date too.
    GroupPropertiesModel *properties = detail->propertiesModel();
    QModelIndex value;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < properties->rowCount(); ++r)
                if (properties->index(r, GroupPropertiesModel::Name).data().toString() == u"revenue")
                    value = properties->index(r, GroupPropertiesModel::Value);
            return value.isValid();
        }(),
        Timeout);
    QCOMPARE(value.data(Qt::DisplayRole).toString(), QStringLiteral("1.234,5"));
    QCOMPARE(value.data(Qt::EditRole).toString(), QStringLiteral("1234.5"));
    QLabel *firstSeen = nullptr;
    for (QLabel *label : detail->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("First seen"))
            firstSeen = label;
    QVERIFY(firstSeen);
    QCOMPARE(firstSeen->text(), shortDate);

    // The CSV export keeps C-locale numbers and ISO 8601 dates.
    QCOMPARE(TableExporter::csvCell(model->index(row, column)), QStringLiteral("1234.5"));
    QCOMPARE(TableExporter::csvCell(model->index(row, GroupsModel::FirstSeen)), CsvFormat::dateTime(group.createdAt));
    QVERIFY(TableExporter::csvCell(model->index(row, GroupsModel::FirstSeen))
                .startsWith(QString::number(group.createdAt.date().year()) + u'-'));
}

void TestPolish::languageChoiceOffersRestart()
{
    QCOMPARE(AppRestarter::restartArguments({u"/usr/bin/groupdesk"_s, u"--demo"_s, u"--screenshot"_s, u"/tmp/x.png"_s,
                                             u"--screenshot-delay=10"_s, u"--project"_s, u"12"_s}),
             QStringList({u"--demo"_s, u"--project"_s, u"12"_s}));
    openWindow();
    const QString stored = LanguageMenu::storedLanguage();
    const auto restore = qScopeGuard([stored] { LanguageMenu::storeLanguage(stored); });
    auto *menu = m_window->findChild<LanguageMenu *>();
    QVERIFY(menu);
    QAction *deutsch = nullptr;
    for (QAction *action : menu->actions())
        if (action->data().toString() == u"de")
            deutsch = action;
    QVERIFY(deutsch);

    // Choosing a language asks to restart; "Later" leaves the window as it is.
    bool asked = false;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"restartForLanguage")
            return;
        asked = true;
        for (QAbstractButton *b : box->buttons())
            if (b->accessibleName() == u"Restart later")
                QMetaObject::invokeMethod(b, &QAbstractButton::click, Qt::QueuedConnection);
    });
    driver.start();
    deutsch->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(asked, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), Timeout);
    driver.stop();
    QCOMPARE(LanguageMenu::storedLanguage(), u"de"_s);
    QVERIFY(m_window->isVisible());

    // "Restart now": the window closes, the same program starts with this run's arguments, the app quits.
    QString program;
    QStringList arguments;
    bool quit = false;
    QVERIFY(AppRestarter::restart(
        m_window.get(),
        [&](const QString &p, const QStringList &a) {
            program = p;
            arguments = a;
            return true;
        },
        [&] { quit = true; }));
    QVERIFY(!m_window->isVisible());
    QCOMPARE(program, QCoreApplication::applicationFilePath());
    QCOMPARE(arguments, AppRestarter::restartArguments(QCoreApplication::arguments()));
    QVERIFY(quit);
}

void TestPolish::restartAsksAboutUnsavedWork()
{
    // A slow server keeps an edit pending while the restart closes the window.
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = 5;
    options.latencyMs = 1500;
    SandboxServer slow(options);
    QVERIFY(slow.listen() != 0);
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    ConnectionSettings settings;
    settings.baseUrl = slow.baseUrl();
    settings.apiKey = SandboxServer::demoKey();
    settings.maxRetries = 0;
    settings.requestsPerMinute = 1000000;
    m_window->openConnection(settings, QStringLiteral("Slow"), QStringLiteral("slow"));
    m_window->show();
    m_window->selectFirstGroupWhenLoaded();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->detailPane()->hasGroup(), Timeout);
    EditService *edits = m_window->session()->edits();
    QSignalSpy succeeded(edits, &EditService::editSucceeded);
    edits->setGroupProperty(0, m_window->workspace()->detailPane()->group().key, QStringLiteral("plan"),
                            QJsonValue(QStringLiteral("team")));
    QCOMPARE(edits->pendingCount(), 1);

    QString question;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        QMetaObject::invokeMethod(box->button(QMessageBox::Cancel), &QAbstractButton::click, Qt::QueuedConnection);
    });
    driver.start();
    bool launched = false;
    QVERIFY(!AppRestarter::restart(
        m_window.get(),
        [&](const QString &, const QStringList &) {
            launched = true;
            return true;
        },
        [] {}));
    driver.stop();
    QVERIFY2(question.contains(u"still being saved"_s), qPrintable(question));
    QVERIFY(!launched);
    QVERIFY(m_window->isVisible());
    QVERIFY(succeeded.wait(Timeout)); // the edit was not lost
}

QTEST_MAIN(TestPolish)
#include "tst_polish.moc"
