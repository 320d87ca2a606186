#include "jsoneditordialog.h"

#include "ui_jsoneditordialog.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>

JsonEditorDialog::JsonEditorDialog(const QString &title, const QJsonValue &value, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JsonEditorDialog>())
    , m_value(value)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                               : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ui->jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->jsonEdit->setPlainText(toText(value));
    m_ui->jsonEdit->setReadOnly(readOnly);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->jsonEdit, &QPlainTextEdit::textChanged, this, &JsonEditorDialog::validate);
    resize(560, 420);
    validate();
}

JsonEditorDialog::~JsonEditorDialog() = default;

QString JsonEditorDialog::toText(const QJsonValue &value)
{
    // QJsonDocument only holds objects and arrays: wrap scalars in an array and cut it off.
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

std::optional<QJsonValue> JsonEditorDialog::parse(const QString &text, QString *error)
{
    QJsonParseError parseError{};
    const QByteArray wrapped = "[" + text.toUtf8() + "\n]";
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError ? tr("Not valid JSON: %1 (at character %2).")
                                                                        .arg(parseError.errorString())
                                                                        .arg(qMax(0, parseError.offset - 1))
                                                                  : tr("Enter exactly one JSON value.");
        }
        return std::nullopt;
    }
    return doc.array().at(0);
}

void JsonEditorDialog::validate()
{
    QString error;
    const auto parsed = parse(m_ui->jsonEdit->toPlainText(), &error);
    if (parsed)
        m_value = *parsed;
    m_ui->errorLabel->showMessage(error);
    if (QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(parsed.has_value());
}
