#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/**
 * A groupdesk-sandbox child process on a free loopback port, started as a script starts it.
 * The end-to-end CLI tests run groupdesk-cli child processes against it (runProcess()).
 *
 * Owns the process: the destructor stops it (terminate, then kill). Not thread-safe; use it on
 * the test's thread.
 */
class SandboxProcess final
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /**
     * Starts `program` with `arguments` plus `--port <a free port>` and returns once it accepts
     * connections (seeding thousands of groups takes a moment). On failure returns false and
     * errorString() says why. The sandbox's standard error goes to the test's.
     */
    bool start(const QString &program, const QStringList &arguments, int readyTimeoutMs = 120000);
    /// Terminates the sandbox (kills it if it does not end within ten seconds).
    void stop();

    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:<port>", what POSTHOG_HOST and --host take.
    QString baseUrl() const;
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

/// One finished child process: its exit code (-1 when it crashed or did not end in time) and output.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * Runs `program` with `arguments` in `environment` as a script would, with standard input
 * closed (no terminal: a prompt reads an empty line). Waits by turning the event loop, so a
 * server on the test's own thread (an in-process SandboxServer) keeps answering. A run that
 * does not end within `timeoutMs` is killed and returns exit code -1.
 */
ProcessRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      int timeoutMs);
