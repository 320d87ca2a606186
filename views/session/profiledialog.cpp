#include "profiledialog.h"

#include "posthogclient.h"
#include "posthogsession.h"
#include "sessioncontroller.h"
#include "ui_profiledialog.h"

#include <QFileDialog>
#include <QPushButton>

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, const QString &apiKey, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(profile.name.isEmpty() ? tr("New connection") : tr("Connection \"%1\"").arg(profile.name));
    // Items carry data (host kind, colour), which a .ui cannot express, so they are added here.
    m_ui->hostCombo->addItem(tr("PostHog Cloud US"), QStringLiteral("us"));
    m_ui->hostCombo->addItem(tr("PostHog Cloud EU"), QStringLiteral("eu"));
    m_ui->hostCombo->addItem(tr("Self-hosted"), QStringLiteral("self-hosted"));
    m_ui->colorCombo->addItem(tr("None"), QString());
    m_ui->colorCombo->addItem(tr("Red (production)"), QStringLiteral("#d73a49"));
    m_ui->colorCombo->addItem(tr("Orange"), QStringLiteral("#e36209"));
    m_ui->colorCombo->addItem(tr("Green"), QStringLiteral("#28a745"));
    m_ui->colorCombo->addItem(tr("Blue"), QStringLiteral("#0366d6"));

    m_ui->nameEdit->setText(profile.name);
    m_ui->hostCombo->setCurrentIndex(static_cast<int>(profile.hostKind));
    m_ui->urlEdit->setText(profile.selfHostedUrl);
    m_ui->projectEdit->setText(profile.projectId);
    m_ui->caFileEdit->setText(profile.extraCaFile);
    m_ui->allowHttpCheck->setChecked(profile.allowInsecureHttp);
    m_ui->colorCombo->setCurrentIndex(qMax(0, m_ui->colorCombo->findData(profile.colorTag)));
    m_ui->keyEdit->setText(apiKey);

    connect(m_ui->hostCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateHostFields);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->browseCaButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates"), QString(),
                                                          tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileEdit->setText(file);
    });
    m_signInButton = m_ui->buttons->addButton(tr("Sign &in to PostHog…"), QDialogButtonBox::ActionRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in to PostHog"));
    m_signInButton->setToolTip(tr("Sign in with your PostHog account instead of (or beside) a personal API key. "
                                  "Renaming group types, default columns and detail dashboards need it."));
    connect(m_signInButton, &QPushButton::clicked, this, &ProfileDialog::signIn);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateHostFields();
    resize(560, sizeHint().height());
}

ProfileDialog::~ProfileDialog() = default;

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_profile;
    p.name = m_ui->nameEdit->text().trimmed();
    p.hostKind = static_cast<ConnectionProfile::HostKind>(m_ui->hostCombo->currentIndex());
    p.selfHostedUrl = m_ui->urlEdit->text().trimmed();
    p.projectId = m_ui->projectEdit->text().trimmed().isEmpty() ? QStringLiteral("@current")
                                                                : m_ui->projectEdit->text().trimmed();
    p.extraCaFile = m_ui->caFileEdit->text().trimmed();
    p.allowInsecureHttp = m_ui->allowHttpCheck->isChecked();
    p.colorTag = m_ui->colorCombo->currentData().toString();
    return p;
}

QString ProfileDialog::apiKey() const
{
    return m_ui->keyEdit->text().trimmed();
}

void ProfileDialog::accept()
{
    QString problem = profile().validationProblem();
    // A session-only profile is fine: PostHog's web app works that way too.
    if (problem.isEmpty() && apiKey().isEmpty() && m_sessionUser.isEmpty())
        problem = tr("Enter a personal API key, or sign in to PostHog.");
    if (problem.isEmpty() && !apiKey().isEmpty())
        problem = ConnectionSettings::apiKeyProblem(apiKey());
    if (!problem.isEmpty()) {
        setResult(problem);
        return;
    }
    QDialog::accept();
}

