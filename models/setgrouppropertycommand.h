#pragma once

#include "editcommand.h"

#include <QJsonValue>
#include <QString>

#include <optional>

/**
 * Adds, changes or removes one group property (nullopt = the group does not have it). Undo
 * writes the before-value back, or removes a property the edit added.
 */
class SetGroupPropertyCommand final : public EditCommand
{
public:
    SetGroupPropertyCommand(int typeIndex, const QString &key, const QString &name,
                            const std::optional<QJsonValue> &value, std::optional<QJsonValue> before);
    ~SetGroupPropertyCommand() override;
    Q_DISABLE_COPY_MOVE(SetGroupPropertyCommand)

    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;

private:
    const std::optional<QJsonValue> &valueFor(Direction direction) const;

    int m_typeIndex;
    QString m_key;
    QString m_name;
    std::optional<QJsonValue> m_value;
    std::optional<QJsonValue> m_before;
};
