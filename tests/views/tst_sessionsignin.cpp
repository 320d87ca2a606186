// The "Sign in to PostHog" dialog and SessionController, offscreen, against the in-process
// sandbox over loopback: refusals shown in the dialog, the two-factor step, keyboard and
// accessible names, the session's cookies in the keychain (never in a file), and that no
// password or cookie value reaches any file under the test's HOME or any log line.
#include "connectionsession.h"
#include "editservice.h"
#include "grouptypesmodel.h"
#include "inlineerrorlabel.h"
#include "keychainstore.h"
#include "mainwindow.h"
#include "memorysecretbackend.h"
#include "posthogclient.h"
#include "posthogsession.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "sandboxsessionauth.h"
#include "sessioncontroller.h"
#include "sessionsignin.h"
#include "sessionsignindialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QLineEdit *field(QWidget *dialog, const QString &accessibleName)
{
    const auto edits = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QAbstractButton *button(QWidget *dialog, const QString &accessibleName)
{
    const auto buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

/// What a window test needs around its MainWindow: a settings file of its own, the profile
/// store over it, and a keychain in memory that `secrets` looks into.
class ProfileWorld
{
public:
    ProfileWorld()
        : settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat)
        , profiles(&settings)
        , keychain(takeBackend())
    { }
    Q_DISABLE_COPY_MOVE(ProfileWorld)
    ~ProfileWorld() = default;

    QTemporaryDir dir;
    QSettings settings;
    ProfileStore profiles;
    MemorySecretBackend *secrets = nullptr;
    KeychainStore keychain;

private:
    std::unique_ptr<MemorySecretBackend> takeBackend()
    {
        auto backend = std::make_unique<MemorySecretBackend>();
        secrets = backend.get();
        return backend;
    }
};

/// Calls `step` every 50 ms while it runs: the tests answer modal dialogs from it, because
/// the call that opens one does not return until it is closed.
class ModalDriver
{
public:
    explicit ModalDriver(const std::function<void()> &step)
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, step);
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

private:
    QTimer m_timer;
};
} // namespace

class TestSessionSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wrongPasswordIsShownInTheDialog();
    void twoFactorStepByKeyboard();
    void ssoPointsToTheBrowser();
    void passkeyAndSamlPointToTheBrowser();
    void everyWidgetHasAnAccessibleName();
    void controllerKeepsCookiesInTheKeychainOnly();
    void sessionOnlyProfileConnectsAndRenames();
    void expiredSavedSignInIsOfferedAtOpen();
    void profileWithNothingSavedOffersSignIn();
    void keylessConnectionPageSignsIn();
    void noSecretInFilesOrLogs();

private:
    /// A session-only profile (no key) pointing at the sandbox, with `cookies` saved as its
    /// sign-in when given.
    ConnectionProfile sessionOnlyProfile(ProfileStore &profiles, KeychainStore &keychain,
                                         const QByteArray &cookies = QByteArray());
    /// Adds `session`'s cookie values to the secrets noSecretInFilesOrLogs() looks for.
    void rememberCookies(const PostHogSession *session);
    /// Drives the sign-in dialog whenever it is the active modal: signs `plain` in.
    void answerSignIn(int *shown, QString *reason);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PostHogSession> m_session;
    QList<QByteArray> m_secrets; ///< every password and cookie value seen
};

void TestSessionSignIn::initTestCase()
{
    previousHandler = qInstallMessageHandler(recordMessage);
    // Every log category on: the check below must see what a debug run would write.
    QLoggingCategory::setFilterRules(u"groupdesk.*=true"_s);
    m_secrets.append(SandboxSessionAuth::demoPassword().toUtf8());
}

void TestSessionSignIn::init()
{
    SandboxOptions options;
    options.groupsPerType = 10;
    options.metadataPakDeny = true;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_session = std::make_unique<PostHogSession>(m_server->baseUrl());
}

void TestSessionSignIn::cleanup()
{
    if (m_session) {
        rememberCookies(m_session.get());
    }
    m_session.reset();
    m_server.reset();
}

