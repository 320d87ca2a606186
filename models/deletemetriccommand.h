#pragma once

#include "editcommand.h"
#include "usagemetric.h"

/// Deletes a usage metric; undo re-creates it from the recorded object (new id).
class DeleteMetricCommand final : public EditCommand
{
public:
    DeleteMetricCommand(EditService *service, int typeIndex, const UsageMetric &metric);
    ~DeleteMetricCommand() override;
    Q_DISABLE_COPY_MOVE(DeleteMetricCommand)

protected:
    void send(Direction direction) override;

private:
    int m_typeIndex;
    UsageMetric m_metric;
};
