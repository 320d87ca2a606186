#pragma once

#include "editcommand.h"

#include <QJsonValue>
#include <QString>

/// Removes one group property; undo sets the recorded before-value again.
class RemoveGroupPropertyCommand final : public EditCommand
{
public:
    RemoveGroupPropertyCommand(EditService *service, int typeIndex, const QString &key, const QString &name,
                               const QJsonValue &before);
    ~RemoveGroupPropertyCommand() override;
    Q_DISABLE_COPY_MOVE(RemoveGroupPropertyCommand)

protected:
    void send(Direction direction) override;

private:
    int m_typeIndex;
    QString m_key;
    QString m_name;
    QJsonValue m_before;
};
