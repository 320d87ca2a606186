#pragma once

#include "editcommand.h"

#include <QJsonObject>
#include <QString>

/// PATCHes the changed fields of a usage metric; undo PATCHes their before-values.
class UpdateMetricCommand final : public EditCommand
{
public:
    UpdateMetricCommand(int typeIndex, QString id, const QJsonObject &changes, QJsonObject before);
    ~UpdateMetricCommand() override;
    Q_DISABLE_COPY_MOVE(UpdateMetricCommand)

    EditTarget target(Direction direction, const EditContext &context) const override;
    void send(Direction direction, const EditContext &context, Reply done) const override;

private:
    int m_typeIndex;
    QString m_id;
    QJsonObject m_changes;
    QJsonObject m_before;
};
