#include "deletegrouptypecommand.h"

#include "posthogclient.h"

#include <QCoreApplication>

DeleteGroupTypeCommand::DeleteGroupTypeCommand(int typeIndex)
    : EditCommand(QCoreApplication::translate("DeleteGroupTypeCommand", "Delete group type %1").arg(typeIndex))
    , m_typeIndex(typeIndex)
{ }

DeleteGroupTypeCommand::~DeleteGroupTypeCommand() = default;

EditTarget DeleteGroupTypeCommand::target(Direction direction, const EditContext &context) const
{
    Q_UNUSED(direction)
    Q_UNUSED(context)
    EditTarget target;
    target.pending = EditTarget::Pending::GroupType;
    target.about.description = text();
    target.about.typeIndex = m_typeIndex;
    return target;
}

void DeleteGroupTypeCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    Q_UNUSED(direction)
    context.client->deleteGroupType(m_typeIndex, context.receiver,
                                    [typeIndex = m_typeIndex, done = std::move(done)](const ApiResult<NoContent> &r) {
                                        EditOutcome outcome;
                                        outcome.error = r.error;
                                        if (r.ok())
                                            outcome.deletedGroupType = typeIndex;
                                        done(outcome);
                                    });
}
