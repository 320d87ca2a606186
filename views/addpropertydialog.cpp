#include "addpropertydialog.h"

#include "errorbanner.h"
#include "jsoneditordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

AddPropertyDialog::AddPropertyDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_valueEdit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_existing(existingNames)
{
    setWindowTitle(tr("Add property"));
    m_type->addItems({tr("Text"), tr("Number"), tr("True/false"), tr("JSON")});
    m_name->setAccessibleName(tr("Property name"));
    m_type->setAccessibleName(tr("Value type"));
    m_valueEdit->setAccessibleName(tr("Property value"));
    m_valueEdit->setPlaceholderText(tr("e.g. Enterprise, 42, true, {\"a\": 1}"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, ErrorBanner::errorTextColor(pal));
    m_error->setPalette(pal);
    m_error->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Value:"), m_valueEdit);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddPropertyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AddPropertyDialog::~AddPropertyDialog() = default;

QString AddPropertyDialog::name() const
{
    return m_name->text().trimmed();
}

void AddPropertyDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void AddPropertyDialog::setValueText(int type, const QString &text)
{
    m_type->setCurrentIndex(type);
    m_valueEdit->setText(text);
}

void AddPropertyDialog::accept()
{
    QString problem;
    const QString text = m_valueEdit->text();
    if (name().isEmpty()) {
        problem = tr("Enter a property name.");
    } else if (m_existing.contains(name())) {
        problem = tr("The group already has a property called \"%1\"; edit it in the table instead.").arg(name());
    } else {
        switch (m_type->currentIndex()) {
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
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}
