#include "deletegrouptypedialog.h"

#include "ui_deletegrouptypedialog.h"

#include <QPushButton>
#include <QToolTip>

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
    // No default button: Return deletes once the code name is typed (that is the confirmation)
    // and otherwise says what is missing; it never cancels silently, never deletes by accident.
    for (QAbstractButton *button : m_ui->buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }

    connect(m_ui->confirmationEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delete->setEnabled(text.trimmed() == m_type.codeName);
        m_ui->confirmationEdit->setToolTip(QString());
    });
    connect(m_ui->confirmationEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_delete->isEnabled()) {
            accept();
            return;
        }
        const QString hint =
            tr("Type the code name %1 exactly to delete, or press Escape to cancel.").arg(m_type.codeName);
        m_ui->confirmationEdit->setToolTip(hint);
        m_ui->confirmationEdit->setAccessibleDescription(hint);
        QToolTip::showText(m_ui->confirmationEdit->mapToGlobal(QPoint(0, m_ui->confirmationEdit->height())), hint,
                           m_ui->confirmationEdit);
    });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

DeleteGroupTypeDialog::~DeleteGroupTypeDialog() = default;
