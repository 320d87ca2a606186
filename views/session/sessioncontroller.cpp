#include "sessioncontroller.h"

#include "connectionsession.h"
#include "editservice.h"
#include "keychainstore.h"
#include "posthogclient.h"
#include "posthogsession.h"
#include "sessionsignindialog.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QWidget>

namespace {
SessionController::BrowserSignIn &browserSignInHook()
{
    static SessionController::BrowserSignIn hook;
    return hook;
}
} // namespace

SessionController::SessionController(QWidget *window, KeychainStore *keychain, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_keychain(keychain)
    , m_signIn(new QAction(tr("Sign &in to PostHog…"), this))
    , m_signOut(new QAction(tr("Sign &out of PostHog"), this))
    , m_status(new QLabel(window))
{
    m_signIn->setObjectName(QStringLiteral("signInToPostHog"));
    m_signIn->setToolTip(tr("A PostHog web session lets GroupDesk rename group types and set default columns and "
                            "dashboards, which personal API keys may not do."));
    m_signOut->setObjectName(QStringLiteral("signOutOfPostHog"));
    m_status->setObjectName(QStringLiteral("sessionStatus"));
    m_status->setAccessibleName(tr("PostHog sign-in"));
    connect(m_signIn, &QAction::triggered, this, [this] { signIn(); });
    connect(m_signOut, &QAction::triggered, this, &SessionController::signOut);
    updateState();
}

SessionController::~SessionController() = default;

void SessionController::setBrowserSignIn(BrowserSignIn browserSignIn)
{
    browserSignInHook() = std::move(browserSignIn);
}

bool SessionController::hasBrowserSignIn()
{
    return static_cast<bool>(browserSignInHook());
}

void SessionController::attach(ConnectionSession *connection, const ConnectionProfile *profile)
{
    m_connection = connection;
    m_hasProfile = profile != nullptr;
    m_profile = profile ? *profile : ConnectionProfile();
    m_session = nullptr;
    if (connection) {
        PostHogClient *client = connection->client();
        // Owned by the connection: it dies with it, and no reply outlives it.
        auto *session = new PostHogSession(client->settings().baseUrl, connection);
        m_session = session;
        client->setSession(session);
        connect(session, &PostHogSession::stateChanged, this, &SessionController::updateState);
        connect(session, &PostHogSession::cookiesChanged, this, &SessionController::saveOrForget);
        connect(connection->edits(), &EditService::signInNeeded, this, &SessionController::onSignInNeeded);
        if (m_hasProfile && m_keychain) {
            m_keychain->readSession(m_profile, session, [this, session](const KeychainResult &result) {
                if (!result.ok() || result.key.isEmpty())
                    return;
                session->restoreCookies(result.key.toLatin1());
                // Who is signed in, and whether the saved session still lives.
                session->fetchUser(this, [this](const ApiError &) { updateState(); });
            });
        }
    }
    updateState();
}

void SessionController::updateState()
{
    const bool connected = m_session != nullptr;
    m_signIn->setEnabled(connected);
    QString text;
    if (!connected) {
        text.clear();
    } else if (m_session->isSignedIn()) {
        const QString who = m_session->userEmail().isEmpty() ? tr("signed in") : m_session->userEmail();
        text = tr("PostHog: %1").arg(who);
    } else if (m_session->state() == PostHogSession::State::Expired) {
        text = tr("PostHog session expired");
    } else {
        text = tr("Not signed in to PostHog");
    }
    m_signOut->setEnabled(connected && m_session->state() != PostHogSession::State::SignedOut);
    m_status->setText(text);
    m_status->setVisible(connected);
}

void SessionController::saveOrForget()
{
    if (!m_session || !m_hasProfile || !m_keychain)
        return; // --demo/--host sessions live in memory only
    const auto report = [this](const KeychainResult &result) {
        if (!result.ok() && m_window)
            m_status->setToolTip(result.message);
    };
    if (m_session->isSignedIn())
        m_keychain->writeSession(m_profile, m_session->saveCookies(), this, report);
    else if (m_session->state() == PostHogSession::State::SignedOut)
        m_keychain->deleteSession(m_profile, this, report);
}

bool SessionController::signIn(const QString &reason)
{
    if (!m_session)
        return false;
    SessionSignInDialog dialog(m_session, reason, hasBrowserSignIn(), m_window);
    dialog.setEmail(m_session->userEmail());
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!accepted && dialog.browserRequested() && hasBrowserSignIn() && m_session)
        return browserSignInHook()(m_window, m_session);
    return accepted;
}

void SessionController::signOut()
{
    if (!m_session)
        return;
    m_session->signOut(this, [this](const ApiError &error) {
        if (!error.isOk())
            m_status->setToolTip(tr("PostHog did not confirm the sign-out (%1); GroupDesk forgot the session anyway.")
                                     .arg(error.userMessage()));
        updateState();
    });
}

void SessionController::onSignInNeeded(const EditFailure &failure)
{
    EditService *edits = m_connection ? m_connection->edits() : nullptr;
    if (!edits || m_asking)
        return; // one question at a time; every held edit goes out after that one sign-in
    m_asking = true;
    const QString reason = failure.error.kind() == ApiError::Kind::NeedsSession
                               ? tr("\u201c%1\u201d needs a PostHog sign-in.").arg(failure.description)
                               : tr("Your PostHog session ended while saving \u201c%1\u201d; the change is kept.")
                                     .arg(failure.description);
    const bool signedIn = signIn(reason);
    m_asking = false;
    if (!m_connection)
        return;
    if (signedIn)
        edits->resendHeldEdits();
    else
        edits->dropHeldEdits();
}
