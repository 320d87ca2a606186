#pragma once

#include "editcommand.h"
#include "usagemetric.h"

/**
 * Creates a usage metric; undo deletes it, and redo creates it again under a new id (the
 * service's MetricIdMap leads older commands to it). DeleteMetricCommand is the same pair of
 * requests in the other order.
 */
class CreateMetricCommand : public EditCommand
{
public:
    CreateMetricCommand(int typeIndex, const UsageMetric &metric);
    ~CreateMetricCommand() override;
    Q_DISABLE_COPY_MOVE(CreateMetricCommand)

    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;

protected:
    CreateMetricCommand(const QString &text, int typeIndex, UsageMetric metric);

    static Direction opposite(Direction direction)
    {
        return direction == Direction::Forward ? Direction::Backward : Direction::Forward;
    }

private:
    int m_typeIndex;
    UsageMetric m_metric; ///< its id leads, through the id map, to the latest creation
};
