#include "profiledialog.h"

#include "posthogclient.h"
#include "ui_profiledialog.h"

#include <QAction>
#include <QFileDialog>

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
    if (problem.isEmpty() && apiKey().isEmpty())
        problem = tr("Enter a personal API key.");
    if (problem.isEmpty())
        problem = ConnectionSettings::apiKeyProblem(apiKey());
    if (!problem.isEmpty()) {
        setResult(problem);
        return;
    }
    QDialog::accept();
}

void ProfileDialog::addSignInAction(QAction *action)
{
    QPushButton *button = m_ui->buttons->addButton(action->text(), QDialogButtonBox::ActionRole);
    button->setObjectName(QStringLiteral("signInButton"));
    button->setAccessibleName(tr("Sign in to PostHog"));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
}

void ProfileDialog::testConnection()
{
    const ConnectionProfile p = profile();
    QString problem = p.validationProblem();
    if (problem.isEmpty() && apiKey().isEmpty())
        problem = tr("Enter a personal API key.");
    if (!problem.isEmpty()) {
        setResult(problem);
        return;
    }
    delete m_testClient;
    m_testClient = new PostHogClient(p.toSettings(apiKey()), nullptr, this);
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
        auto scope = [this](bool ok, const QString &what) -> QString {
            return (ok ? QStringLiteral("\u2714 ") : QStringLiteral("\u2718 ")) + what + QStringLiteral(": ")
                   + (ok ? tr("works") : tr("missing"));
        };
        QStringList lines;
        lines << tr("Connected to project \"%1\" (%2).").arg(check.project.name).arg(check.project.id);
        lines << scope(check.groupRead, tr("Groups (group:read)"));
        lines << scope(check.usageMetricRead, tr("Usage metrics (usage_metric:read)"));
        lines << scope(check.activityLogRead, tr("Group activity (activity_log:read)"));
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
