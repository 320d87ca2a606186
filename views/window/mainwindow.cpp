#include "mainwindow.h"

#include "apierror.h"
#include "appicons.h"
#include "apprestarter.h"
#include "browseworkspace.h"
#include "bulkselectionactions.h"
#include "connectionfailurepage.h"
#include "connectionsession.h"
#include "editfailure.h"
#include "editservice.h"
#include "errorbanner.h"
#include "groupdetailpane.h"
#include "groupsmodel.h"
#include "groupsortfilterproxy.h"
#include "groupstablepanel.h"
#include "grouptypesmodel.h"
#include "helpmenu.h"
#include "importwizard.h"
#include "keychainstore.h"
#include "languagemenu.h"
#include "posthogclient.h"
#include "posthogsession.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sessioncontroller.h"
#include "shortcutpriority.h"
#include "tableexporter.h"
#include "tabnavigation.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

MainWindow::MainWindow(ProfileStore *profiles, KeychainStore *keychain, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_banner(new ErrorBanner(this))
    , m_switcher(new QComboBox(this))
    , m_requests(new QLabel(this))
    , m_lastError(new QLabel(this))
    , m_sessionController(new SessionController(this, keychain, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GroupDesk"));
    setWindowIcon(AppIcons::application());
    createActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The profile's colour tag as a band across the window, so a production connection is
    // recognisable at a glance, not only in the switcher's small swatch.
    m_stripe = new QFrame(central);
    m_stripe->setObjectName(QStringLiteral("profileColorStripe"));
    m_stripe->setFixedHeight(4);
    m_stripe->setAutoFillBackground(true);
    m_stripe->hide();
    layout->addWidget(m_stripe);
    layout->addWidget(m_banner);
    auto *placeholder = new QLabel(tr("Not connected. Use File → New connection… to connect to PostHog."), central);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setObjectName(QStringLiteral("placeholder"));
    layout->addWidget(placeholder, 1);
    m_failure = new ConnectionFailurePage(central);
    m_failure->hide();
    layout->addWidget(m_failure, 1);
    connect(m_failure, &ConnectionFailurePage::retryRequested, this, &MainWindow::retryConnection);
    connect(m_failure, &ConnectionFailurePage::settingsRequested, this, &MainWindow::editConnection);
    connect(m_failure, &ConnectionFailurePage::signInRequested, this, &MainWindow::signInAndRetry);
    setCentralWidget(central);

    m_requests->setAccessibleName(tr("Requests in flight"));
    m_lastError->setAccessibleName(tr("Last error"));
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_lastError, 1);
    statusBar()->addPermanentWidget(m_sessionController->statusLabel());
    statusBar()->addPermanentWidget(m_requests);
    m_requests->setText(tr("Idle"));

    connect(m_banner, &ErrorBanner::actionTriggered, this, &MainWindow::editConnection);
    if (m_profiles)
        connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::rebuildProfileSwitcher);
    rebuildProfileSwitcher();
    resize(1400, 860);
}

MainWindow::~MainWindow()
{
    closeSession();
}

