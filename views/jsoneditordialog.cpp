#include "jsoneditordialog.h"

#include "errorbanner.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

JsonEditorDialog::JsonEditorDialog(const QString &title, const QJsonValue &value, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_value(value)
{
    setWindowTitle(title);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(toText(value));
    m_editor->setReadOnly(readOnly);
    m_editor->setAccessibleName(tr("JSON value"));
    m_editor->setTabChangesFocus(true);
    m_error->setAccessibleName(tr("JSON error"));
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, ErrorBanner::errorTextColor(pal));
    m_error->setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &JsonEditorDialog::validate);
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
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

std::optional<QJsonValue> JsonEditorDialog::parse(const QString &text, QString *error)
{
    QJsonParseError parseError {};
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
    const auto parsed = parse(m_editor->toPlainText(), &error);
    if (parsed)
        m_value = *parsed;
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(parsed.has_value());
}
