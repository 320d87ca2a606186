#pragma once

#include "editcommand.h"

#include <QStringList>

/// Sets a group type's default columns; undo sets the recorded columns again.
class SetDefaultColumnsCommand final : public EditCommand
{
public:
    SetDefaultColumnsCommand(EditService *service, int typeIndex, const QStringList &columns,
                             const QStringList &before);
    ~SetDefaultColumnsCommand() override;
    Q_DISABLE_COPY_MOVE(SetDefaultColumnsCommand)

protected:
    void send(Direction direction) override;

private:
    int m_typeIndex;
    QStringList m_columns;
    QStringList m_before;
};
