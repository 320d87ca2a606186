#pragma once

#include <QDialog>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace Ui {
class AddPropertyDialog;
}

/**
 * Asks for a new property: name, JSON type and value. accept() validates (non-empty,
 * unused name; value parses as the chosen type) and shows problems inline.
 */
class AddPropertyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPropertyDialog)

public:
    /// `existingNames` are refused as names.
    explicit AddPropertyDialog(QStringList existingNames, QWidget *parent = nullptr);
    ~AddPropertyDialog() override;

    QString name() const;
    QJsonValue value() const { return m_value; }

    void setName(const QString &name);
    /// Type: 0 text, 1 number, 2 true/false, 3 JSON.
    void setValueText(int type, const QString &text);

    void accept() override;

private:
    std::unique_ptr<Ui::AddPropertyDialog> m_ui;
    QStringList m_existing;
    QJsonValue m_value;
};