void MainWindow::closeSession()
{
    // The workspace's models reference the session: delete them in that order.
    delete m_workspace;
    m_workspace = nullptr;
    m_sessionController->attach(nullptr, nullptr);
    delete m_session;
    m_session = nullptr;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newConnection =
        file->addAction(AppIcons::action(AppIcons::Action::Add), tr("&New connection…"), this, &MainWindow::newProfile);
    m_editConnection = file->addAction(AppIcons::action(AppIcons::Action::Settings), tr("&Connection settings…"), this,
                                       &MainWindow::editConnection);
    m_removeConnection = file->addAction(AppIcons::action(AppIcons::Action::Delete), tr("&Remove connection…"), this,
                                         &MainWindow::removeConnection);
    file->addSeparator();
    file->addAction(m_sessionController->signInAction());
    file->addAction(m_sessionController->signOutAction());
    file->addSeparator();
    m_export = file->addAction(AppIcons::action(AppIcons::Action::Export), tr("&Export groups…"), this,
                               &MainWindow::exportDialog);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_import = file->addAction(tr("&Import groups…"), this, [this] {
        if (!m_session || !m_workspace)
            return;
        auto *wizard = new ImportWizard(m_session->client(), m_session->edits(),
                                        m_workspace->groupsPanel()->model()->groupType(), this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
    });
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(AppIcons::action(AppIcons::Action::Undo), tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(AppIcons::action(AppIcons::Action::Redo), tr("&Redo"));
    // Ctrl+Shift+Z on every platform, plus the platform's own redo keys (Ctrl+Y on Windows).
    // Each sequence once: the same key twice on one action is an "ambiguous overload" and
    // then neither fires.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redo->setShortcuts(redoKeys);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    edit->addSeparator();
    m_copy = edit->addAction(AppIcons::action(AppIcons::Action::Copy), tr("&Copy selection"), this,
                             &MainWindow::copySelection);
    m_copy->setShortcut(QKeySequence::Copy);
    // Only when a table has focus: line edits keep their own Ctrl+C.
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = edit->addAction(AppIcons::action(AppIcons::Action::Delete), tr("&Delete property…"), this,
                               &MainWindow::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    // Owned by the properties table alone (see startSession): the Group types and Usage
    // metrics tables have their own Delete, and two owners of one key make neither fire.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_find = edit->addAction(AppIcons::action(AppIcons::Action::Search), tr("&Find groups"), this, [this] {
        if (m_workspace)
            m_workspace->groupsPanel()->focusSearch();
    });
    m_find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refresh =
        view->addAction(AppIcons::action(AppIcons::Action::Refresh), tr("&Refresh"), this, &MainWindow::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_loadAll = view->addAction(AppIcons::action(AppIcons::Action::LoadAll), tr("&Load all groups"), this, [this] {
        if (m_workspace)
            m_workspace->groupsPanel()->loadAll();
    });

    auto *language = new LanguageMenu(view);
    view->addSeparator();
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("The language changes when GroupDesk starts next."), 8000);
        // Queued: the menu closes before the question opens.
        QMetaObject::invokeMethod(
            this, [this] { AppRestarter::offerRestart(this); }, Qt::QueuedConnection);
    });
    menuBar()->addMenu(new HelpMenu(this));
    // Ctrl+E exports even from the search box (a line edit would take it as "end of line").
    new ShortcutPriority(this, {m_export});

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    auto *switcherLabel = new QLabel(tr("Connection:"), toolbar);
    switcherLabel->setBuddy(m_switcher);
    toolbar->addWidget(switcherLabel);
    m_switcher->setAccessibleName(tr("Connection profile"));
    m_switcher->setMinimumContentsLength(18);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(m_switcher);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addAction(m_export);
    connect(m_switcher, &QComboBox::activated, this, [this](int row) {
        const QString id = m_switcher->itemData(row).toString();
        if (id.isEmpty() && m_hasProfile && m_adhoc) {
            const StartArgs adhoc = *m_adhoc;
            openConnection(adhoc.settings, adhoc.displayName, adhoc.layoutId, adhoc.nam);
            return;
        }
        if (!m_profiles || id.isEmpty() || (m_hasProfile && id == m_profile.id))
            return;
        openProfile(m_profiles->profile(id));
    });
}

void MainWindow::rebuildProfileSwitcher()
{
    if (m_removeConnection)
        m_removeConnection->setEnabled(m_hasProfile);
    const QColor tag = m_hasProfile ? QColor::fromString(m_profile.colorTag) : QColor();
    if (m_stripe) {
        if (tag.isValid()) {
            QPalette palette = m_stripe->palette();
            palette.setColor(QPalette::Window, tag);
            m_stripe->setPalette(palette);
            m_stripe->setToolTip(tr("Colour tag of the connection \u201c%1\u201d").arg(m_profile.name));
        }
        m_stripe->setVisible(tag.isValid());
    }
    m_switcher->clear();
    if (!m_profiles)
        return;
    // The profile-less connection (Demo, --host) stays available next to the profiles.
    if (m_adhoc)
        m_switcher->addItem(m_adhoc->displayName, QString());
    else if (!m_hasProfile && !m_displayName.isEmpty())
        m_switcher->addItem(m_displayName, QString());
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        QIcon icon;
        if (!profile.colorTag.isEmpty()) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor::fromString(profile.colorTag));
            icon = QIcon(swatch);
        }
        m_switcher->addItem(icon, profile.name, profile.id);
    }
    if (m_hasProfile)
        m_switcher->setCurrentIndex(qMax(0, m_switcher->findData(m_profile.id)));
    else
        m_switcher->setCurrentIndex(0);
}

