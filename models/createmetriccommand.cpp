#include "createmetriccommand.h"

#include "metricidmap.h"
#include "posthogclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

CreateMetricCommand::CreateMetricCommand(int typeIndex, const UsageMetric &metric)
    : CreateMetricCommand(QCoreApplication::translate("CreateMetricCommand", "Create usage metric %1").arg(metric.name),
                          typeIndex, metric)
{ }

CreateMetricCommand::CreateMetricCommand(const QString &text, int typeIndex, UsageMetric metric)
    : EditCommand(text)
    , m_typeIndex(typeIndex)
    , m_metric(std::move(metric))
{
    // A metric not created yet has no id; a placeholder lets undo/redo follow the server's ids
    // through the id map like any other.
    static quint64 placeholders = 0;
    if (m_metric.id.isEmpty())
        m_metric.id = u"local-"_s + QString::number(++placeholders);
}

CreateMetricCommand::~CreateMetricCommand() = default;

EditTarget CreateMetricCommand::target(Direction direction, const EditContext &context) const
{
    EditTarget target;
    target.about.description = text();
    target.about.typeIndex = m_typeIndex;
    target.about.objectKey = context.metricIds->current(m_metric.id);
    if (direction == Direction::Forward) {
        target.about.intendedValue = QVariant::fromValue(m_metric);
    } else {
        target.pending = EditTarget::Pending::Metric; // a created metric is on screen while it is deleted
    }
    return target;
}

void CreateMetricCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    MetricIdMap *ids = context.metricIds;
    if (direction == Direction::Forward) {
        context.client->createUsageMetric(
            m_typeIndex, m_metric, context.receiver,
            [ids, oldId = m_metric.id, done = std::move(done)](const ApiResult<UsageMetric> &r) {
                EditOutcome outcome;
                outcome.error = r.error;
                if (r.ok()) {
                    // Commands recorded with the old id now reach the re-created metric.
                    ids->map(ids->current(oldId), r.value.id);
                    outcome.created = r.value;
                }
                done(outcome);
            });
        return;
    }
    const QString id = ids->current(m_metric.id);
    context.client->deleteUsageMetric(m_typeIndex, id, context.receiver,
                                      [id, done = std::move(done)](const ApiResult<NoContent> &r) {
                                          EditOutcome outcome;
                                          outcome.error = r.error;
                                          if (r.ok())
                                              outcome.deletedMetricId = id;
                                          done(outcome);
                                      });
}
