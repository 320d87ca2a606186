#include "createmetriccommand.h"

#include "editservice.h"
#include "posthogclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

CreateMetricCommand::CreateMetricCommand(EditService *service, int typeIndex, const UsageMetric &metric)
    : EditCommand(service,
                  QCoreApplication::translate("CreateMetricCommand", "Create usage metric %1").arg(metric.name))
    , m_typeIndex(typeIndex)
    , m_metric(metric)
{
    // Placeholder id so undo/redo can follow the server ids through EditService's id map.
    if (m_metric.id.isEmpty())
        m_metric.id = u"local-"_s + QString::number(serial());
}

CreateMetricCommand::~CreateMetricCommand() = default;

void CreateMetricCommand::send(Direction direction)
{
    const bool forward = direction == Direction::Forward;
    if (forward)
        sendCreate(service(), serial(), forward, m_typeIndex, m_metric, text());
    else
        sendDelete(service(), serial(), forward, m_typeIndex, m_metric, text());
}

void CreateMetricCommand::sendCreate(EditService *svc, quint64 serial, bool forward, int typeIndex,
                                     const UsageMetric &metric, const QString &description)
{
    EditFailure failure;
    failure.description = description;
    failure.typeIndex = typeIndex;
    failure.objectKey = metric.id;
    failure.intendedValue = QVariant::fromValue(metric);
    const QString oldId = metric.id;
    svc->beginRequest();
    svc->client()->createUsageMetric(
        typeIndex, metric, svc,
        [svc, serial, forward, typeIndex, oldId, failure](const ApiResult<UsageMetric> &r) mutable {
            svc->endRequest();
            if (r.ok()) {
                // Commands recorded with the old id now reach the re-created metric.
                svc->mapMetricId(svc->currentMetricId(oldId), r.value.id);
                svc->noteMetric(typeIndex, r.value);
                Q_EMIT svc->metricCreated(typeIndex, r.value);
            }
            failure.error = r.error;
            svc->finishCommandRequest(serial, forward, failure);
        });
}

void CreateMetricCommand::sendDelete(EditService *svc, quint64 serial, bool forward, int typeIndex,
                                     const UsageMetric &metric, const QString &description)
{
    const QString id = svc->currentMetricId(metric.id);
    EditFailure failure;
    failure.description = description;
    failure.typeIndex = typeIndex;
    failure.objectKey = id;
    svc->beginRequest();
    Q_EMIT svc->metricPending(typeIndex, id, true);
    svc->client()->deleteUsageMetric(
        typeIndex, id, svc, [svc, serial, forward, typeIndex, id, failure](const ApiResult<NoContent> &r) mutable {
            svc->endRequest();
            Q_EMIT svc->metricPending(typeIndex, id, false);
            if (r.ok()) {
                svc->forgetMetric(id);
                Q_EMIT svc->metricDeleted(typeIndex, id);
            }
            failure.error = r.error;
            svc->finishCommandRequest(serial, forward, failure);
        });
}
