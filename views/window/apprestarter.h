#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

/**
 * "Restart now" after View → Language: the translations are loaded once at start (before any
 * widget exists), so a new language needs a new process. The window is closed first, which
 * runs its own checks for unsaved work (and may refuse); then the same program starts again
 * with this run's arguments and the app quits.
 *
 * GroupDesk takes no secret on its command line (the key comes from the keychain or
 * POSTHOG_PERSONAL_API_KEY, inherited with the environment), so the arguments go on as they
 * are, minus the one-shot --screenshot options.
 */
class AppRestarter final
{
    Q_DECLARE_TR_FUNCTIONS(AppRestarter)

public:
    AppRestarter() = delete;

    /// Starts `program` with `arguments` as a new, independent process; false when it failed.
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;

    /// The new process's arguments: `arguments` (argv, program first) without the program and
    /// the options that make a run end by itself.
    static QStringList restartArguments(const QStringList &arguments);

    /// Asks whether to restart now for the new language; on yes, restart().
    static void offerRestart(QWidget *window);

    /// Closes `window` (false if it refused), launches the program again, then quits the app
    /// with `quit` (QCoreApplication::quit by default). Launch failures are reported to the user.
    static bool restart(QWidget *window, const Launcher &launch = startDetached,
                        const std::function<void()> &quit = &QCoreApplication::quit);

    /// QProcess::startDetached.
    static bool startDetached(const QString &program, const QStringList &arguments);
};
