// GroupDesk desktop app entry point: parses the command line and opens the main window
// on a demo sandbox, an ad-hoc host, the last profile, or the profile dialog.

#include "appicons.h"
#include "connectionprofile.h"
#include "keychainstore.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxsessionauth.h"
#include "sessioncontroller.h"

#ifdef GROUPDESK_HAVE_BROWSER_SIGNIN
#include "browsersignindialog.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// --screenshot: grab the window once the first group shows, write the PNG, quit.
void scheduleScreenshot(MainWindow *window, const QString &path, int delayMs)
{
    QTimer::singleShot(delayMs, window, [window, path] {
        if (!window->grab().save(path))
            err() << QCoreApplication::translate("main", "Could not write %1").arg(path) << Qt::endl;
        QCoreApplication::quit();
    });
}

/// "--version" and "--help" only print, so they must work without a display too (a packaging
/// smoke test, an SSH session): then they run on the offscreen platform instead of failing to
/// open the X11 one. An explicit QT_QPA_PLATFORM always wins.
void useOffscreenForPrintOnlyOptions(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef GROUPDESK_HAVE_BROWSER_SIGNIN
    // Qt WebEngine (browser sign-in) shares OpenGL contexts; it must be said before the app exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
#endif
    useOffscreenForPrintOnlyOptions(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GroupDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("groupdesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("GroupDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROUPDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.groupdesk.GroupDesk"));
    QApplication::setWindowIcon(AppIcons::application());

    // The UI speaks the language chosen in View → Language, else the system's, where a
    // translation exists (resources/translations); Qt's own strings come from Qt's translations.
    LanguageMenu::installTranslators(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse and edit PostHog groups, group types and usage metrics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start a local demo server and connect to it."));
    const QCommandLineOption demoGroups(QStringLiteral("demo-groups"),
                                        QCoreApplication::translate("main", "Groups per type in demo mode."),
                                        QStringLiteral("count"), QStringLiteral("250"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QCoreApplication::translate("main", "PostHog host: us, eu or a URL. The key is read "
                                                                      "from POSTHOG_PERSONAL_API_KEY."),
                                  QStringLiteral("url"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QCoreApplication::translate("main", "Project id (default @current)."),
                                     QStringLiteral("id"), QStringLiteral("@current"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Write a PNG of the window and quit."),
                                  QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"), QStringLiteral("Milliseconds."),
                                       QStringLiteral("ms"), QStringLiteral("4000"));
    screenshotDelay.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, demoGroups, host, project, screenshot, screenshotDelay});
    parser.process(app);

    ProfileStore profiles;
    KeychainStore keychain;
#ifdef GROUPDESK_HAVE_BROWSER_SIGNIN
    SessionController::setBrowserSignIn(&BrowserSignInDialog::run);
#endif
    MainWindow window(&profiles, &keychain);

    std::unique_ptr<SandboxServer> sandbox;
    if (parser.isSet(demo)) {
        SandboxOptions options;
        options.groupsPerType = qMax(1, parser.value(demoGroups).toInt());
        // Like the newest PostHog: renaming types needs a sign-in (the demo account below).
        options.metadataPakDeny = true;
        sandbox = std::make_unique<SandboxServer>(options);
        if (sandbox->listen() == 0) {
            err() << QCoreApplication::translate("main", "Could not start the demo server.") << Qt::endl;
            return 1;
        }
        QTextStream out(stdout);
        out << QCoreApplication::translate("main", "Demo server: %1  key: %2")
                   .arg(sandbox->baseUrl().toString(), SandboxServer::demoKey())
            << Qt::endl
            << QCoreApplication::translate("main", "Demo account (File > Sign in to PostHog): %1, password %2, "
                                                   "two-factor code %3")
                   .arg(SandboxSessionAuth::demoEmail(), SandboxSessionAuth::demoPassword(),
                        SandboxSessionAuth::demoTotpCode())
            << Qt::endl;
        ConnectionSettings settings;
        settings.baseUrl = sandbox->baseUrl();
        settings.apiKey = SandboxServer::demoKey();
        window.openConnection(settings, QCoreApplication::translate("main", "Demo"), QStringLiteral("demo"));
        window.selectFirstGroupWhenLoaded();
    } else if (parser.isSet(host)) {
        ConnectionSettings settings;
        settings.baseUrl = ConnectionSettings::hostFromString(parser.value(host));
        settings.projectId = parser.value(project);
        // The key never goes on the command line (shell history, process list).
        settings.apiKey = qEnvironmentVariable("POSTHOG_PERSONAL_API_KEY");
        if (!settings.baseUrl.isValid() || settings.apiKey.isEmpty()) {
            err() << QCoreApplication::translate("main", "--host needs us, eu or a URL, and the key in "
                                                         "POSTHOG_PERSONAL_API_KEY.")
                  << Qt::endl;
            return 2;
        }
        window.openConnection(settings, settings.baseUrl.host(), QStringLiteral("adhoc"));
        if (parser.isSet(screenshot))
            window.selectFirstGroupWhenLoaded();
    } else {
        const ConnectionProfile last = profiles.profile(profiles.lastUsedId());
        if (!last.id.isEmpty())
            QTimer::singleShot(0, &window, [&window, last] { window.openProfile(last); });
        else
            QTimer::singleShot(0, &window, &MainWindow::newProfile);
    }

    window.show();
    if (parser.isSet(screenshot))
        scheduleScreenshot(&window, parser.value(screenshot), parser.value(screenshotDelay).toInt());
    return app.exec();
}
