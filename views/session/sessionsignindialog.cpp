#include "sessionsignindialog.h"

#include "posthogsession.h"
#include "ui_sessionsignindialog.h"

#include <QPushButton>

SessionSignInDialog::SessionSignInDialog(PostHogSession *session, const QString &reason, bool browserAvailable,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SessionSignInDialog>())
    , m_signIn(new SessionSignIn(session, this))
{
    m_ui->setupUi(this);
    const QString host = session ? session->baseUrl().host() : QString();
    m_ui->introLabel->setText((reason.isEmpty() ? QString() : reason + QLatin1Char(' '))
                              + tr("Renaming group types, default columns and detail dashboards need a PostHog "
                                   "sign-in (%1): personal API keys may not make these changes.")
                                    .arg(host));

    m_signInButton = m_ui->buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    if (browserAvailable) {
        m_browserButton = m_ui->buttons->addButton(tr("Sign in with &browser…"), QDialogButtonBox::ActionRole);
        m_browserButton->setAccessibleName(tr("Sign in with browser"));
        m_browserButton->setToolTip(tr("For Google, GitHub or SAML sign-in and passkeys: PostHog's own login page."));
        connect(m_browserButton, &QPushButton::clicked, this, [this] {
            m_browserRequested = true;
            m_signIn->cancel();
            reject();
        });
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SessionSignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        m_signIn->cancel();
        reject();
    });

    connect(m_signIn, &SessionSignIn::busyChanged, this, &SessionSignInDialog::setBusy);
    connect(m_signIn, &SessionSignIn::codeRequired, this, [this] { setStep(Step::Code); });
    connect(m_signIn, &SessionSignIn::emailLinkRequired, this, [this](const QString &email) {
        setStep(Step::EmailLink);
        m_ui->errorLabel->showMessage(tr("PostHog emailed a sign-in link to %1. Paste it here.").arg(email));
    });
    connect(m_signIn, &SessionSignIn::failed, this, &SessionSignInDialog::onFailed);
    connect(m_signIn, &SessionSignIn::succeeded, this, [this] { QDialog::accept(); });
    setStep(Step::Password);
    m_ui->emailEdit->setFocus();
}

SessionSignInDialog::~SessionSignInDialog() = default;

void SessionSignInDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
    if (!email.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void SessionSignInDialog::setStep(Step step)
{
    m_step = step;
    const bool password = step == Step::Password;
    m_ui->emailEdit->setEnabled(password);
    m_ui->passwordEdit->setEnabled(password);
    m_ui->codeLabel->setVisible(step == Step::Code);
    m_ui->codeEdit->setVisible(step == Step::Code);
    m_ui->linkLabel->setVisible(step == Step::EmailLink);
    m_ui->linkEdit->setVisible(step == Step::EmailLink);
    m_signInButton->setText(password ? tr("&Sign in") : tr("&Verify"));
    if (step == Step::Code) {
        m_ui->codeEdit->clear();
        m_ui->codeEdit->setFocus();
    } else if (step == Step::EmailLink) {
        m_ui->linkEdit->clear();
        m_ui->linkEdit->setFocus();
    }
}

void SessionSignInDialog::setBusy(bool busy)
{
    m_signInButton->setEnabled(!busy);
    if (m_browserButton)
        m_browserButton->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void SessionSignInDialog::accept()
{
    // Sends the current step; QDialog::accept() follows only on SessionSignIn::succeeded.
    m_ui->errorLabel->showMessage(QString());
    switch (m_step) {
    case Step::Password: {
        QByteArray password = m_ui->passwordEdit->text().toUtf8();
        m_ui->passwordEdit->clear(); // the field never keeps it past the request
        m_signIn->start(m_ui->emailEdit->text(), password);
        break;
    }
    case Step::Code:
        m_signIn->submitCode(m_ui->codeEdit->text());
        break;
    case Step::EmailLink:
        m_signIn->submitEmailLink(m_ui->linkEdit->text());
        break;
    }
}

void SessionSignInDialog::onFailed(SessionSignIn::Failure failure, const QString &message)
{
    m_ui->errorLabel->showMessage(message);
    switch (failure) {
    case SessionSignIn::Failure::CodeInvalid:
    case SessionSignIn::Failure::TooManyAttempts:
        m_ui->codeEdit->selectAll();
        m_ui->codeEdit->setFocus();
        return; // the pending sign-in is still valid: another code may follow
    case SessionSignIn::Failure::LinkInvalid:
        if (m_step == Step::EmailLink) {
            m_ui->linkEdit->selectAll();
            m_ui->linkEdit->setFocus();
            return;
        }
        break;
    default:
        break;
    }
    setStep(Step::Password);
    // An SSO-only account goes on in the browser; everything else retypes the password.
    if (failure == SessionSignIn::Failure::SsoEnforced && m_browserButton)
        m_browserButton->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}
