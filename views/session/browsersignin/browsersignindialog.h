#pragma once

#include "posthogsession.h"

#include <QDialog>
#include <QHash>
#include <QNetworkCookie>
#include <QPointer>
#include <QUrl>

class QLabel;
class QWebEngineProfile;
class QWebEngineView;

/**
 * "Sign in with browser": PostHog's own /login page in an embedded Qt WebEngine view, for
 * accounts that sign in with Google, GitHub, SAML or passkeys (which the password sign-in
 * cannot do). The page runs in an off-the-record profile, so nothing of it is written to
 * disk; GroupDesk keeps only the cookies the server sets for its own host (the session
 * cookie whatever its name, posthog_csrftoken, the remember cookie), hands them to the
 * PostHogSession, and accepts once /api/users/@me/ answers 200 with them.
 */
class BrowserSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignInDialog)

public:
    explicit BrowserSignInDialog(PostHogSession *session, QWidget *parent = nullptr);
    ~BrowserSignInDialog() override;

    QWebEngineView *view() const { return m_view; }
    QUrl loginUrl() const;

    /// SessionController's hook: runs the dialog modally; true once signed in.
    static bool run(QWidget *parent, PostHogSession *session);

Q_SIGNALS:
    void signedIn(const QString &email);

private:
    void onCookieAdded(const QNetworkCookie &cookie);
    void onCookieRemoved(const QNetworkCookie &cookie);
    void onLoadFinished(bool ok);
    /// Tries the collected cookies against /api/users/@me/ (soon, coalesced).
    void scheduleVerify();
    void verify();
    bool isOwnHost(const QNetworkCookie &cookie) const;

    QPointer<PostHogSession> m_session;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QHash<QByteArray, QNetworkCookie> m_cookies; ///< by name, domain and path
    bool m_onLoginPage = true;
    bool m_verifying = false;
    bool m_verifyAgain = false;
    bool m_done = false;
};
