#include "clisessioncommand.h"

#include "cliexitcode.h"
#include "keychainstore.h"
#include "posthogsession.h"
#include "profilestore.h"
#include "sessionsignin.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
constexpr int UnauthenticatedExit = static_cast<int>(CliExitCode::Unauthenticated);

/// The keychain scope of the session: the named profile, or the server alone for
/// POSTHOG_HOST/--host runs (a pseudo profile "cli" per server).
ConnectionProfile sessionProfile(const CliOptions &options, const ConnectionSettings &settings, QObject *owner)
{
    if (!options.profile().isEmpty()) {
        auto *store = new ProfileStore(nullptr, owner);
        return store->profileByName(options.profile());
    }
    ConnectionProfile profile;
    profile.id = QStringLiteral("cli");
    profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
    profile.selfHostedUrl = settings.baseUrl.toString();
    return profile;
}
} // namespace

CliSessionCommand::CliSessionCommand(CliOptions options, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
{ }

CliSessionCommand::~CliSessionCommand() = default;

bool CliSessionCommand::isSessionCommand(const QString &command)
{
    return command == QLatin1String("login") || command == QLatin1String("logout")
           || command == QLatin1String("whoami");
}

void CliSessionCommand::fail(int code, const QString &kind, const QString &message)
{
    m_err << "groupdesk-cli: " << kind << ": " << message << Qt::endl;
    if (m_finish)
        m_finish(code);
}

void CliSessionCommand::run(const ConnectionSettings &settings, std::function<void(int)> finish)
{
    m_settings = settings;
    m_finish = std::move(finish);
    m_session = new PostHogSession(settings.baseUrl, this);
    if (!m_options.positional().isEmpty()) {
        fail(static_cast<int>(CliExitCode::Usage), QStringLiteral("usage"),
             tr("%1 takes no arguments.").arg(m_options.command()));
        return;
    }
    if (m_options.command() == QLatin1String("login"))
        login();
    else if (m_options.command() == QLatin1String("logout"))
        logout();
    else
        whoami();
}

void CliSessionCommand::attach(const ConnectionSettings &settings, std::function<void(PostHogSession *, int)> ready)
{
    m_settings = settings;
    m_session = new PostHogSession(settings.baseUrl, this);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString email = env.value(QStringLiteral("POSTHOG_EMAIL")).trimmed();
    if (!email.isEmpty() && env.contains(QStringLiteral("POSTHOG_PASSWORD"))) {
        QByteArray password = env.value(QStringLiteral("POSTHOG_PASSWORD")).toUtf8();
        QString otp = m_options.value(QStringLiteral("otp"));
        if (otp.isEmpty())
            otp = env.value(QStringLiteral("POSTHOG_OTP"));
        // A failed sign-in reports itself through fail(): tell the caller, then whoever ran us.
        const std::function<void(int)> previous = m_finish;
        m_finish = [ready, previous](int code) {
            ready(nullptr, code);
            if (previous)
                previous(code);
        };
        signIn(email, password, otp, false, [this, ready, previous](bool ok) {
            m_finish = previous;
            if (ok)
                ready(m_session, 0);
        });
        return;
    }
    loadSaved([this, ready](bool found) { ready(found ? m_session : nullptr, 0); });
}

void CliSessionCommand::signIn(const QString &email, QByteArray &password, const QString &otp, bool interactive,
                               std::function<void(bool)> done)
{
    auto *signIn = new SessionSignIn(m_session, this);
    m_signIn = signIn;
    connect(signIn, &SessionSignIn::succeeded, this, [done](const QString &) { done(true); });
    connect(signIn, &SessionSignIn::failed, this,
            [this, signIn, otp](SessionSignIn::Failure failure, const QString &message) {
                if (failure == SessionSignIn::Failure::PasskeyRequired) {
                    // A terminal cannot do WebAuthn; a backup code still finishes the pending sign-in.
                    if (!otp.isEmpty()) {
                        signIn->submitCode(otp);
                        return;
                    }
                    fail(UnauthenticatedExit, QStringLiteral("sign-in failed"),
                         tr("This account confirms sign-in with a passkey, which groupdesk-cli cannot use. Pass one "
                            "of your backup codes with --otp CODE (or POSTHOG_OTP), or sign in with the browser in "
                            "the GroupDesk app."));
                    return;
                }
                fail(UnauthenticatedExit, QStringLiteral("sign-in failed"), message);
            });
    connect(signIn, &SessionSignIn::codeRequired, this, [this, signIn, otp, interactive] {
        QString code = otp;
        if (code.isEmpty() && interactive)
            code = QString::fromUtf8(prompt(tr("Two-factor code (or a backup code): "), false)).trimmed();
        if (code.isEmpty()) {
            fail(UnauthenticatedExit, QStringLiteral("sign-in failed"),
                 tr("PostHog asks for a two-factor code: pass --otp CODE or set POSTHOG_OTP."));
            return;
        }
        signIn->submitCode(code);
    });
    connect(signIn, &SessionSignIn::emailLinkRequired, this, [this, signIn, interactive](const QString &address) {
        if (!interactive) {
            fail(UnauthenticatedExit, QStringLiteral("sign-in failed"),
                 tr("PostHog emailed a sign-in link to %1; run groupdesk-cli login in a terminal to paste it.")
                     .arg(address));
            return;
        }
        const QString link = QString::fromUtf8(
            prompt(tr("PostHog emailed a sign-in link to %1. Paste the link here: ").arg(address), false));
        signIn->submitEmailLink(link);
    });
    signIn->start(email, password);
}

void CliSessionCommand::login()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString email = m_options.value(QStringLiteral("email"));
    if (email.isEmpty())
        email = env.value(QStringLiteral("POSTHOG_EMAIL"));
    if (email.isEmpty())
        email = QString::fromUtf8(prompt(tr("Email: "), false)).trimmed();
    QByteArray password;
    if (env.contains(QStringLiteral("POSTHOG_PASSWORD")))
        password = env.value(QStringLiteral("POSTHOG_PASSWORD")).toUtf8();
    else
        password = prompt(tr("Password: "), true);
    QString otp = m_options.value(QStringLiteral("otp"));
    if (otp.isEmpty())
        otp = env.value(QStringLiteral("POSTHOG_OTP"));
    signIn(email, password, otp, true, [this](bool) {
        save([this](bool saved) {
            if (!saved)
                return; // save() reported why
            m_out << tr("Signed in to %1 as %2.").arg(m_settings.baseUrl.host(), m_session->userEmail()) << Qt::endl;
            m_finish(0);
        });
    });
}

