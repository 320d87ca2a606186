#pragma once

#include "grouptype.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class DeleteGroupTypeDialog;
}

/**
 * Confirms deleting a group type. Deleting is irreversible on the server (its groups go
 * with it), so the Delete button stays disabled until the user types the type's code name.
 */
class DeleteGroupTypeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteGroupTypeDialog)

public:
    explicit DeleteGroupTypeDialog(const GroupType &type, QWidget *parent = nullptr);
    ~DeleteGroupTypeDialog() override;

    GroupType groupType() const { return m_type; }

private:
    GroupType m_type;
    std::unique_ptr<Ui::DeleteGroupTypeDialog> m_ui;
    QPushButton *m_delete = nullptr;
};
