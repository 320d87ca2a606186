#include "creategroupcommand.h"

#include "posthogclient.h"

#include <QCoreApplication>

#include <utility>

CreateGroupCommand::CreateGroupCommand(int typeIndex, const QString &key, QJsonObject properties)
    : EditCommand(QCoreApplication::translate("CreateGroupCommand", "Create group %1").arg(key))
    , m_typeIndex(typeIndex)
    , m_key(key)
    , m_properties(std::move(properties))
{ }

CreateGroupCommand::~CreateGroupCommand() = default;

EditTarget CreateGroupCommand::target(Direction direction, const EditContext &context) const
{
    Q_UNUSED(direction)
    Q_UNUSED(context)
    EditTarget target;
    // No row shows a group that does not exist yet, so there is nothing to mark pending.
    target.pending = EditTarget::Pending::None;
    target.about.description = text();
    target.about.typeIndex = m_typeIndex;
    target.about.objectKey = m_key;
    return target;
}

void CreateGroupCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    Q_UNUSED(direction)
    context.client->createGroup(m_typeIndex, m_key, m_properties, context.receiver,
                                [done = std::move(done)](const ApiResult<Group> &r) {
                                    EditOutcome outcome;
                                    outcome.error = r.error;
                                    if (r.ok()) {
                                        outcome.group = r.value;
                                        outcome.notice = r.notice;
                                    }
                                    done(outcome);
                                });
}
