#include "addpropertydialog.h"

#include "jsoneditordialog.h"
#include "ui_addpropertydialog.h"

#include <utility>

AddPropertyDialog::AddPropertyDialog(QStringList existingNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddPropertyDialog>())
    , m_existing(std::move(existingNames))
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddPropertyDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AddPropertyDialog::~AddPropertyDialog() = default;

QString AddPropertyDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

void AddPropertyDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void AddPropertyDialog::setValueText(int type, const QString &text)
{
    m_ui->typeCombo->setCurrentIndex(type);
    m_ui->valueEdit->setText(text);
}

void AddPropertyDialog::accept()
{
    QString problem;
    const QString text = m_ui->valueEdit->text();
    if (name().isEmpty()) {
        problem = tr("Enter a property name.");
    } else if (m_existing.contains(name())) {
        problem = tr("The group already has a property called \"%1\"; edit it in the table instead.").arg(name());
    } else {
        switch (m_ui->typeCombo->currentIndex()) {
        case 0:
            m_value = text;
            break;
        case 1: {
            bool ok = false;
            const double number = text.trimmed().toDouble(&ok);
            if (ok)
                m_value = number;
            else
                problem = tr("\"%1\" is not a number.").arg(text);
            break;
        }
        case 2: {
            const QString lower = text.trimmed().toLower();
            if (lower == QLatin1String("true") || lower == QLatin1String("false"))
                m_value = lower == QLatin1String("true");
            else
                problem = tr("Enter true or false.");
            break;
        }
        default: {
            const auto parsed = JsonEditorDialog::parse(text, &problem);
            if (parsed)
                m_value = *parsed;
            break;
        }
        }
    }
    m_ui->problemLabel->showMessage(problem);
    if (problem.isEmpty())
        QDialog::accept();
}
