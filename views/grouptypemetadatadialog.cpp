#include "grouptypemetadatadialog.h"

#include "defaultcolumns.h"
#include "defaultcolumnseditor.h"
#include "editfailure.h"
#include "editservice.h"
#include "inlineerrorlabel.h"
#include "propertydefinitionsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

GroupTypeMetadataDialog::GroupTypeMetadataDialog(PostHogClient *client, EditService *edits, const GroupType &type,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_type(type)
{
    setWindowTitle(tr("Edit group type “%1”").arg(type.codeName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *code = new QLabel(tr("%1 (index %2)").arg(type.codeName).arg(type.index), this);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Code name:"), code);

    m_singular = new QLineEdit(type.nameSingular, this);
    m_singular->setMaxLength(GroupType::MaxNameLength);
    m_singular->setPlaceholderText(type.codeName);
    m_singular->setAccessibleName(tr("Singular name"));
    form->addRow(tr("&Singular name:"), m_singular);
    m_plural = new QLineEdit(type.namePlural, this);
    m_plural->setMaxLength(GroupType::MaxNameLength);
    m_plural->setPlaceholderText(type.displaySingular() + u's');
    m_plural->setAccessibleName(tr("Plural name"));
    form->addRow(tr("&Plural name:"), m_plural);
    m_namesError = new InlineErrorLabel(this);
    form->addRow(QString(), m_namesError);

    m_properties = new PropertyDefinitionsModel(client, this);
    m_columns = new DefaultColumnsEditor(this);
    m_columns->setSuggestions(m_properties);
    // The editor lists property names; what is saved is PostHog's select list (DefaultColumns).
    m_columns->setColumns(DefaultColumns::propertiesOf(type.defaultColumns));
    m_columns->setToolTip(tr("Property columns of this type's groups table, here and on PostHog's groups page. "
                             "Name, key and first seen are always shown."));
    auto *columnsLabel = new QLabel(tr("Default &columns:"), this);
    columnsLabel->setBuddy(m_columns->picker());
    form->addRow(columnsLabel, m_columns);
    if (client && type.index >= 0)
        m_properties->setGroupType(type.index);

    m_dashboard = new QCheckBox(this);
    m_dashboard->setAccessibleName(tr("Create detail dashboard"));
    if (type.detailDashboard) {
        m_dashboard->setText(tr("Dashboard %1 exists").arg(*type.detailDashboard));
        m_dashboard->setChecked(true);
        m_dashboard->setEnabled(false);
    } else {
        m_dashboard->setText(tr("Create a detail &dashboard"));
    }
    form->addRow(tr("Detail dashboard:"), m_dashboard);

    m_error = new InlineErrorLabel(this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Save problem"));
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupTypeMetadataDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_edits) {
        connect(m_edits, &EditService::editFailed, this, &GroupTypeMetadataDialog::onFailed);
        connect(m_edits, &EditService::editFinished, this, &GroupTypeMetadataDialog::onFinished);
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
    const QString all = m_namesError->text() + u'\n' + m_error->text();
    return all.trimmed();
}

void GroupTypeMetadataDialog::save()
{
    if (!m_edits || !m_tickets.isEmpty())
        return;
    m_failed = false;
    m_error->clear();
    m_error->hide();
    m_namesError->clear();
    m_namesError->hide();

    const QString singular = m_singular->text().trimmed();
    const QString plural = m_plural->text().trimmed();
    const bool namesChanged = singular != m_type.nameSingular || plural != m_type.namePlural;
    const QStringList columns = DefaultColumns::selectFor(m_columns->columns(), m_type.defaultColumns);
    const bool columnsChanged = m_columns->columns() != DefaultColumns::propertiesOf(m_type.defaultColumns);
    const bool wantDashboard = !m_type.detailDashboard && m_dashboard->isChecked();
    if (!namesChanged && !columnsChanged && !wantDashboard) {
        accept();
        return;
    }
    setBusy(true);
    if (namesChanged)
        m_tickets.insert(m_edits->renameGroupType(
            m_type.index, singular != m_type.nameSingular ? std::optional(singular) : std::nullopt,
            plural != m_type.namePlural ? std::optional(plural) : std::nullopt));
    if (columnsChanged)
        m_tickets.insert(m_edits->setDefaultColumns(m_type.index, columns));
    if (wantDashboard)
        m_tickets.insert(m_edits->createDetailDashboard(m_type.index));
}

void GroupTypeMetadataDialog::onFailed(const EditFailure &failure)
{
    if (!m_tickets.contains(failure.ticket))
        return;
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
        m_namesError->setText(failure.error.userMessage());
        m_namesError->show();
    }
    if (!m_error->text().contains(text)) {
        const QString joined = m_error->text().isEmpty() ? text : m_error->text() + u'\n' + text;
        m_error->setText(joined);
        m_error->show();
    }
}

void GroupTypeMetadataDialog::onFinished(quint64 ticket)
{
    if (!m_tickets.remove(ticket))
        return;
    if (!m_tickets.isEmpty())
        return;
    setBusy(false);
    if (!m_failed)
        accept();
}

void GroupTypeMetadataDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setText(busy ? tr("Saving…") : tr("&Save"));
}

void GroupTypeMetadataDialog::setReadOnly(bool readOnly)
{
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child != m_buttons)
            child->setEnabled(!readOnly);
    }
    m_buttons->button(QDialogButtonBox::Save)->setVisible(!readOnly);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Close") : tr("&Cancel"));
}