void TestSessionSignIn::wrongPasswordIsShownInTheDialog()
{
    SessionSignInDialog dialog(m_session.get(), QString(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *email = field(&dialog, u"Email"_s);
    QLineEdit *password = field(&dialog, u"Password"_s);
    QVERIFY(email && password);
    QTest::keyClicks(email, SandboxSessionAuth::accountEmail(u"plain"_s));
    QTest::keyClicks(password, u"not-the-password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(password->text().isEmpty()); // cleared as soon as it was sent
    auto *error = dialog.findChild<InlineErrorLabel *>();
    QTRY_COMPARE_WITH_TIMEOUT(error->text(), u"Wrong email or password."_s, 20000);
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(QApplication::focusWidget(), password);
}

void TestSessionSignIn::twoFactorStepByKeyboard()
{
    SessionSignInDialog dialog(m_session.get(), QString(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *code = field(&dialog, u"Two-factor code"_s);
    QVERIFY(!code->isVisible());
    QTest::keyClicks(field(&dialog, u"Email"_s), SandboxSessionAuth::demoEmail());
    QTest::keyClick(field(&dialog, u"Email"_s), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), SandboxSessionAuth::demoPassword());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), code, 5000);

    QTest::keyClicks(code, u"999999"_s);
    QTest::keyClick(code, Qt::Key_Return);
    auto *error = dialog.findChild<InlineErrorLabel *>();
    QTRY_COMPARE_WITH_TIMEOUT(
        error->text(),
        u"That code is not right. Enter the current code from your authenticator app, or a backup code."_s, 20000);
    QVERIFY(code->isVisible()); // still on the code step
    QTest::qWait(1100);         // django-otp's one-second throttle after a wrong code
    code->clear();
    QTest::keyClicks(code, SandboxSessionAuth::demoTotpCode());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(accepted.wait(20000));
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->userEmail(), SandboxSessionAuth::demoEmail());
}

void TestSessionSignIn::ssoPointsToTheBrowser()
{
    SessionSignInDialog dialog(m_session.get(), QString(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(field(&dialog, u"Email"_s), SandboxSessionAuth::accountEmail(u"sso"_s));
    QTest::keyClicks(field(&dialog, u"Password"_s), u"whatever"_s);
    QTest::keyClick(field(&dialog, u"Password"_s), Qt::Key_Return);
    auto *error = dialog.findChild<InlineErrorLabel *>();
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(u"Sign in with browser"_s), 20000);
    QAbstractButton *browser = button(&dialog, u"Sign in with browser"_s);
    QVERIFY(browser);
    QCOMPARE(QApplication::focusWidget(), browser);
    browser->click();
    QVERIFY(dialog.browserRequested());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestSessionSignIn::passkeyAndSamlPointToTheBrowser()
{
    SessionSignInDialog dialog(m_session.get(), QString(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = dialog.findChild<InlineErrorLabel *>();
    QAbstractButton *browser = button(&dialog, u"Sign in with browser"_s);
    QVERIFY(browser);
    // A passkey as the only second factor: the browser, or a backup code in the code field.
    QTest::keyClicks(field(&dialog, u"Email"_s), SandboxSessionAuth::accountEmail(u"passkey"_s));
    QTest::keyClicks(field(&dialog, u"Password"_s), SandboxSessionAuth::demoPassword());
    QTest::keyClick(field(&dialog, u"Password"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(u"passkey"_s), 20000);
    QVERIFY(error->text().contains(u"Sign in with browser"_s));
    QCOMPARE(QApplication::focusWidget(), browser);
    QLineEdit *code = field(&dialog, u"Two-factor code"_s);
    QVERIFY(code->isVisible());
    code->setFocus(); // the user clicks into the code field for a backup code
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), code, 5000);
    QTest::keyClicks(code, SandboxSessionAuth::demoBackupCode());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(accepted.wait(20000));
    QVERIFY(m_session->isSignedIn());

    // SAML on offer for the domain: a refused password names the browser and focuses it.
    PostHogSession other(m_server->baseUrl());
    SessionSignInDialog saml(&other, QString(), true);
    saml.show();
    QVERIFY(QTest::qWaitForWindowExposed(&saml));
    QTest::keyClicks(field(&saml, u"Email"_s), SandboxSessionAuth::accountEmail(u"saml"_s));
    QTest::keyClicks(field(&saml, u"Password"_s), u"anything"_s);
    QTest::keyClick(field(&saml, u"Password"_s), Qt::Key_Return);
    auto *samlError = saml.findChild<InlineErrorLabel *>();
    QTRY_VERIFY_WITH_TIMEOUT(samlError->text().contains(u"SAML"_s), 20000);
    QCOMPARE(QApplication::focusWidget(), button(&saml, u"Sign in with browser"_s));
}

void TestSessionSignIn::everyWidgetHasAnAccessibleName()
{
    SessionSignInDialog dialog(m_session.get(), QString(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto widgets = dialog.findChildren<QWidget *>();
    int interactive = 0;
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QDialogButtonBox *>(widget))
            continue;
        ++interactive;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    QVERIFY(interactive >= 6); // email, password, code, link, sign in, browser, cancel
}

void TestSessionSignIn::controllerKeepsCookiesInTheKeychainOnly()
{
    auto backend = std::make_unique<MemorySecretBackend>();
    MemorySecretBackend *secrets = backend.get();
    KeychainStore keychain(std::move(backend));
    QWidget window;
    SessionController controller(&window, &keychain);
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = SandboxServer::demoKey();
    ConnectionSession connection(settings, u"p1"_s, u"Sandbox"_s);
    ConnectionProfile profile = ConnectionProfile::create(u"Sandbox"_s);
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = m_server->baseUrl().toString();
    controller.attach(&connection, &profile);
    QVERIFY(controller.session());
    QCOMPARE(connection.client()->session(), controller.session());
    QCOMPARE(controller.statusLabel()->text(), u"Not signed in to PostHog"_s);

    SessionSignIn signIn(controller.session());
    QSignalSpy succeeded(&signIn, &SessionSignIn::succeeded);
    QByteArray password = SandboxSessionAuth::demoPassword().toUtf8();
    signIn.start(SandboxSessionAuth::accountEmail(u"plain"_s), password);
    QVERIFY(succeeded.wait(20000));
    QCOMPARE(controller.statusLabel()->text(), u"PostHog: %1"_s.arg(SandboxSessionAuth::accountEmail(u"plain"_s)));
    const QString service = QString::fromLatin1(KeychainStore::ServiceName);
    QTRY_VERIFY_WITH_TIMEOUT(secrets->contains(service, KeychainStore::sessionKeychainKey(profile)), 10000);
    const QByteArray saved = secrets->secret(service, KeychainStore::sessionKeychainKey(profile)).toLatin1();
    QVERIFY(saved.contains(controller.session()->csrfToken()));
    rememberCookies(controller.session());

    // The rename the key may not do goes through the session.
    QSignalSpy changed(connection.edits(), &EditService::groupTypesChanged);
    EditJob *job = connection.edits()->renameGroupType(1, u"Firm"_s, std::nullopt);
    QSignalSpy finished(job, &EditJob::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(0).value<EditResult>().ok(),
             qPrintable(finished.at(0).at(0).value<EditResult>().failure.error.userMessage()));

    // Sign out: the server forgets the session, the keychain entry goes.
    QVERIFY(controller.signOutAction()->isEnabled());
    controller.signOutAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!secrets->contains(service, KeychainStore::sessionKeychainKey(profile)), 10000);
    QCOMPARE(m_server->sessionAuth()->activeSessionCount(), 0);
    QCOMPARE(controller.statusLabel()->text(), u"Not signed in to PostHog"_s);
    QVERIFY(!controller.signOutAction()->isEnabled());
}

void TestSessionSignIn::sessionOnlyProfileConnectsAndRenames()
{
    ProfileWorld world;
    QVERIFY(world.dir.isValid());
    ProfileStore &profiles = world.profiles;
    KeychainStore &keychain = world.keychain;
    MemorySecretBackend *secrets = world.secrets;
    auto window = std::make_unique<MainWindow>(&profiles, &keychain);
    window->show();

    // Drives the modal dialogs newProfile() opens: no key is refused, then a sign-in instead.
    int stage = 0;
    QString refusal;
    ModalDriver driver([&] {
        QWidget *modal = QApplication::activeModalWidget();
        const auto clickLater = [](QAbstractButton *b) {
            QMetaObject::invokeMethod(b, &QAbstractButton::click, Qt::QueuedConnection);
        };
        if (auto *profileDialog = qobject_cast<ProfileDialog *>(modal)) {
            auto *buttons = profileDialog->findChild<QDialogButtonBox *>();
            if (stage == 0) {
                profileDialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Session only"_s);
                profileDialog->findChild<QComboBox *>(u"hostCombo"_s)->setCurrentIndex(2);
                profileDialog->findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_server->baseUrl().toString());
                stage = 1;
                clickLater(buttons->button(QDialogButtonBox::Save));
            } else if (stage == 1) {
                refusal = profileDialog->findChild<QLabel *>(u"resultLabel"_s)->text();
                stage = 2;
                clickLater(profileDialog->findChild<QAbstractButton *>(u"signInButton"_s));
            } else if (stage == 3 && !profileDialog->sessionUser().isEmpty()) {
                stage = 4;
                clickLater(buttons->button(QDialogButtonBox::Save));
            }
        } else if (auto *signInDialog = qobject_cast<SessionSignInDialog *>(modal); signInDialog && stage == 2) {
            field(signInDialog, u"Email"_s)->setText(SandboxSessionAuth::accountEmail(u"plain"_s));
            field(signInDialog, u"Password"_s)->setText(SandboxSessionAuth::demoPassword());
            stage = 3;
            clickLater(button(signInDialog, u"Sign in"_s));
        }
    });
    window->newProfile();
    driver.stop();
    QCOMPARE(stage, 4);
    QCOMPARE(refusal, u"Enter a personal API key, or sign in to PostHog."_s);

    // Every call goes through the session: the key-less connection loads and renames.
    QVERIFY(window->session());
    QVERIFY(window->session()->client()->settings().apiKey.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->groupTypes()->rowCount() > 0, 20000);
    EditJob *job = window->session()->edits()->renameGroupType(0, u"Firm"_s, std::nullopt);
    QSignalSpy finished(job, &EditJob::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(0).value<EditResult>().ok(),
             qPrintable(finished.at(0).at(0).value<EditResult>().failure.error.userMessage()));
    const ConnectionProfile profile = profiles.profiles().constFirst();
    const QString service = QString::fromLatin1(KeychainStore::ServiceName);
    QTRY_VERIFY_WITH_TIMEOUT(secrets->contains(service, KeychainStore::sessionKeychainKey(profile)), 10000);
    QVERIFY(!secrets->contains(service, profile.keychainKey()));
    rememberCookies(window->session()->client()->session());

    // The next start opens the profile from its saved session alone.
    window.reset();
    MainWindow again(&profiles, &keychain);
    again.show();
    again.openProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(again.session() && again.session()->groupTypes()->rowCount() > 0, 20000);
    QVERIFY(again.session()->client()->session()->isSignedIn());
    QCOMPARE(again.session()->groupTypes()->groupType(0).nameSingular, u"Firm"_s);
}

ConnectionProfile TestSessionSignIn::sessionOnlyProfile(ProfileStore &profiles, KeychainStore &keychain,
                                                        const QByteArray &cookies)
{
    ConnectionProfile profile = ConnectionProfile::create(u"Signed in only"_s);
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = m_server->baseUrl().toString();
    profile = profiles.save(profile);
    if (!cookies.isEmpty()) {
        bool written = false;
        keychain.writeSession(profile, cookies, this,
                              [&written](const KeychainResult &result) { written = result.ok(); });
        if (!QTest::qWaitFor([&written] { return written; }, 5000))
            qWarning("the session cookies did not reach the test keychain");
    }
    return profile;
}

void TestSessionSignIn::rememberCookies(const PostHogSession *session)
{
    const auto cookies = session->cookies();
    for (const QNetworkCookie &cookie : cookies)
        m_secrets.append(cookie.value());
}

void TestSessionSignIn::answerSignIn(int *shown, QString *reason)
{
    auto *dialog = qobject_cast<SessionSignInDialog *>(QApplication::activeModalWidget());
    if (!dialog || dialog->property("answered").toBool())
        return;
    dialog->setProperty("answered", true);
    ++*shown;
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        reason->append(label->text() + QLatin1Char('\n'));
    field(dialog, u"Email"_s)->setText(SandboxSessionAuth::accountEmail(u"plain"_s));
    field(dialog, u"Password"_s)->setText(SandboxSessionAuth::demoPassword());
    QMetaObject::invokeMethod(button(dialog, u"Sign in"_s), &QAbstractButton::click, Qt::QueuedConnection);
}

void TestSessionSignIn::expiredSavedSignInIsOfferedAtOpen()
{
    // A sign-in saved in an earlier run, which the server has since ended.
    SessionSignIn signIn(m_session.get());
    QSignalSpy succeeded(&signIn, &SessionSignIn::succeeded);
    QByteArray password = SandboxSessionAuth::demoPassword().toUtf8();
    signIn.start(SandboxSessionAuth::accountEmail(u"plain"_s), password);
    QVERIFY(succeeded.wait(20000));
    const QByteArray oldCookies = m_session->saveCookies();
    m_server->sessionAuth()->expireAllSessions();

    ProfileWorld world;
    QVERIFY(world.dir.isValid());
    ProfileStore &profiles = world.profiles;
    KeychainStore &keychain = world.keychain;
    MemorySecretBackend *secrets = world.secrets;
    const ConnectionProfile profile = sessionOnlyProfile(profiles, keychain, oldCookies);
    const QString service = QString::fromLatin1(KeychainStore::ServiceName);
    QVERIFY(secrets->contains(service, KeychainStore::sessionKeychainKey(profile)));

    MainWindow window(&profiles, &keychain);
    window.show();
    int shown = 0;
    QString reason;
    QString headline;
    ModalDriver driver([&] {
        if (QApplication::activeModalWidget() && headline.isEmpty()) {
            if (auto *label = window.findChild<QLabel *>(u"failureHeadline"_s))
                headline = label->text();
        }
        answerSignIn(&shown, &reason);
    });
    window.openProfile(profile);

    // Not the old "enter an API key" prompt: the refusal leads to the sign-in, offered by
    // itself, and the connection comes up on the new session.
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->groupTypes()->rowCount() > 0, 30000);
    driver.stop();
    QCOMPARE(shown, 1);
    QVERIFY2(reason.contains(u"has ended"_s), qPrintable(reason));
    QCOMPARE(headline, u"Your PostHog sign-in to %1 has ended."_s.arg(m_server->baseUrl().host()));
    QVERIFY(window.session()->client()->settings().apiKey.isEmpty());
    QVERIFY(window.session()->client()->session()->isSignedIn());
    QVERIFY(!window.findChild<QWidget *>(u"connectionFailurePage"_s)->isVisible());
    // The keychain holds the new sign-in, not the ended one.
    QTRY_VERIFY_WITH_TIMEOUT(secrets->secret(service, KeychainStore::sessionKeychainKey(profile)).toLatin1()
                                 == window.session()->client()->session()->saveCookies(),
                             10000);
    QVERIFY(secrets->secret(service, KeychainStore::sessionKeychainKey(profile)).toLatin1() != oldCookies);
    QVERIFY(!secrets->contains(service, profile.keychainKey()));
    rememberCookies(window.session()->client()->session());
}

void TestSessionSignIn::profileWithNothingSavedOffersSignIn()
{
    // Signed out last time: neither a key nor a sign-in in the keychain.
    ProfileWorld world;
    QVERIFY(world.dir.isValid());
    ProfileStore &profiles = world.profiles;
    KeychainStore &keychain = world.keychain;
    MemorySecretBackend *secrets = world.secrets;
    const ConnectionProfile profile = sessionOnlyProfile(profiles, keychain);

    MainWindow window(&profiles, &keychain);
    window.show();
    int shown = 0;
    QString reason;
    QString question;
    ModalDriver driver([&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box && box->objectName() == u"signInOrKeyBox"_s && question.isEmpty()) {
            question = box->text();
            auto *choice = box->findChild<QAbstractButton *>(u"signInChoice"_s);
            QVERIFY(choice);
            QVERIFY(box->findChild<QAbstractButton *>(u"apiKeyChoice"_s));
            QCOMPARE(box->defaultButton(), choice);
            QMetaObject::invokeMethod(choice, &QAbstractButton::click, Qt::QueuedConnection);
            return;
        }
        answerSignIn(&shown, &reason);
    });
    window.openProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->groupTypes()->rowCount() > 0, 30000);
    driver.stop();
    QCOMPARE(question,
             u"GroupDesk has neither a personal API key nor a PostHog sign-in for \u201cSigned in only\u201d."_s);
    QCOMPARE(shown, 1);
    QVERIFY(window.session()->client()->settings().apiKey.isEmpty());
    QVERIFY(window.session()->client()->session()->isSignedIn());
    const QString service = QString::fromLatin1(KeychainStore::ServiceName);
    QTRY_VERIFY_WITH_TIMEOUT(secrets->contains(service, KeychainStore::sessionKeychainKey(profile)), 10000);
    QVERIFY(!secrets->contains(service, profile.keychainKey()));
    rememberCookies(window.session()->client()->session());
}

