#include "updatemetriccommand.h"

#include "metricidmap.h"
#include "posthogclient.h"

#include <QCoreApplication>

#include <utility>

UpdateMetricCommand::UpdateMetricCommand(int typeIndex, QString id, const QJsonObject &changes, QJsonObject before)
    : EditCommand(QCoreApplication::translate("UpdateMetricCommand", "Change usage metric %1")
                      .arg(changes.keys().join(QLatin1String(", "))))
    , m_typeIndex(typeIndex)
    , m_id(std::move(id))
    , m_changes(changes)
    , m_before(std::move(before))
{ }

UpdateMetricCommand::~UpdateMetricCommand() = default;

EditTarget UpdateMetricCommand::target(Direction direction, const EditContext &context) const
{
    const QJsonObject &body = direction == Direction::Forward ? m_changes : m_before;
    EditTarget target;
    target.pending = EditTarget::Pending::Metric;
    target.about.description = text();
    target.about.typeIndex = m_typeIndex;
    // A delete + undo in between re-created the metric under a new id.
    target.about.objectKey = context.metricIds->current(m_id);
    target.about.field = body.keys().value(0);
    target.about.intendedValue = body.toVariantMap();
    return target;
}

void UpdateMetricCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    context.client->updateUsageMetric(m_typeIndex, context.metricIds->current(m_id),
                                      direction == Direction::Forward ? m_changes : m_before, context.receiver,
                                      [done = std::move(done)](const ApiResult<UsageMetric> &r) {
                                          EditOutcome outcome;
                                          outcome.error = r.error;
                                          if (r.ok())
                                              outcome.metric = r.value;
                                          done(outcome);
                                      });
}
