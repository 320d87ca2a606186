#pragma once

#include "editcommand.h"

/// Creates a group type's detail dashboard. Not undoable: PostHog has no inverse request.
class CreateDetailDashboardCommand final : public EditCommand
{
public:
    explicit CreateDetailDashboardCommand(int typeIndex);
    ~CreateDetailDashboardCommand() override;
    Q_DISABLE_COPY_MOVE(CreateDetailDashboardCommand)

    bool isUndoable() const override { return false; }
    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;

private:
    int m_typeIndex;
};
