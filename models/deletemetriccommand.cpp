#include "deletemetriccommand.h"

#include "createmetriccommand.h"
#include "editservice.h"

#include <QCoreApplication>

DeleteMetricCommand::DeleteMetricCommand(EditService *service, int typeIndex, const UsageMetric &metric)
    : EditCommand(service,
                  QCoreApplication::translate("DeleteMetricCommand", "Delete usage metric %1").arg(metric.name))
    , m_typeIndex(typeIndex)
    , m_metric(metric)
{ }

DeleteMetricCommand::~DeleteMetricCommand() = default;

void DeleteMetricCommand::send(Direction direction)
{
    if (direction == Direction::Forward)
        CreateMetricCommand::sendDelete(service(), serial(), true, m_typeIndex, m_metric, text());
    else
        CreateMetricCommand::sendCreate(service(), serial(), false, m_typeIndex, m_metric, text());
}