void MainWindow::openConnection(const ConnectionSettings &settings, const QString &displayName, const QString &layoutId,
                                QNetworkAccessManager *nam)
{
    m_hasProfile = false;
    m_adhoc = StartArgs{settings, QString(), displayName, layoutId, nam};
    startSession(settings, QString(), displayName, layoutId, nam);
}

void MainWindow::openProfile(const ConnectionProfile &profile)
{
    if (!m_keychain)
        return;
    m_keychain->readKey(profile, this, [this, profile](const KeychainResult &result) {
        switch (result.error) {
        case KeychainResult::Error::None:
            m_profile = profile;
            m_hasProfile = true;
            if (m_profiles)
                m_profiles->setLastUsedId(profile.id);
            startSession(profile.toSettings(result.key), profile.id, profile.name, profile.id);
            return;
        case KeychainResult::Error::NotFound:
            openWithoutKey(profile);
            return;
        case KeychainResult::Error::NoBackend:
            // Say it plainly and keep working: the key lives in memory until the app quits.
            m_sessionNotice = KeychainStore::noBackendMessage() + QLatin1Char(' ')
                              + tr("GroupDesk will ask for the key at each start and keep it in memory only.");
            askForKey(profile, KeychainStore::noBackendMessage(), false);
            return;
        default:
            m_sessionNotice = result.message;
            askForKey(profile, result.message, false);
            return;
        }
    });
}

void MainWindow::openWithoutKey(const ConnectionProfile &profile)
{
    // A session-only profile: its saved PostHog sign-in serves every call. Whether the server
    // still honours it shows on the first call; a refusal offers the sign-in (onStartFailed).
    m_keychain->readSession(profile, this, [this, profile](const KeychainResult &saved) {
        if (!saved.ok() || saved.key.isEmpty()) {
            askSignInOrKey(profile);
            return;
        }
        m_sessionController->adoptCookies(saved.key.toLatin1());
        m_profile = profile;
        m_hasProfile = true;
        if (m_profiles)
            m_profiles->setLastUsedId(profile.id);
        startSession(profile.toSettings(QString()), profile.id, profile.name, profile.id);
        m_offerSignInOnRefusal = true;
    });
}

void MainWindow::askSignInOrKey(const ConnectionProfile &profile)
{
    // A session-only profile after a sign-out (or a keychain entry removed by hand) has
    // nothing to connect with. Its owner most likely wants the sign-in back; a key works too.
    QMessageBox box(
        QMessageBox::Question, tr("Connect to %1").arg(profile.name),
        tr("GroupDesk has neither a personal API key nor a PostHog sign-in for \u201c%1\u201d.").arg(profile.name),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("signInOrKeyBox"));
    box.setInformativeText(tr("Sign in to PostHog as in its web app, or enter a personal API key."));
    QPushButton *signIn = box.addButton(tr("Sign &In to PostHog…"), QMessageBox::AcceptRole);
    QPushButton *key = box.addButton(tr("Enter API &Key…"), QMessageBox::ActionRole);
    signIn->setObjectName(QStringLiteral("signInChoice"));
    key->setObjectName(QStringLiteral("apiKeyChoice"));
    box.setDefaultButton(signIn);
    box.exec();
    if (box.clickedButton() == key) {
        askForKey(profile, tr("No API key is stored for \"%1\" yet.").arg(profile.name), true);
        return;
    }
    if (box.clickedButton() != signIn)
        return;
    // Signed in before the connection exists, as the profile dialog does; the connection
    // adopts the cookies and the session controller saves them to the keychain.
    PostHogSession session(profile.baseUrl());
    const QString reason = tr("Sign in to %1 for \u201c%2\u201d.").arg(profile.baseUrl().host(), profile.name);
    if (!SessionController::runSignIn(this, &session, reason) || !session.isSignedIn())
        return;
    m_sessionController->adoptCookies(session.saveCookies());
    m_profile = profile;
    m_hasProfile = true;
    if (m_profiles)
        m_profiles->setLastUsedId(profile.id);
    startSession(profile.toSettings(QString()), profile.id, profile.name, profile.id);
}

