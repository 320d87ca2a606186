#pragma once

#include <QDialog>
#include <QJsonValue>

#include <memory>

namespace Ui {
class JsonEditorDialog;
}

/**
 * Views and edits one JSON value (typically a nested object or array property) as
 * indented text. OK stays disabled while the text is not valid JSON; the parse error
 * is shown under the editor.
 */
class JsonEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditorDialog)

public:
    explicit JsonEditorDialog(const QString &title, const QJsonValue &value, bool readOnly, QWidget *parent = nullptr);
    ~JsonEditorDialog() override;

    QJsonValue value() const { return m_value; }
    /// Indented JSON text of any value (scalars included).
    static QString toText(const QJsonValue &value);
    /// Parses any JSON value (scalars included); sets `error` and returns nullopt on failure.
    static std::optional<QJsonValue> parse(const QString &text, QString *error);

private:
    void validate();

    std::unique_ptr<Ui::JsonEditorDialog> m_ui;
    QJsonValue m_value;
};