void TestSessionSignIn::keylessConnectionPageSignsIn()
{
    // A connection with neither key nor sign-in (--host without a key): the failure page says
    // what is missing and its Sign in button (focused, not opened by itself) connects.
    ProfileWorld world;
    QVERIFY(world.dir.isValid());
    ProfileStore &profiles = world.profiles;
    KeychainStore &keychain = world.keychain;
    MainWindow window(&profiles, &keychain);
    window.show();
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    window.openConnection(settings, u"Keyless"_s, u"keyless"_s);
    auto *page = window.findChild<QWidget *>(u"connectionFailurePage"_s);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 20000);
    QCOMPARE(window.findChild<QLabel *>(u"failureHeadline"_s)->text(),
             u"%1 needs a sign-in or an API key."_s.arg(m_server->baseUrl().host()));
    auto *signInButton = window.findChild<QPushButton *>(u"failureSignInButton"_s);
    QVERIFY(signInButton && signInButton->isVisible());
    QCOMPARE(QApplication::focusWidget(), signInButton);
    QVERIFY(!signInButton->accessibleName().isEmpty());
    QTest::qWait(200);
    QVERIFY(!QApplication::activeModalWidget()); // offered, not pushed: no profile was opened

    int shown = 0;
    QString reason;
    ModalDriver driver([&] { answerSignIn(&shown, &reason); });
    QTest::keyClick(signInButton, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->groupTypes()->rowCount() > 0, 30000);
    driver.stop();
    QCOMPARE(shown, 1);
    QVERIFY2(reason.contains(u"Sign in to %1 to connect."_s.arg(m_server->baseUrl().host())), qPrintable(reason));
    QVERIFY(!page->isVisible());
    QVERIFY(window.session()->client()->session()->isSignedIn());
    rememberCookies(window.session()->client()->session());
}