void ProfileDialog::setSignedInAs(const QString &email)
{
    m_sessionUser = email;
    if (!email.isEmpty())
        setResult(tr("Signed in to PostHog as %1.").arg(email));
}

QByteArray ProfileDialog::sessionCookies() const
{
    return m_session && m_session->isSignedIn() ? m_session->saveCookies() : QByteArray();
}

void ProfileDialog::signIn()
{
    const ConnectionProfile p = profile();
    if (const QString problem = p.validationProblem(); !problem.isEmpty()) {
        setResult(problem);
        return;
    }
    delete m_session;
    m_session = new PostHogSession(p.baseUrl(), this);
    const QString reason = tr("Sign in to %1 for this connection.").arg(p.baseUrl().host());
    if (!SessionController::runSignIn(this, m_session, reason, m_sessionUser) || !m_session->isSignedIn())
        return;
    m_sessionUser = m_session->userEmail();
    setResult(apiKey().isEmpty()
                  ? tr("Signed in to PostHog as %1. Without a personal API key, GroupDesk uses this sign-in for "
                       "every request.")
                        .arg(m_sessionUser)
                  : tr("Signed in to PostHog as %1.").arg(m_sessionUser));
}

void ProfileDialog::testConnection()
{
    const ConnectionProfile p = profile();
    QString problem = p.validationProblem();
    const bool withSession = apiKey().isEmpty() && m_session && m_session->isSignedIn();
    if (problem.isEmpty() && apiKey().isEmpty() && !withSession)
        problem = tr("Enter a personal API key, or sign in to PostHog.");
    if (!problem.isEmpty()) {
        setResult(problem);
        return;
    }
    delete m_testClient;
    m_testClient = new PostHogClient(p.toSettings(apiKey()), nullptr, this);
    if (withSession)
        m_testClient->setSession(m_session);
    if (!m_testClient->configurationProblem().isEmpty()) {
        setResult(m_testClient->configurationProblem());
        return;
    }
    m_ui->testButton->setEnabled(false);
    setResult(tr("Testing…"));
    m_testClient->checkConnection(this, [this](const ApiResult<ConnectionCheck> &result) {
        m_ui->testButton->setEnabled(true);
        if (!result.ok()) {
            setResult(result.error.userMessage());
            return;
        }
        const ConnectionCheck &check = result.value;
        // One line per scope, marked so the missing ones stand out at a glance.
        auto scope = [](bool ok, const QString &what) -> QString {
            return (ok ? QStringLiteral("\u2714 ") : QStringLiteral("\u2718 ")) + what + QStringLiteral(": ")
                   + (ok ? tr("works") : tr("missing"));
        };
        QStringList lines;
        lines << tr("Connected to project \"%1\" (%2).").arg(check.project.name).arg(check.project.id);
        lines << scope(check.projectRead, tr("Project details (project:read)"));
        lines << scope(check.groupRead, tr("Groups (group:read)"));
        lines << scope(check.usageMetricRead, tr("Usage metrics (usage_metric:read)"));
        lines << scope(check.activityLogRead, tr("Group activity (activity_log:read)"));
        lines << scope(check.propertyDefinitionRead, tr("Property suggestions (property_definition:read)"));
        lines << tr("Write scopes (group:write, usage_metric:write) cannot be checked without writing.");
        lines << check.advice;
        setResult(lines.join(QLatin1Char('\n')));
    });
}

void ProfileDialog::setResult(const QString &text)
{
    m_ui->resultLabel->setText(text);
    // Grow to show every line; a word-wrapped label needs its height for the current width.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ProfileDialog::updateHostFields()
{
    const bool selfHosted =
        m_ui->hostCombo->currentIndex() == static_cast<int>(ConnectionProfile::HostKind::SelfHosted);
    m_ui->urlEdit->setEnabled(selfHosted);
    m_ui->caFileEdit->setEnabled(selfHosted);
    m_ui->browseCaButton->setEnabled(selfHosted);
    m_ui->allowHttpCheck->setEnabled(selfHosted);
}
