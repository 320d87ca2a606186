#include "updatemetriccommand.h"

#include "editservice.h"
#include "posthogclient.h"

#include <QCoreApplication>

UpdateMetricCommand::UpdateMetricCommand(EditService *service, int typeIndex, const QString &id,
                                         const QJsonObject &changes, const QJsonObject &before)
    : EditCommand(service, QCoreApplication::translate("UpdateMetricCommand", "Change usage metric %1")
                               .arg(changes.keys().join(QLatin1String(", "))))
    , m_typeIndex(typeIndex)
    , m_id(id)
    , m_changes(changes)
    , m_before(before)
{ }

UpdateMetricCommand::~UpdateMetricCommand() = default;

void UpdateMetricCommand::send(Direction direction)
{
    EditService *svc = service();
    const bool forward = direction == Direction::Forward;
    const QJsonObject body = forward ? m_changes : m_before;
    // A delete + undo in between re-created the metric under a new id.
    const QString id = svc->currentMetricId(m_id);
    EditFailure failure;
    failure.description = text();
    failure.typeIndex = m_typeIndex;
    failure.objectKey = id;
    failure.field = body.keys().value(0);
    failure.intendedValue = body.toVariantMap();

    const quint64 serial = this->serial();
    const int typeIndex = m_typeIndex;
    svc->beginRequest();
    Q_EMIT svc->metricPending(typeIndex, id, true);
    svc->client()->updateUsageMetric(
        typeIndex, id, body, svc,
        [svc, serial, forward, typeIndex, id, failure](const ApiResult<UsageMetric> &r) mutable {
            svc->endRequest();
            Q_EMIT svc->metricPending(typeIndex, id, false);
            if (r.ok()) {
                svc->noteMetric(typeIndex, r.value);
                Q_EMIT svc->metricChanged(typeIndex, r.value);
            }
            failure.error = r.error;
            svc->finishCommandRequest(serial, forward, failure);
        });
}
