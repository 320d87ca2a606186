#pragma once

#include "editcommand.h"

#include <QJsonObject>

/// Creates a group with its properties. Not undoable: PostHog cannot delete a group.
class CreateGroupCommand final : public EditCommand
{
public:
    CreateGroupCommand(int typeIndex, const QString &key, QJsonObject properties);
    ~CreateGroupCommand() override;
    Q_DISABLE_COPY_MOVE(CreateGroupCommand)

    bool isUndoable() const override { return false; }
    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;

private:
    int m_typeIndex;
    QString m_key;
    QJsonObject m_properties;
};
