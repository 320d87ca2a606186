#include "removegrouppropertycommand.h"

#include "setgrouppropertycommand.h"

#include <QCoreApplication>

RemoveGroupPropertyCommand::RemoveGroupPropertyCommand(EditService *service, int typeIndex, const QString &key,
                                                       const QString &name, const QJsonValue &before)
    : EditCommand(service, QCoreApplication::translate("RemoveGroupPropertyCommand", "Remove %1 of %2").arg(name, key))
    , m_typeIndex(typeIndex)
    , m_key(key)
    , m_name(name)
    , m_before(before)
{ }

RemoveGroupPropertyCommand::~RemoveGroupPropertyCommand() = default;

void RemoveGroupPropertyCommand::send(Direction direction)
{
    const bool forward = direction == Direction::Forward;
    SetGroupPropertyCommand::sendPropertyWrite(service(), serial(), forward, m_typeIndex, m_key, m_name,
                                               forward ? std::nullopt : std::optional<QJsonValue>(m_before), text());
}
