#pragma once

#include "editcommand.h"

#include <QStringList>

/// Sets a group type's default columns; undo writes the before-list back.
class SetDefaultColumnsCommand final : public EditCommand
{
public:
    SetDefaultColumnsCommand(int typeIndex, QStringList columns, QStringList before);
    ~SetDefaultColumnsCommand() override;
    Q_DISABLE_COPY_MOVE(SetDefaultColumnsCommand)

    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;

private:
    int m_typeIndex;
    QStringList m_columns;
    QStringList m_before;
};
