#include "deletegrouptypedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeleteGroupTypeDialog::DeleteGroupTypeDialog(const GroupType &type, QWidget *parent)
    : QDialog(parent)
    , m_type(type)
{
    setWindowTitle(tr("Delete group type"));
    auto *layout = new QVBoxLayout(this);

    auto *explanation =
        new QLabel(tr("<p><b>Delete the group type “%1” (index %2)?</b></p>"
                      "<p>This cannot be undone. PostHog removes the type together with all of its groups and their "
                      "properties, usage metrics and names. Events already captured keep their <tt>$groups</tt> value, "
                      "but they no longer belong to a group you can browse, and the index may later be reused by a "
                      "new type.</p>")
                       .arg(type.codeName.toHtmlEscaped())
                       .arg(type.index),
                   this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    layout->addWidget(explanation);

    auto *prompt = new QLabel(tr("To confirm, type the code name <b>%1</b>:").arg(type.codeName.toHtmlEscaped()), this);
    prompt->setTextFormat(Qt::RichText);
    layout->addWidget(prompt);
    m_confirm = new QLineEdit(this);
    m_confirm->setAccessibleName(tr("Type the group type's code name to confirm"));
    m_confirm->setPlaceholderText(type.codeName);
    prompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete group type"), QDialogButtonBox::DestructiveRole);
    m_delete->setAccessibleName(tr("Delete group type"));
    m_delete->setEnabled(false);
    // Cancel is the default so a stray Return never deletes.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);

    connect(m_confirm, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_delete->setEnabled(text.trimmed() == m_type.codeName); });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

DeleteGroupTypeDialog::~DeleteGroupTypeDialog() = default;
