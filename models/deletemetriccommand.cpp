#include "deletemetriccommand.h"

#include <QCoreApplication>

DeleteMetricCommand::DeleteMetricCommand(int typeIndex, const UsageMetric &metric)
    : CreateMetricCommand(QCoreApplication::translate("DeleteMetricCommand", "Delete usage metric %1").arg(metric.name),
                          typeIndex, metric)
{ }

DeleteMetricCommand::~DeleteMetricCommand() = default;

EditTarget DeleteMetricCommand::target(Direction direction, const EditContext &context) const
{
    return CreateMetricCommand::target(opposite(direction), context);
}

void DeleteMetricCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    CreateMetricCommand::send(opposite(direction), context, std::move(done));
}