void TestSessionSignIn::noSecretInFilesOrLogs()
{
    // Sign in once more so this test's own cookies are among the secrets.
    SessionSignIn signIn(m_session.get());
    QSignalSpy succeeded(&signIn, &SessionSignIn::succeeded);
    QByteArray password = SandboxSessionAuth::demoPassword().toUtf8();
    signIn.start(SandboxSessionAuth::accountEmail(u"plain"_s), password);
    QVERIFY(succeeded.wait(20000));
    rememberCookies(m_session.get());
    QVERIFY(m_secrets.size() > 4);

    const QString home = QDir::homePath();
    QVERIFY(!home.isEmpty());
    int files = 0;
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : std::as_const(m_secrets))
            QVERIFY2(secret.isEmpty() || !content.contains(secret), qPrintable(file.fileName()));
    }
    qInfo("scanned %d file(s) under HOME", files);
    QMutexLocker lock(&logMutex);
    QVERIFY(logLines.size() > 10); // the debug categories really were on
    for (const QString &line : std::as_const(logLines)) {
        for (const QByteArray &secret : std::as_const(m_secrets))
            QVERIFY2(secret.isEmpty() || !line.contains(QString::fromUtf8(secret)), qPrintable(line));
    }
}

QTEST_MAIN(TestSessionSignIn)
#include "tst_sessionsignin.moc"
