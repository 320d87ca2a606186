#pragma once

#include "clioptions.h"
#include "connectionsettings.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTextStream>

#include <functional>

class PostHogSession;
class SessionSignIn;

/**
 * groupdesk-cli's PostHog web session (issue 19): the commands `login [--email E] [--otp CODE]`,
 * `logout` and `whoami`, and the session other commands may need (the three session-only
 * group-type actions on the newest PostHog, or everything for a profile without a key).
 *
 * The session comes from the keychain entry saved by `login`, or, when POSTHOG_EMAIL and
 * POSTHOG_PASSWORD (and POSTHOG_OTP when asked) are set, from a sign-in for this run alone
 * that is never saved. The password is read from the terminal without echo (or taken from
 * POSTHOG_PASSWORD), used for the one request and wiped. A failed sign-in exits 3 with the
 * reason. Cookie values are never printed.
 */
class CliSessionCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSessionCommand)

public:
    CliSessionCommand(CliOptions options, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliSessionCommand() override;

    static bool isSessionCommand(const QString &command);

    /// Runs login, logout or whoami; `finish` gets the exit code once.
    void run(const ConnectionSettings &settings, std::function<void(int)> finish);
    /// Finds the session for another command: `ready(session or nullptr, 0)`, or a non-zero
    /// exit code when an environment sign-in failed. The session is owned by this object.
    void attach(const ConnectionSettings &settings, std::function<void(PostHogSession *, int)> ready);

private:
    void login();
    void logout();
    void whoami();
    /// Signs in with `email` and `password` (wiped); `otp` answers a 2FA question when given.
    void signIn(const QString &email, QByteArray &password, const QString &otp, bool interactive,
                std::function<void(bool)> done);
    /// The saved session, if any: `done(true)` with it restored into m_session.
    void loadSaved(std::function<void(bool)> done);
    void save(std::function<void(bool)> done);
    void forget(std::function<void()> done);
    QString keychainEntry() const;
    void fail(int code, const QString &kind, const QString &message);

    /// A line from the terminal; `secret` turns echo off (and the caller wipes the result).
    QByteArray prompt(const QString &question, bool secret);

    CliOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    ConnectionSettings m_settings;
    PostHogSession *m_session = nullptr;
    QPointer<SessionSignIn> m_signIn;
    std::function<void(int)> m_finish;
};
