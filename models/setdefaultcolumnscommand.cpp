#include "setdefaultcolumnscommand.h"

#include "posthogclient.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

SetDefaultColumnsCommand::SetDefaultColumnsCommand(int typeIndex, QStringList columns, QStringList before)
    : EditCommand(
        QCoreApplication::translate("SetDefaultColumnsCommand", "Set default columns of group type %1").arg(typeIndex))
    , m_typeIndex(typeIndex)
    , m_columns(std::move(columns))
    , m_before(std::move(before))
{ }

SetDefaultColumnsCommand::~SetDefaultColumnsCommand() = default;

EditTarget SetDefaultColumnsCommand::target(Direction direction, const EditContext &context) const
{
    Q_UNUSED(context)
    EditTarget target;
    target.pending = EditTarget::Pending::GroupType;
    target.about.description = text();
    target.about.typeIndex = m_typeIndex;
    target.about.field = u"default_columns"_s;
    target.about.intendedValue = direction == Direction::Forward ? m_columns : m_before;
    return target;
}

void SetDefaultColumnsCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    context.client->setDefaultColumns(m_typeIndex, direction == Direction::Forward ? m_columns : m_before,
                                      context.receiver, [done = std::move(done)](const ApiResult<GroupType> &r) {
                                          EditOutcome outcome;
                                          outcome.error = r.error;
                                          if (r.ok())
                                              outcome.groupType = r.value;
                                          done(outcome);
                                      });
}
