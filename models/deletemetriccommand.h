#pragma once

#include "createmetriccommand.h"

/// Deletes a usage metric; undo creates it again (under a new id). A creation run backwards.
class DeleteMetricCommand final : public CreateMetricCommand
{
public:
    DeleteMetricCommand(int typeIndex, const UsageMetric &metric);
    ~DeleteMetricCommand() override;
    Q_DISABLE_COPY_MOVE(DeleteMetricCommand)

    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;
};
