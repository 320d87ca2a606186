#include "deletegrouptypedialog.h"

#include "ui_deletegrouptypedialog.h"

#include <QPushButton>

DeleteGroupTypeDialog::DeleteGroupTypeDialog(const GroupType &type, QWidget *parent)
    : QDialog(parent)
    , m_type(type)
    , m_ui(std::make_unique<Ui::DeleteGroupTypeDialog>())
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("<p><b>Delete the group type “%1” (index %2)?</b></p>"
           "<p>This cannot be undone. PostHog removes the type together with all of its groups and their "
           "properties, usage metrics and names. Events already captured keep their <tt>$groups</tt> value, "
           "but they no longer belong to a group you can browse, and the index may later be reused by a "
           "new type.</p>")
            .arg(type.codeName.toHtmlEscaped())
            .arg(type.index));
    m_ui->promptLabel->setText(tr("To confirm, type the code name <b>%1</b>:").arg(type.codeName.toHtmlEscaped()));
    m_ui->confirmationEdit->setPlaceholderText(type.codeName);

    m_delete = m_ui->buttons->addButton(tr("&Delete group type"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAccessibleName(tr("Delete group type"));
    m_delete->setEnabled(false);
    // Cancel is the default so a stray Return never deletes.
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    connect(m_ui->confirmationEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_delete->setEnabled(text.trimmed() == m_type.codeName); });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

DeleteGroupTypeDialog::~DeleteGroupTypeDialog() = default;
