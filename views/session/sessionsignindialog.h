#pragma once

#include "posthogsession.h"
#include "sessionsignin.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class SessionSignInDialog;
}

/**
 * "Sign in to PostHog": email and password, then the second step PostHog asks for (a TOTP
 * or backup code, or the emailed link pasted back), with one clear message per refusal.
 * Drives SessionSignIn; accepts once the session is signed in (the user is known).
 *
 * The password field is cleared as soon as the request is sent; nothing is stored here.
 * "Sign in with browser…" is offered for SSO, social and passkey accounts: the dialog
 * then rejects with browserRequested() emitted, and the caller opens the browser sign-in.
 */
class SessionSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSignInDialog)

public:
    /// `reason` (may be empty) says why a sign-in is asked for, e.g. "This change needs…".
    SessionSignInDialog(PostHogSession *session, const QString &reason, bool browserAvailable,
                        QWidget *parent = nullptr);
    ~SessionSignInDialog() override;

    void setEmail(const QString &email);
    /// True after "Sign in with browser…" was chosen.
    bool browserRequested() const { return m_browserRequested; }

    void accept() override;

private:
    enum class Step
    {
        Password,
        Code,
        EmailLink,
    };
    void setStep(Step step);
    void setBusy(bool busy);
    void onFailed(SessionSignIn::Failure failure, const QString &message);

    QPointer<PostHogSession> m_session;
    std::unique_ptr<Ui::SessionSignInDialog> m_ui;
    SessionSignIn *m_signIn = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_browserButton = nullptr;
    Step m_step = Step::Password;
    bool m_browserRequested = false;
};
