#include "renamegrouptypecommand.h"

#include "posthogclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

RenameGroupTypeCommand::RenameGroupTypeCommand(int typeIndex, std::optional<QString> singular,
                                               std::optional<QString> plural, QString beforeSingular,
                                               QString beforePlural)
    : EditCommand(QCoreApplication::translate("RenameGroupTypeCommand", "Rename group type %1").arg(typeIndex))
    , m_typeIndex(typeIndex)
    , m_singular(std::move(singular))
    , m_plural(std::move(plural))
    , m_beforeSingular(std::move(beforeSingular))
    , m_beforePlural(std::move(beforePlural))
{ }

RenameGroupTypeCommand::~RenameGroupTypeCommand() = default;

EditTarget RenameGroupTypeCommand::target(Direction direction, const EditContext &context) const
{
    Q_UNUSED(context)
    const bool forward = direction == Direction::Forward;
    EditTarget target;
    target.pending = EditTarget::Pending::GroupType;
    target.about.description = text();
    target.about.typeIndex = m_typeIndex;
    target.about.field = m_singular ? u"name_singular"_s : u"name_plural"_s;
    target.about.intendedValue = forward ? (m_singular ? *m_singular : m_plural.value_or(QString()))
                                         : (m_singular ? m_beforeSingular : m_beforePlural);
    return target;
}

void RenameGroupTypeCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    const bool forward = direction == Direction::Forward;
    GroupTypeNames row;
    row.index = m_typeIndex;
    if (m_singular)
        row.nameSingular = forward ? *m_singular : m_beforeSingular;
    if (m_plural)
        row.namePlural = forward ? *m_plural : m_beforePlural;
    context.client->updateGroupTypeMetadata(
        {row}, context.receiver,
        [typeIndex = m_typeIndex, done = std::move(done)](const ApiResult<QList<GroupType>> &r) {
            EditOutcome outcome;
            outcome.error = r.error;
            if (r.ok()) {
                // update_metadata answers with every type of the project.
                outcome.groupTypes = r.value;
                for (const GroupType &type : r.value) {
                    if (type.index == typeIndex)
                        outcome.groupType = type;
                }
            }
            done(outcome);
        });
}