void MainWindow::signInAndRetry()
{
    const QString host = m_started.settings.baseUrl.host();
    const QString reason = m_sessionController->startedSignedIn()
                               ? tr("Your PostHog sign-in to %1 has ended. Sign in again to go on.").arg(host)
                               : tr("Sign in to %1 to connect.").arg(host);
    if (m_sessionController->signIn(reason))
        retryConnection();
}

void MainWindow::askForKey(const ConnectionProfile &profile, const QString &why, bool storeInKeychain)
{
    bool ok = false;
    const QString key =
        QInputDialog::getText(this, tr("API key for %1").arg(profile.name),
                              why + QLatin1Char('\n') + tr("Personal API key:"), QLineEdit::Password, QString(), &ok)
            .trimmed();
    if (!ok || key.isEmpty()) {
        // Without a key there is no connection; still say why (e.g. no keychain).
        if (!m_sessionNotice.isEmpty())
            m_banner->showMessage(m_sessionNotice);
        m_sessionNotice.clear();
        return;
    }
    if (storeInKeychain && m_keychain) {
        m_keychain->writeKey(profile, key, this, [this](const KeychainResult &result) {
            if (!result.ok())
                m_banner->showMessage(result.message);
        });
    }
    m_profile = profile;
    m_hasProfile = true;
    if (m_profiles)
        m_profiles->setLastUsedId(profile.id);
    startSession(profile.toSettings(key), profile.id, profile.name, profile.id);
}

void MainWindow::newProfile()
{
    newProfileFrom(ConnectionProfile::create(), QString());
}

void MainWindow::newProfileFrom(const ConnectionProfile &start, const QString &apiKey)
{
    ProfileDialog dialog(start, apiKey, this);
    if (dialog.exec() != QDialog::Accepted || !m_profiles)
        return;
    const ConnectionProfile profile = m_profiles->save(dialog.profile());
    const QString key = dialog.apiKey();
    // A sign-in made in the dialog: the new connection starts with it (and keeps it in the keychain).
    if (const QByteArray cookies = dialog.sessionCookies(); !cookies.isEmpty())
        m_sessionController->adoptCookies(cookies);
    if (m_keychain && !key.isEmpty()) {
        m_keychain->writeKey(profile, key, this, [this](const KeychainResult &result) {
            if (!result.ok())
                m_banner->showMessage(result.message + QLatin1Char(' ')
                                      + tr("The key is kept in memory until GroupDesk quits."));
        });
    }
    m_profile = profile;
    m_hasProfile = true;
    m_profiles->setLastUsedId(profile.id);
    startSession(profile.toSettings(key), profile.id, profile.name, profile.id);
}

void MainWindow::editConnection()
{
    if (!m_hasProfile || !m_profiles) {
        // A connection without a profile (--host, --demo): start from the host and project in use.
        if (m_session)
            newProfileFrom(ConnectionProfile::fromSettings(m_started.settings, m_displayName),
                           m_started.settings.apiKey);
        else
            newProfile();
        return;
    }
    const QString currentKey = m_session ? m_session->client()->settings().apiKey : QString();
    ProfileDialog dialog(m_profile, currentKey, this);
    if (PostHogSession *signedIn = m_sessionController->session(); signedIn && signedIn->isSignedIn())
        dialog.setSignedInAs(signedIn->userEmail());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile before = m_profile;
    const ConnectionProfile profile = m_profiles->save(dialog.profile());
    if (const QByteArray cookies = dialog.sessionCookies(); !cookies.isEmpty())
        m_sessionController->adoptCookies(cookies);
    // The keychain entry is named after the host, so a new host means a new entry.
    const bool moved = profile.keychainKey() != before.keychainKey();
    if (m_keychain && dialog.apiKey().isEmpty() && !currentKey.isEmpty()) {
        // The key was removed: the profile goes on with its PostHog sign-in only.
        m_keychain->deleteKey(before, this, [this](const KeychainResult &removed) {
            if (!removed.ok())
                m_banner->showMessage(removed.message);
        });
    } else if (m_keychain && !dialog.apiKey().isEmpty() && (dialog.apiKey() != currentKey || moved)) {
        m_keychain->writeKey(profile, dialog.apiKey(), this, [this, before, moved](const KeychainResult &result) {
            if (!result.ok()) {
                m_banner->showMessage(result.message);
                return;
            }
            // Only once the new entry exists: a key left under the old host would be a
            // secret nobody can see or remove from GroupDesk any more.
            if (moved && m_keychain)
                m_keychain->deleteKey(before, this, [this](const KeychainResult &removed) {
                    if (!removed.ok())
                        m_banner->showMessage(removed.message);
                });
        });
    }
    m_profile = profile;
    startSession(profile.toSettings(dialog.apiKey()), profile.id, profile.name, profile.id);
}

