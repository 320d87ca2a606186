#include "connectionfailurepage.h"

#include "apierror.h"
#include "appicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionFailurePage::ConnectionFailurePage(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_retry(new QPushButton(AppIcons::action(AppIcons::Action::Refresh), tr("Re&try"), this))
    , m_settings(new QPushButton(AppIcons::action(AppIcons::Action::Settings), tr("Connection &settings…"), this))
    , m_signIn(new QPushButton(tr("Sign &in to PostHog…"), this))
{
    setObjectName(QStringLiteral("connectionFailurePage"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    for (QLabel *label : {m_headline, m_detail, m_advice}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_headline->setObjectName(QStringLiteral("failureHeadline"));
    m_detail->setObjectName(QStringLiteral("failureDetail"));
    m_advice->setObjectName(QStringLiteral("failureAdvice"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry the connection"));
    m_settings->setObjectName(QStringLiteral("connectionSettingsButton"));
    m_settings->setAccessibleName(tr("Connection settings"));
    connect(m_retry, &QPushButton::clicked, this, &ConnectionFailurePage::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &ConnectionFailurePage::settingsRequested);
    m_signIn->setObjectName(QStringLiteral("failureSignInButton"));
    m_signIn->setAccessibleName(tr("Sign in to PostHog"));
    m_signIn->hide();
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionFailurePage::signInRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // Full-width labels (text centred): an aligned word-wrapped label gets its minimum width
    // and cuts the sentence off.
    layout->setContentsMargins(48, 24, 48, 24);
    for (QLabel *label : {m_headline, m_detail, m_advice})
        layout->addWidget(label);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

ConnectionFailurePage::~ConnectionFailurePage() = default;

bool ConnectionFailurePage::isFatal(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Unauthenticated:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
        return true;
    default:
        return false;
    }
}

QString ConnectionFailurePage::headline(const ApiError &error, const QString &host, const QString &project,
                                        Credential credential)
{
    if (credential == Credential::SignIn && error.kind() == ApiError::Kind::Unauthenticated)
        return tr("Your PostHog sign-in to %1 has ended.").arg(host);
    if (credential == Credential::NoneGiven && error.kind() == ApiError::Kind::Unauthenticated)
        return tr("%1 needs a sign-in or an API key.").arg(host);
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("GroupDesk cannot reach %1.").arg(host);
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureUrl:
        return tr("The connection to %1 is not secure.").arg(host);
    case ApiError::Kind::Unauthenticated:
        return tr("%1 did not accept the API key.").arg(host);
    case ApiError::Kind::Forbidden:
        return tr("The API key has no access to project %1 on %2.").arg(project, host);
    case ApiError::Kind::NotFound:
        return tr("%1 has no project %2.").arg(host, project);
    default:
        return tr("Connecting to %1 failed.").arg(host);
    }
}

QString ConnectionFailurePage::advice(const ApiError &error, Credential credential)
{
    if (credential == Credential::SignIn && error.kind() == ApiError::Kind::Unauthenticated)
        return tr("This connection has no personal API key, so it works through your PostHog sign-in. Sign in "
                  "again, or add a personal API key in the connection settings.");
    if (credential == Credential::NoneGiven && error.kind() == ApiError::Kind::Unauthenticated)
        return tr("This connection has neither a personal API key nor a PostHog sign-in. Sign in, or add a "
                  "personal API key in the connection settings.");
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("Check that the server is running and the address in the connection settings is right, "
                  "then retry.");
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureUrl:
        return tr("Check the server address (https://) and, for a private certificate authority, the CA file "
                  "in the connection settings.");
    case ApiError::Kind::Unauthenticated:
        return tr("Create a personal API key in PostHog (Settings → Personal API keys) and enter it in the "
                  "connection settings.");
    case ApiError::Kind::Forbidden:
        return tr("Choose a project this key may read in the connection settings, or widen the key's projects "
                  "in PostHog.");
    case ApiError::Kind::NotFound:
        return tr("Enter the numeric project id from the PostHog web app's URL (/project/<id>) in the "
                  "connection settings, or use @current.");
    default:
        return tr("Retry in a moment; if it keeps failing, check the server's status.");
    }
}

void ConnectionFailurePage::showFailure(const ApiError &error, const QString &host, const QString &project,
                                        Credential credential)
{
    m_headline->setText(headline(error, host, project, credential));
    m_detail->setText(error.userMessage());
    m_advice->setText(advice(error, credential));
    m_signIn->setVisible(credential != Credential::ApiKey && error.kind() == ApiError::Kind::Unauthenticated);
    show();
}

QString ConnectionFailurePage::headlineText() const
{
    return m_headline->text();
}

QString ConnectionFailurePage::adviceText() const
{
    return m_advice->text();
}
