// groupdesk-cli: scripts' door to PostHog groups, group types and usage metrics.
// Thin on purpose: parsing lives in CliOptions, the work in CliRunner.
#include "clioptions.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GroupDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("GroupDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROUPDESK_VERSION));
    // stderr carries one error line per failure; the library's chatter stays off unless
    // QT_LOGGING_RULES (which wins over these rules) asks for it.
    QLoggingCategory::setFilterRules(
        QStringLiteral("groupdesk.*.debug=false\ngroupdesk.*.info=false\ngroupdesk.*.warning=false"));

    CliOptions options;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (!options.parse(arguments)) {
        // One line plus a hint, like every other error; the full text is behind --help.
        QTextStream(stderr) << "groupdesk-cli: usage: " << options.error() << "\nTry 'groupdesk-cli --help'.\n";
        return 2;
    }
    if (options.helpRequested()) {
        QTextStream(stdout) << CliOptions::usage();
        return 0;
    }
    if (options.versionRequested()) {
        // Same first word as the app's --version, so a script can check both the same way.
        QTextStream(stdout) << "groupdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }

    CliRunner runner(options);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    // Start inside the event loop so an immediate finish still reaches exit().
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