void MainWindow::removeConnection()
{
    if (!m_hasProfile || !m_profiles)
        return;
    const ConnectionProfile profile = m_profile;
    QMessageBox box(QMessageBox::Warning, tr("Remove connection"),
                    tr("Remove the connection \u201c%1\u201d?").arg(profile.name), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Its API key is deleted from the system keychain and its window layout is "
                              "forgotten. Nothing changes on the PostHog server."));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;

    if (m_keychain)
        m_keychain->deleteKey(profile, this, [this](const KeychainResult &result) {
            if (!result.ok())
                m_banner->showMessage(result.message);
        });
    // The layout belongs to the removed profile: close without saving it.
    m_layoutId.clear();
    closeSession();
    m_hasProfile = false;
    m_profile = ConnectionProfile();
    m_displayName.clear();
    m_projectName.clear();
    m_profiles->remove(profile.id);
    if (QWidget *placeholder = centralWidget()->findChild<QWidget *>(QStringLiteral("placeholder")))
        placeholder->show();
    updateTitle();
    rebuildProfileSwitcher();
    const QList<ConnectionProfile> rest = m_profiles->profiles();
    if (!rest.isEmpty())
        openProfile(rest.first());
}

void MainWindow::startSession(const ConnectionSettings &settings, const QString &profileId, const QString &displayName,
                              const QString &layoutId, QNetworkAccessManager *nam)
{
    saveLayout();
    closeSession();
    m_offerSignInOnRefusal = false;
    // A new connection starts with a clean banner, except for what its set-up had to say.
    m_banner->hide();
    if (!m_sessionNotice.isEmpty())
        m_banner->showMessage(m_sessionNotice);
    m_sessionNotice.clear();
    m_lastError->clear();
    m_failure->hide();
    m_projectName.clear();
    m_displayName = displayName;
    m_layoutId = layoutId;
    m_started = StartArgs{settings, profileId, displayName, layoutId, nam};

    m_session = new ConnectionSession(settings, profileId, displayName, nam, this);
    m_sessionController->attach(m_session, m_hasProfile ? &m_profile : nullptr);
    PostHogClient *client = m_session->client();
    EditService *edits = m_session->edits();
    connect(client, &PostHogClient::activeRequestsChanged, this, [this](int count) {
        if (count == 0)
            m_requests->setText(tr("Idle"));
        else
            m_requests->setText(count == 1 ? tr("1 request in flight") : tr("%1 requests in flight").arg(count));
    });
    connect(client, &PostHogClient::requestFailed, this, [this](const ApiError &error) {
        // A 404 here is usually an expected probe (e.g. the client falling back from a removed
        // endpoint); models that really miss something report it themselves.
        if (error.kind() != ApiError::Kind::NotFound)
            onError(error);
    });
    connect(client, &PostHogClient::paced, this, [this](int seconds) {
        const QString when =
            seconds >= 120 ? tr("%n minute(s)", nullptr, (seconds + 59) / 60) : tr("%1 s").arg(seconds);
        statusBar()->showMessage(
            tr("PostHog allows each API key 4800 requests an hour; the next requests go out in %1.").arg(when),
            seconds * 1000);
    });
    connect(client, &PostHogClient::throttled, this, [this](int seconds) {
        statusBar()->showMessage(tr("PostHog is limiting the request rate; continuing in %1 s.").arg(seconds),
                                 qMax(2, seconds) * 1000);
    });
    connect(edits, &EditService::editFailed, this, [this](const EditFailure &failure) { onError(failure.error); });
    connect(edits, &EditService::editSucceeded, this,
            [this](const QString &description) { statusBar()->showMessage(description, 4000); });
    connect(edits, &EditService::editNotice, this, [this](const QString &message) { m_banner->showMessage(message); });
    QUndoStack *stack = edits->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo,
            [this](const QString &text) { m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, m_redo,
            [this](const QString &text) { m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    // Disconnect old triggers: the actions outlive every session.
    m_undo->disconnect(this);
    m_redo->disconnect(this);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->edits()->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->edits()->undoStack()->redo();
    });
    connect(m_session, &ConnectionSession::projectResolved, this, [this](const ProjectInfo &project) {
        m_projectName = project.name;
        updateTitle();
    });
    connect(m_session, &ConnectionSession::startFailed, this, &MainWindow::onStartFailed);
    connect(m_session, &ConnectionSession::startFailed, this, [this] {
        // Browsing may go on without a project name (a key without project:read); the title
        // must not say "connecting…" for ever, and must not hide that @current is unpinned.
        if (!m_projectName.isEmpty() || !m_session)
            return;
        const QString id = m_session->client()->projectId();
        m_projectName = id == QLatin1String("@current") ? tr("current project (not pinned)") : tr("project %1").arg(id);
        updateTitle();
    });

    m_workspace = new BrowseWorkspace(m_session, centralWidget());
    connect(m_workspace, &BrowseWorkspace::errorOccurred, this, &MainWindow::onError);
    m_workspace->addAction(m_copy);
    m_workspace->detailPane()->propertiesView()->addAction(m_delete);
    TabNavigation::leaveTablesWithTab(m_workspace);
    // A message belongs to where it happened and ends with the next success.
    connect(m_workspace->tabs(), &QTabWidget::currentChanged, m_lastError, &QLabel::clear);
    connect(edits, &EditService::editSucceeded, m_lastError, &QLabel::clear);
    connect(m_session->groupTypes(), &GroupTypesModel::loaded, m_lastError, &QLabel::clear);
    connect(m_workspace->groupsPanel()->model(), &GroupsModel::pageLoaded, m_lastError, &QLabel::clear);
    new BulkSelectionActions(m_workspace->groupsPanel(), m_session->client(), m_session->edits());
    auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    if (QWidget *placeholder = centralWidget()->findChild<QWidget *>(QStringLiteral("placeholder")))
        placeholder->hide();
    layout->addWidget(m_workspace, 1);

    if (m_profiles) {
        const QByteArray geometry = m_profiles->windowState(layoutId, QStringLiteral("geometry"));
        if (!geometry.isEmpty())
            restoreGeometry(geometry);
        m_workspace->restoreLayout(m_profiles, layoutId);
    }
    rebuildProfileSwitcher();
    updateTitle();
    m_session->start();
}

