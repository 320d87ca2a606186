#pragma once

#include "editcommand.h"

#include <QJsonObject>
#include <QString>

/// PATCHes some fields of a usage metric; undo PATCHes the recorded before-values of the same fields.
class UpdateMetricCommand final : public EditCommand
{
public:
    UpdateMetricCommand(EditService *service, int typeIndex, const QString &id, const QJsonObject &changes,
                        const QJsonObject &before);
    ~UpdateMetricCommand() override;
    Q_DISABLE_COPY_MOVE(UpdateMetricCommand)

protected:
    void send(Direction direction) override;

private:
    int m_typeIndex;
    QString m_id;
    QJsonObject m_changes;
    QJsonObject m_before;
};
