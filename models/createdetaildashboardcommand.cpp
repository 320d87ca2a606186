#include "createdetaildashboardcommand.h"

#include "posthogclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

CreateDetailDashboardCommand::CreateDetailDashboardCommand(int typeIndex)
    : EditCommand(QCoreApplication::translate("CreateDetailDashboardCommand", "Create detail dashboard"))
    , m_typeIndex(typeIndex)
{ }

CreateDetailDashboardCommand::~CreateDetailDashboardCommand() = default;

EditTarget CreateDetailDashboardCommand::target(Direction direction, const EditContext &context) const
{
    Q_UNUSED(direction)
    Q_UNUSED(context)
    EditTarget target;
    target.pending = EditTarget::Pending::GroupType;
    target.about.description = text();
    target.about.typeIndex = m_typeIndex;
    target.about.field = u"detail_dashboard"_s;
    return target;
}

void CreateDetailDashboardCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    Q_UNUSED(direction)
    context.client->createDetailDashboard(m_typeIndex, context.receiver,
                                          [done = std::move(done)](const ApiResult<GroupType> &r) {
                                              EditOutcome outcome;
                                              outcome.error = r.error;
                                              if (r.ok())
                                                  outcome.groupType = r.value;
                                              done(outcome);
                                          });
}
