#include "profiledialog.h"

#include "posthogclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, const QString &apiKey, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_host(new QComboBox(this))
    , m_url(new QLineEdit(profile.selfHostedUrl, this))
    , m_project(new QLineEdit(profile.projectId, this))
    , m_caFile(new QLineEdit(profile.extraCaFile, this))
    , m_browseCa(new QPushButton(tr("Browse…"), this))
    , m_allowHttp(new QCheckBox(tr("Allow plain http:// (only for a trusted private network)"), this))
    , m_color(new QComboBox(this))
    , m_key(new QLineEdit(apiKey, this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(profile.name.isEmpty() ? tr("New connection") : tr("Connection \"%1\"").arg(profile.name));
    m_host->addItem(tr("PostHog Cloud US"), QStringLiteral("us"));
    m_host->addItem(tr("PostHog Cloud EU"), QStringLiteral("eu"));
    m_host->addItem(tr("Self-hosted"), QStringLiteral("self-hosted"));
    m_host->setCurrentIndex(static_cast<int>(profile.hostKind));
    m_url->setPlaceholderText(QStringLiteral("https://posthog.example.org"));
    m_project->setPlaceholderText(tr("Number, or @current for the key's current project"));
    m_allowHttp->setChecked(profile.allowInsecureHttp);
    m_color->addItem(tr("None"), QString());
    m_color->addItem(tr("Red (production)"), QStringLiteral("#d73a49"));
    m_color->addItem(tr("Orange"), QStringLiteral("#e36209"));
    m_color->addItem(tr("Green"), QStringLiteral("#28a745"));
    m_color->addItem(tr("Blue"), QStringLiteral("#0366d6"));
    m_color->setCurrentIndex(qMax(0, m_color->findData(profile.colorTag)));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("phx_… (stored in the system keychain)"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_name->setAccessibleName(tr("Profile name"));
    m_host->setAccessibleName(tr("Host"));
    m_url->setAccessibleName(tr("Self-hosted URL"));
    m_project->setAccessibleName(tr("Project id"));
    m_caFile->setAccessibleName(tr("Extra CA certificates file"));
    m_browseCa->setAccessibleName(tr("Browse for CA file"));
    m_allowHttp->setAccessibleName(tr("Allow plain HTTP"));
    m_color->setAccessibleName(tr("Colour tag"));
    m_key->setAccessibleName(tr("Personal API key"));
    m_test->setAccessibleName(tr("Test connection"));
    m_result->setAccessibleName(tr("Connection test result"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&Project:"), m_project);
    auto *caLabel = new QLabel(tr("Extra &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_allowHttp);
    form->addRow(tr("Colo&ur tag:"), m_color);
    form->addRow(tr("API &key:"), m_key);
    // The result gets the dialog's full width: it can be several lines of scopes and advice.
    m_test->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(QString(), m_test);
    form->addRow(m_result);
    form->addRow(m_buttons);

    connect(m_host, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateHostFields);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates"), QString(),
                                                          tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateHostFields();
    resize(560, sizeHint().height());
}

ProfileDialog::~ProfileDialog() = default;

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.hostKind = static_cast<ConnectionProfile::HostKind>(m_host->currentIndex());
    p.selfHostedUrl = m_url->text().trimmed();
    p.projectId = m_project->text().trimmed().isEmpty() ? QStringLiteral("@current") : m_project->text().trimmed();
    p.extraCaFile = m_caFile->text().trimmed();
    p.allowInsecureHttp = m_allowHttp->isChecked();
    p.colorTag = m_color->currentData().toString();
    return p;
}

QString ProfileDialog::apiKey() const
{
    return m_key->text().trimmed();
}

void ProfileDialog::accept()
{
    QString problem = profile().validationProblem();
    if (problem.isEmpty() && apiKey().isEmpty())
        problem = tr("Enter a personal API key.");
    if (!problem.isEmpty()) {
        setResult(problem);
        return;
    }
    QDialog::accept();
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
    m_test->setEnabled(false);
    setResult(tr("Testing…"));
    m_testClient->checkConnection(this, [this](const ApiResult<ConnectionCheck> &result) {
        m_test->setEnabled(true);
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
    m_result->setText(text);
    // Grow to show every line; a word-wrapped label needs its height for the current width.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ProfileDialog::updateHostFields()
{
    const bool selfHosted = m_host->currentIndex() == static_cast<int>(ConnectionProfile::HostKind::SelfHosted);
    m_url->setEnabled(selfHosted);
    m_caFile->setEnabled(selfHosted);
    m_browseCa->setEnabled(selfHosted);
    m_allowHttp->setEnabled(selfHosted);
}
