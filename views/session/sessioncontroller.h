#pragma once

#include "connectionprofile.h"
#include "editfailure.h"
#include "posthogsession.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ConnectionSession;
class KeychainStore;
class QAction;
class QLabel;
class QWidget;

/**
 * The PostHog web session of the open connection, for the main window (the endpoints that
 * refuse personal API keys, and profiles without a key, need it): the
 * "Sign in to PostHog…" and "Sign out of PostHog" actions, a status-bar label with the
 * session's state and user (/api/users/@me/), the keychain entry of the cookies, and the
 * sign-in offered right where an edit needs a session (EditService::signInNeeded: the edit is
 * held and resent after the sign-in, or fails if the user declines).
 *
 * The browser sign-in lives in its own library (Qt WebEngine); the app injects it with
 * setBrowserSignIn() so the views do not link WebEngine.
 */
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    /// Opens the browser sign-in for `session` modally; true once it is signed in.
    using BrowserSignIn = std::function<bool(QWidget *parent, PostHogSession *session)>;

    SessionController(QWidget *window, KeychainStore *keychain, QObject *parent = nullptr);
    ~SessionController() override;

    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    QLabel *statusLabel() const { return m_status; }
    static void setBrowserSignIn(BrowserSignIn browserSignIn);
    static bool hasBrowserSignIn();

    /// A new connection opened (`profile` is null for --demo/--host connections, whose session
    /// is kept in memory only). Restores the session at once when one was adopted or carried
    /// over from the same connection's previous incarnation (a retry, a settings change), else
    /// from the keychain. A session-only connection (no key) is thus signed in before its
    /// first call. attach(nullptr, nullptr) before closing a connection remembers its session.
    void attach(ConnectionSession *connection, const ConnectionProfile *profile);
    /// Cookies (PostHogSession::saveCookies()) the next attach() restores at once and saves to
    /// the keychain: a sign-in made in the profile dialog, or a keychain read made before
    /// connecting a session-only profile.
    void adoptCookies(const QByteArray &cookies);
    /// Runs the sign-in dialog (and the browser sign-in when asked) for `session`.
    static bool runSignIn(QWidget *parent, PostHogSession *session, const QString &reason,
                          const QString &email = QString());
    PostHogSession *session() const { return m_session; }
    /// Whether the attached connection started with a saved or carried sign-in (so a refusal
    /// means it ended, not that there never was one).
    bool startedSignedIn() const { return m_startedSignedIn; }

    /// The sign-in dialog; `reason` says why it is asked for. True once signed in.
    bool signIn(const QString &reason = QString());
    /// Server logout, then the keychain entry is removed.
    void signOut();

private:
    void updateState();
    void saveOrForget();
    void onSignInNeeded(const EditFailure &failure);

    QWidget *m_window = nullptr;
    QPointer<KeychainStore> m_keychain;
    QPointer<ConnectionSession> m_connection;
    QPointer<PostHogSession> m_session;
    ConnectionProfile m_profile;
    bool m_hasProfile = false;
    bool m_asking = false;
    bool m_startedSignedIn = false;
    /// A session waiting for the next attach(): its cookies and which connection they belong
    /// to (profile id and server), so they never reach another server.
    QByteArray m_carried;
    QString m_carriedFor;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QLabel *m_status = nullptr;
};
