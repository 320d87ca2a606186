#include "grouptypemetadatadialog.h"

#include "defaultcolumns.h"
#include "editjob.h"
#include "editservice.h"
#include "propertydefinitionsmodel.h"
#include "ui_grouptypemetadatadialog.h"

#include <QComboBox>
#include <QPushButton>

GroupTypeMetadataDialog::GroupTypeMetadataDialog(PostHogClient *client, EditService *edits, const GroupType &type,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_type(type)
    , m_ui(std::make_unique<Ui::GroupTypeMetadataDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit group type “%1”").arg(type.codeName));
    m_ui->codeNameLabel->setText(tr("%1 (index %2)").arg(type.codeName).arg(type.index));
    m_ui->singularEdit->setText(type.nameSingular);
    m_ui->singularEdit->setMaxLength(GroupType::MaxNameLength);
    m_ui->singularEdit->setPlaceholderText(type.codeName);
    m_ui->pluralEdit->setText(type.namePlural);
    m_ui->pluralEdit->setMaxLength(GroupType::MaxNameLength);
    m_ui->pluralEdit->setPlaceholderText(type.displaySingular() + u's');

    m_properties = new PropertyDefinitionsModel(client, this);
    m_ui->columnsEditor->setSuggestions(m_properties);
    // The editor lists property names; what is saved is PostHog's select list (DefaultColumns).
    m_ui->columnsEditor->setColumns(DefaultColumns::propertiesOf(type.defaultColumns));
    // The buddy is the editor's picker, which the .ui cannot name.
    m_ui->columnsLabel->setBuddy(m_ui->columnsEditor->picker());
    if (client && type.index >= 0)
        m_properties->setGroupType(type.index);

    if (type.detailDashboard) {
        m_ui->dashboardCheck->setText(tr("Dashboard %1 exists").arg(*type.detailDashboard));
        m_ui->dashboardCheck->setChecked(true);
        m_ui->dashboardCheck->setEnabled(false);
    } else {
        m_ui->dashboardCheck->setText(tr("Create a detail &dashboard"));
    }

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &GroupTypeMetadataDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_edits) {
        // Parts that were saved are the type's state now, so saving again after a partial
        // failure sends only what is still different.
        connect(m_edits, &EditService::groupTypeChanged, this, [this](const GroupType &type) {
            if (type.index == m_type.index)
                m_type = type;
        });
    }
    resize(520, sizeHint().height());
}

GroupTypeMetadataDialog::~GroupTypeMetadataDialog() = default;

QString GroupTypeMetadataDialog::errorText() const
{
    const QString all = m_ui->namesError->text() + u'\n' + m_ui->saveError->text();
    return all.trimmed();
}

void GroupTypeMetadataDialog::save()
{
    if (!m_edits || m_running > 0)
        return;
    m_failed = false;
    m_ui->saveError->clear();
    m_ui->saveError->hide();
    m_ui->namesError->clear();
    m_ui->namesError->hide();

    const QString singular = m_ui->singularEdit->text().trimmed();
    const QString plural = m_ui->pluralEdit->text().trimmed();
    const bool namesChanged = singular != m_type.nameSingular || plural != m_type.namePlural;
    const QStringList columns = DefaultColumns::selectFor(m_ui->columnsEditor->columns(), m_type.defaultColumns);
    const bool columnsChanged = m_ui->columnsEditor->columns() != DefaultColumns::propertiesOf(m_type.defaultColumns);
    const bool wantDashboard = !m_type.detailDashboard && m_ui->dashboardCheck->isChecked();
    if (!namesChanged && !columnsChanged && !wantDashboard) {
        accept();
        return;
    }
    setBusy(true);
    // m_type follows the server (groupTypeChanged), so it holds the before-values for undo.
    if (namesChanged)
        watch(m_edits->renameGroupType(m_type.index,
                                       singular != m_type.nameSingular ? std::optional(singular) : std::nullopt,
                                       plural != m_type.namePlural ? std::optional(plural) : std::nullopt, m_type));
    if (columnsChanged)
        watch(m_edits->setDefaultColumns(m_type.index, columns, m_type));
    if (wantDashboard)
        watch(m_edits->createDetailDashboard(m_type.index));
}

void GroupTypeMetadataDialog::watch(EditJob *job)
{
    ++m_running;
    connect(job, &EditJob::finished, this, &GroupTypeMetadataDialog::onFinished);
}

void GroupTypeMetadataDialog::onFinished(const EditResult &result)
{
    --m_running;
    if (!result.ok())
        showFailure(result.failure);
    if (m_running > 0)
        return;
    setBusy(false);
    if (!m_failed)
        accept();
}

void GroupTypeMetadataDialog::showFailure(const EditFailure &failure)
{
    m_failed = true;
    QString text;
    if (failure.error.kind() == ApiError::Kind::NeedsSession) {
        text = tr("PostHog does not let personal API keys change group type settings (names, default columns "
                  "and the detail dashboard), so nothing was saved. Your input is kept. Make this change in "
                  "PostHog's web app under Project settings > Groups while logged in, or connect with a "
                  "session instead of a personal API key.");
    } else {
        text = tr("%1 failed: %2").arg(failure.description, failure.error.userMessage());
    }
    const QString attr = failure.error.attr().isEmpty() ? failure.field : failure.error.attr();
    if (failure.error.kind() == ApiError::Kind::Validation && (attr == u"name_singular" || attr == u"name_plural")) {
        m_ui->namesError->setText(failure.error.userMessage());
        m_ui->namesError->show();
    }
    if (!m_ui->saveError->text().contains(text)) {
        const QString joined = m_ui->saveError->text().isEmpty() ? text : m_ui->saveError->text() + u'\n' + text;
        m_ui->saveError->setText(joined);
        m_ui->saveError->show();
    }
}

void GroupTypeMetadataDialog::setBusy(bool busy)
{
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(busy ? tr("Saving…") : tr("&Save"));
}

void GroupTypeMetadataDialog::setReadOnly(bool readOnly)
{
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child != m_ui->buttons)
            child->setEnabled(!readOnly);
    }
    m_ui->buttons->button(QDialogButtonBox::Save)->setVisible(!readOnly);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Close") : tr("&Cancel"));
}