void MainWindow::selectFirstGroupWhenLoaded()
{
    if (m_workspace)
        m_workspace->selectFirstGroupWhenLoaded();
}

void MainWindow::saveLayout()
{
    if (!m_profiles || m_layoutId.isEmpty() || !m_workspace)
        return;
    m_profiles->saveWindowState(m_layoutId, QStringLiteral("geometry"), saveGeometry());
    m_workspace->saveLayout(m_profiles, m_layoutId);
}

void MainWindow::updateTitle()
{
    if (m_displayName.isEmpty()) {
        setWindowTitle(tr("GroupDesk"));
        return;
    }
    const QString project = m_projectName.isEmpty() ? tr("connecting…") : m_projectName;
    setWindowTitle(tr("%1 — %2").arg(m_displayName, project));
}

void MainWindow::onError(const ApiError &error)
{
    if (error.isOk() || error.kind() == ApiError::Kind::Cancelled)
        return;
    m_lastError->setText(tr("Last error: %1").arg(error.userMessage()));
    if (ErrorBanner::needsAction(error))
        m_banner->showError(error);
}

QString MainWindow::lastErrorText() const
{
    return m_lastError->text();
}

bool MainWindow::exportGroups(const QString &path, QString *error, bool byteOrderMark) const
{
    if (!m_workspace) {
        *error = tr("Nothing to export: not connected.");
        return false;
    }
    GroupsTablePanel *panel = m_workspace->groupsPanel();
    QByteArray data;
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        // JSON keeps every property with its type, in the order the table shows the rows.
        QJsonArray array;
        const GroupSortFilterProxy *proxy = panel->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            array.append(panel->model()->group(proxy->mapToSource(proxy->index(row, 0)).row()).toJson());
        data = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        data = TableExporter::toCsv(panel->proxy(), panel->view()->horizontalHeader(), byteOrderMark);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MainWindow::exportDialog()
{
    if (!m_workspace)
        return;
    QString selectedFilter;
    const QString excel = tr("CSV for Excel, UTF-8 with BOM (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export groups"), tr("groups.csv"),
        tr("CSV (*.csv)") + QStringLiteral(";;") + excel + QStringLiteral(";;") + tr("JSON (*.json)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString error;
    if (exportGroups(path, &error, selectedFilter == excel)) {
        const int rows = m_workspace->groupsPanel()->proxy()->rowCount();
        QString note = tr("Exported %1 groups to %2.").arg(rows).arg(QDir::toNativeSeparators(path));
        if (m_workspace->groupsPanel()->model()->hasMore())
            note += QLatin1Char(' ') + tr("Only loaded groups were exported; use Load all first for everything.");
        statusBar()->showMessage(note, 8000);
    } else {
        m_lastError->setText(error);
    }
}

void MainWindow::copySelection()
{
    if (!m_workspace)
        return;
    QWidget *focus = QApplication::focusWidget();
    QTableView *properties = m_workspace->detailPane()->propertiesView();
    const QString text = (focus == properties) ? TableExporter::selectionToTsv(properties->selectionModel())
                                               : m_workspace->groupsPanel()->selectionAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void MainWindow::onStartFailed(const ApiError &error)
{
    if (!ConnectionFailurePage::isFatal(error) || !m_session) {
        onError(error);
        return;
    }
    // Nothing to browse: the page says what failed and what to do, instead of empty tables.
    m_banner->hide();
    m_lastError->clear();
    if (m_workspace)
        m_workspace->hide();
    const ConnectionSettings &settings = m_started.settings;
    // Without a key, a 401 means the sign-in ended (the session had cookies) or never was.
    using Credential = ConnectionFailurePage::Credential;
    const bool hadSignIn = m_sessionController->startedSignedIn();
    const Credential credential = !settings.apiKey.trimmed().isEmpty() ? Credential::ApiKey
                                  : hadSignIn                          ? Credential::SignIn
                                                                       : Credential::NoneGiven;
    m_failure->showFailure(error,
                           settings.baseUrl.host().isEmpty() ? settings.baseUrl.toString() : settings.baseUrl.host(),
                           settings.projectId.isEmpty() ? QStringLiteral("@current") : settings.projectId, credential);
    const bool signInRefused = credential != Credential::ApiKey && error.kind() == ApiError::Kind::Unauthenticated;
    (signInRefused ? m_failure->signInButton() : m_failure->retryButton())->setFocus();
    // The saved sign-in ended while GroupDesk was closed: offer the sign-in at once instead of
    // leaving the user at a dead end (once; the page's button stays for later).
    if (signInRefused && std::exchange(m_offerSignInOnRefusal, false))
        QTimer::singleShot(0, this, &MainWindow::signInAndRetry);
}

void MainWindow::retryConnection()
{
    if (!m_session && m_started.settings.baseUrl.isEmpty())
        return;
    const StartArgs again = m_started;
    startSession(again.settings, again.profileId, again.displayName, again.layoutId, again.nam);
}

void MainWindow::refresh()
{
    if (m_failure->isVisible()) {
        retryConnection();
        return;
    }
    if (!m_session)
        return;
    m_banner->hide();
    m_workspace->groupsPanel()->reload();
}

void MainWindow::deleteSelected()
{
    if (m_workspace && QApplication::focusWidget() == m_workspace->detailPane()->propertiesView())
        m_workspace->detailPane()->deleteCurrentProperty(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved work: edits still on their way to PostHog (or held for a sign-in) would be lost.
    const int pending = m_session ? m_session->edits()->pendingCount() : 0;
    if (pending > 0
        && QMessageBox::question(
               this, tr("Changes not saved yet"),
               tr("%n change(s) are still being saved to PostHog. Close anyway and lose them?", nullptr, pending),
               QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Close) {
        event->ignore();
        return;
    }
    saveLayout();
    if (m_profiles)
        m_profiles->sync();
    QMainWindow::closeEvent(event);
    event->accept();
}
