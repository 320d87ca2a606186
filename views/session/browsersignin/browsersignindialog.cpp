#include "browsersignindialog.h"

#include "posthogsession.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace {
QByteArray cookieKey(const QNetworkCookie &cookie)
{
    return cookie.name() + '\n' + cookie.domain().toUtf8() + '\n' + cookie.path().toUtf8();
}
} // namespace

BrowserSignInDialog::BrowserSignInDialog(PostHogSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record, nothing on disk
{
    setWindowTitle(tr("Sign in to PostHog with the browser"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Sign in on PostHog's page below. GroupDesk keeps the session when you are done."), this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Browser sign-in status"));
    layout->addWidget(m_status);
    m_view = new QWebEngineView(this);
    m_view->setPage(new QWebEnginePage(m_profile, m_view));
    m_view->setAccessibleName(tr("PostHog login page"));
    layout->addWidget(m_view, 1);
    resize(900, 720);

    QWebEngineCookieStore *store = m_profile->cookieStore();
    connect(store, &QWebEngineCookieStore::cookieAdded, this, &BrowserSignInDialog::onCookieAdded);
    connect(store, &QWebEngineCookieStore::cookieRemoved, this, &BrowserSignInDialog::onCookieRemoved);
    connect(m_view, &QWebEngineView::loadFinished, this, &BrowserSignInDialog::onLoadFinished);
    m_view->load(loginUrl());
}

BrowserSignInDialog::~BrowserSignInDialog()
{
    // The page must go before its profile (QtWebEngine warns and leaks otherwise).
    delete m_view;
    m_view = nullptr;
}

QUrl BrowserSignInDialog::loginUrl() const
{
    return m_session ? m_session->siteUrl(QStringLiteral("/login")) : QUrl();
}

bool BrowserSignInDialog::run(QWidget *parent, PostHogSession *session)
{
    BrowserSignInDialog dialog(session, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool BrowserSignInDialog::isOwnHost(const QNetworkCookie &cookie) const
{
    if (!m_session)
        return false;
    QString domain = cookie.domain();
    if (domain.startsWith(QLatin1Char('.')))
        domain = domain.mid(1);
    const QString host = m_session->baseUrl().host();
    return domain.isEmpty() || host.compare(domain, Qt::CaseInsensitive) == 0
           || host.endsWith(QLatin1Char('.') + domain, Qt::CaseInsensitive);
}

void BrowserSignInDialog::onCookieAdded(const QNetworkCookie &cookie)
{
    // Only the server's own cookies: an identity provider's (Google, GitHub) stay in the page.
    if (!isOwnHost(cookie))
        return;
    m_cookies.insert(cookieKey(cookie), cookie);
    if (!m_onLoginPage)
        scheduleVerify();
}

void BrowserSignInDialog::onCookieRemoved(const QNetworkCookie &cookie)
{
    m_cookies.remove(cookieKey(cookie));
}

void BrowserSignInDialog::onLoadFinished(bool ok)
{
    if (!ok || m_done)
        return;
    // PostHog leaves /login (and its 2FA and SSO steps) once signed in.
    const QString path = m_view->url().path();
    m_onLoginPage = path.contains(QLatin1String("/login")) || path.contains(QLatin1String("/signup"));
    if (!m_onLoginPage)
        scheduleVerify();
}

void BrowserSignInDialog::scheduleVerify()
{
    if (m_verifying) {
        m_verifyAgain = true;
        return;
    }
    m_verifying = true;
    // Cookie notifications trail the page load a little: let them arrive first.
    QTimer::singleShot(150, this, &BrowserSignInDialog::verify);
}

void BrowserSignInDialog::verify()
{
    if (!m_session || m_done) {
        m_verifying = false;
        return;
    }
    m_session->dropSessionCookie();
    m_session->adoptCookies(m_cookies.values());
    m_session->fetchUser(this, [this](const ApiError &error) {
        m_verifying = false;
        if (error.isOk() && m_session) {
            m_done = true;
            m_session->markSignedIn(m_session->userEmail(), m_session->userName());
            m_status->setText(tr("Signed in as %1.").arg(m_session->userEmail()));
            Q_EMIT signedIn(m_session->userEmail());
            accept();
            return;
        }
        if (std::exchange(m_verifyAgain, false))
            scheduleVerify();
    });
}