void CliSessionCommand::logout()
{
    loadSaved([this](bool found) {
        if (!found) {
            forget([this] {
                m_out << tr("Not signed in.") << Qt::endl;
                m_finish(0);
            });
            return;
        }
        m_session->signOut(this, [this](const ApiError &error) {
            forget([this, error] {
                if (!error.isOk())
                    m_err << "groupdesk-cli: "
                          << tr("the server did not confirm the sign-out (%1); the saved "
                                "session was removed anyway.")
                                 .arg(error.userMessage())
                          << Qt::endl;
                m_out << tr("Signed out.") << Qt::endl;
                m_finish(0);
            });
        });
    });
}

void CliSessionCommand::whoami()
{
    const auto show = [this] {
        m_session->fetchUser(this, [this](const ApiError &error) {
            if (!error.isOk()) {
                fail(UnauthenticatedExit, QStringLiteral("unauthenticated"), error.userMessage());
                return;
            }
            m_out << m_session->userEmail();
            if (!m_session->userName().isEmpty())
                m_out << " (" << m_session->userName() << ")";
            m_out << Qt::endl;
            m_finish(0);
        });
    };
    attach(m_settings, [this, show](PostHogSession *session, int code) {
        if (code != 0)
            return; // the sign-in failure was reported
        if (!session) {
            fail(UnauthenticatedExit, QStringLiteral("unauthenticated"),
                 tr("Not signed in: run groupdesk-cli login, or set POSTHOG_EMAIL and POSTHOG_PASSWORD."));
            return;
        }
        show();
    });
}

void CliSessionCommand::loadSaved(std::function<void(bool)> done)
{
    auto *keychain = new KeychainStore(this);
    keychain->readSession(sessionProfile(m_options, m_settings, this), this,
                          [this, done](const KeychainResult &result) {
                              if (!result.ok() || result.key.isEmpty()) {
                                  done(false);
                                  return;
                              }
                              m_session->restoreCookies(result.key.toLatin1());
                              done(m_session->isSignedIn());
                          });
}

void CliSessionCommand::save(std::function<void(bool)> done)
{
    auto *keychain = new KeychainStore(this);
    keychain->writeSession(
        sessionProfile(m_options, m_settings, this), m_session->saveCookies(), this,
        [this, done](const KeychainResult &result) {
            if (!result.ok()) {
                fail(static_cast<int>(CliExitCode::Failure), QStringLiteral("keychain"),
                     tr("Signed in, but the session could not be saved: %1")
                         .arg(result.message.isEmpty() ? KeychainResult::errorName(result.error) : result.message));
                done(false);
                return;
            }
            done(true);
        });
}

void CliSessionCommand::forget(std::function<void()> done)
{
    auto *keychain = new KeychainStore(this);
    keychain->deleteSession(sessionProfile(m_options, m_settings, this), this,
                            [done](const KeychainResult &) { done(); });
}

QByteArray CliSessionCommand::prompt(const QString &question, bool secret)
{
    // Prompts go to stderr so that stdout stays clean for scripts.
    m_err << question << Qt::flush;
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (secret && terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QByteArray line;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        line.append(buffer);
        std::memset(buffer, 0, sizeof buffer);
        if (line.endsWith('\n'))
            break;
    }
    std::memset(buffer, 0, sizeof buffer);
#ifdef Q_OS_UNIX
    if (secret && terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        m_err << Qt::endl;
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}
