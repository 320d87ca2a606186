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

#include <utility>

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

namespace {
/// Which connection carried cookies belong to: the profile (none for --demo/--host) and server.
QString carryKey(const ConnectionProfile *profile, const QUrl &baseUrl)
{
    return (profile ? profile->id : QString()) + QLatin1Char('|') + baseUrl.toString();
}
} // namespace

void SessionController::adoptCookies(const QByteArray &cookies)
{
    m_carried = cookies;
    m_carriedFor.clear(); // for whichever connection attaches next
}

void SessionController::attach(ConnectionSession *connection, const ConnectionProfile *profile)
{
    // The connection closing: keep its live session for the one that replaces it (Retry,
    // changed settings), so a session-only connection does not start signed out. Cookies
    // adopted for the next connection (adoptCookies()) win over the closing one's.
    if (!connection && m_session && m_session->isSignedIn() && m_carried.isEmpty()) {
        m_carried = m_session->saveCookies();
        m_carriedFor = carryKey(m_hasProfile ? &m_profile : nullptr, m_session->baseUrl());
    }
    m_connection = connection;
    m_hasProfile = profile != nullptr;
    m_profile = profile ? *profile : ConnectionProfile();
    m_session = nullptr;
    m_startedSignedIn = false;
    if (connection) {
        const QUrl base = connection->client()->settings().baseUrl;
        const bool ours = m_carriedFor.isEmpty() || m_carriedFor == carryKey(profile, base);
        QByteArray carried = std::exchange(m_carried, QByteArray());
        if (!ours)
            carried.clear();
        m_carriedFor.clear();
        PostHogClient *client = connection->client();
        // Owned by the connection: it dies with it, and no reply outlives it.
        auto *session = new PostHogSession(client->settings().baseUrl, connection);
        m_session = session;
        client->setSession(session);
        connect(session, &PostHogSession::stateChanged, this, &SessionController::updateState);
        connect(session, &PostHogSession::cookiesChanged, this, &SessionController::saveOrForget);
        connect(connection->edits(), &EditService::signInNeeded, this, &SessionController::onSignInNeeded);
        if (!carried.isEmpty()) {
            session->restoreCookies(carried);
            m_startedSignedIn = session->isSignedIn();
            if (m_hasProfile && m_keychain && session->isSignedIn())
                saveOrForget(); // a sign-in from the profile dialog reaches the keychain here
            session->fetchUser(this, [this](const ApiError &) { updateState(); });
        } else if (m_hasProfile && m_keychain) {
            m_keychain->readSession(m_profile, session, [this, session](const KeychainResult &result) {
                if (!result.ok() || result.key.isEmpty())
                    return;
                session->restoreCookies(result.key.toLatin1());
                m_startedSignedIn = session->isSignedIn();
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
    return runSignIn(m_window, m_session, reason, m_session->userEmail());
}

bool SessionController::runSignIn(QWidget *parent, PostHogSession *session, const QString &reason, const QString &email)
{
    if (!session)
        return false;
    QPointer<PostHogSession> guard(session);
    SessionSignInDialog dialog(session, reason, hasBrowserSignIn(), parent);
    dialog.setEmail(email);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!accepted && dialog.browserRequested() && hasBrowserSignIn() && guard)
        return browserSignInHook()(parent, guard);
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
