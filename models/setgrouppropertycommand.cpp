#include "setgrouppropertycommand.h"

#include "editservice.h"
#include "posthogclient.h"

#include <QCoreApplication>

SetGroupPropertyCommand::SetGroupPropertyCommand(EditService *service, int typeIndex, const QString &key,
                                                 const QString &name, const QJsonValue &value,
                                                 const std::optional<QJsonValue> &before)
    : EditCommand(service, QCoreApplication::translate("SetGroupPropertyCommand", "Set %1 of %2").arg(name, key))
    , m_typeIndex(typeIndex)
    , m_key(key)
    , m_name(name)
    , m_value(value)
    , m_before(before)
{ }

SetGroupPropertyCommand::~SetGroupPropertyCommand() = default;

void SetGroupPropertyCommand::send(Direction direction)
{
    const bool forward = direction == Direction::Forward;
    // Undoing the addition of a new property removes it again.
    sendPropertyWrite(service(), serial(), forward, m_typeIndex, m_key, m_name,
                      forward ? std::optional<QJsonValue>(m_value) : m_before, text());
}

void SetGroupPropertyCommand::sendPropertyWrite(EditService *svc, quint64 serial, bool forward, int typeIndex,
                                                const QString &key, const QString &name,
                                                const std::optional<QJsonValue> &value, const QString &description)
{
    EditFailure failure;
    failure.description = description;
    failure.typeIndex = typeIndex;
    failure.objectKey = key;
    failure.field = name;
    failure.intendedValue = value ? QVariant::fromValue(*value) : QVariant();

    auto done = [svc, serial, forward, typeIndex, key, name, failure](const ApiResult<Group> &r) mutable {
        svc->endRequest();
        Q_EMIT svc->propertyPending(typeIndex, key, name, false);
        if (r.ok()) {
            svc->noteGroup(r.value);
            Q_EMIT svc->groupChanged(r.value);
            if (!r.notice.isEmpty())
                Q_EMIT svc->editNotice(r.notice);
        }
        failure.error = r.error;
        // The server's attr would be "value"/"key"; the property name says more to the views.
        failure.error.setAttr(QString());
        svc->finishCommandRequest(serial, forward, failure);
    };
    svc->beginRequest();
    Q_EMIT svc->propertyPending(typeIndex, key, name, true);
    if (value)
        svc->client()->updateGroupProperty(typeIndex, key, name, *value, svc, done);
    else
        svc->client()->deleteGroupProperty(typeIndex, key, name, svc, done);
}
