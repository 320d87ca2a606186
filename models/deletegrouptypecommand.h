#pragma once

#include "editcommand.h"

/// Deletes a group type. Not undoable: PostHog deletes the type's groups with it.
class DeleteGroupTypeCommand final : public EditCommand
{
public:
    explicit DeleteGroupTypeCommand(int typeIndex);
    ~DeleteGroupTypeCommand() override;
    Q_DISABLE_COPY_MOVE(DeleteGroupTypeCommand)

    bool isUndoable() const override { return false; }
    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;

private:
    int m_typeIndex;
};
