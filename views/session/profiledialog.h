#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class PostHogClient;
class PostHogSession;
class QPushButton;

namespace Ui {
class ProfileDialog;
}

/**
 * Creates or edits a connection profile: name, host (US / EU / self-hosted URL), project
 * id, extra CA file, plain-http allowance, colour tag and the API key. The key is only
 * returned to the caller, which stores it in the keychain, never in settings.
 * "Test connection" runs PostHogClient::checkConnection() and shows the project's name
 * and which scopes work, with advice. Instead of a key, the profile may hold a PostHog web
 * session ("Sign in to PostHog…"); the caller keeps its cookies in the keychain.
 */
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(const ConnectionProfile &profile, const QString &apiKey, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ConnectionProfile profile() const;
    QString apiKey() const;

    void accept() override;
    /// The connection in use is already signed in as `email` (a profile without a key is then
    /// fine; the session itself stays with the connection).
    void setSignedInAs(const QString &email);
    /// Cookies of a sign-in made in this dialog (PostHogSession::saveCookies()), else empty.
    QByteArray sessionCookies() const;
    /// Who is signed in (this dialog's sign-in or setSignedInAs()), else empty.
    QString sessionUser() const { return m_sessionUser; }

public Q_SLOTS:
    void testConnection();
    /// "Sign in to PostHog…": a web session for this profile's server, beside or instead of
    /// the key (for the endpoints that refuse personal API keys); with no key, every call uses it.
    void signIn();

private:
    void updateHostFields();
    /// Shows a test result or problem and grows the dialog to fit it.
    void setResult(const QString &text);

    ConnectionProfile m_profile;
    std::unique_ptr<Ui::ProfileDialog> m_ui;
    QPointer<PostHogClient> m_testClient;
    QPointer<PostHogSession> m_session; ///< this dialog's own sign-in
    QString m_sessionUser;
    QPushButton *m_signInButton = nullptr;
};
