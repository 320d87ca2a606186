#include "setgrouppropertycommand.h"

#include "posthogclient.h"

#include <QCoreApplication>

namespace {
QString describe(const QString &name, const QString &key, bool remove)
{
    return remove ? QCoreApplication::translate("SetGroupPropertyCommand", "Remove %1 of %2").arg(name, key)
                  : QCoreApplication::translate("SetGroupPropertyCommand", "Set %1 of %2").arg(name, key);
}
} // namespace

SetGroupPropertyCommand::SetGroupPropertyCommand(int typeIndex, const QString &key, const QString &name,
                                                 const std::optional<QJsonValue> &value,
                                                 std::optional<QJsonValue> before)
    : EditCommand(describe(name, key, !value))
    , m_typeIndex(typeIndex)
    , m_key(key)
    , m_name(name)
    , m_value(value)
    , m_before(std::move(before))
{ }

SetGroupPropertyCommand::~SetGroupPropertyCommand() = default;

const std::optional<QJsonValue> &SetGroupPropertyCommand::valueFor(Direction direction) const
{
    return direction == Direction::Forward ? m_value : m_before;
}

EditTarget SetGroupPropertyCommand::target(Direction direction, const EditContext &context) const
{
    Q_UNUSED(context)
    EditTarget target;
    target.pending = EditTarget::Pending::Property;
    target.about.description = text();
    target.about.typeIndex = m_typeIndex;
    target.about.objectKey = m_key;
    target.about.field = m_name;
    const std::optional<QJsonValue> &value = valueFor(direction);
    target.about.intendedValue = value ? QVariant::fromValue(*value) : QVariant();
    return target;
}

void SetGroupPropertyCommand::send(Direction direction, const EditContext &context, Reply done) const
{
    auto reply = [done = std::move(done)](const ApiResult<Group> &r) {
        EditOutcome outcome;
        outcome.error = r.error;
        // The server's attr would be "value"/"key"; the property name says more to the views.
        outcome.error.setAttr(QString());
        if (r.ok()) {
            outcome.group = r.value;
            outcome.notice = r.notice;
        }
        done(outcome);
    };
    const std::optional<QJsonValue> &value = valueFor(direction);
    if (value)
        context.client->updateGroupProperty(m_typeIndex, m_key, m_name, *value, context.receiver, std::move(reply));
    else
        context.client->deleteGroupProperty(m_typeIndex, m_key, m_name, context.receiver, std::move(reply));
}
