#pragma once

#include "editcommand.h"
#include "usagemetric.h"

/// Creates a usage metric; undo deletes it, redo creates it again (under a new id).
class CreateMetricCommand final : public EditCommand
{
public:
    CreateMetricCommand(EditService *service, int typeIndex, const UsageMetric &metric);
    ~CreateMetricCommand() override;
    Q_DISABLE_COPY_MOVE(CreateMetricCommand)

    /// Shared with DeleteMetricCommand.
    static void sendCreate(EditService *service, quint64 serial, bool forward, int typeIndex, const UsageMetric &metric,
                           const QString &description);
    static void sendDelete(EditService *service, quint64 serial, bool forward, int typeIndex, const UsageMetric &metric,
                           const QString &description);

protected:
    void send(Direction direction) override;

private:
    int m_typeIndex;
    UsageMetric m_metric; ///< id = the id of the latest creation (old ids map forward)
};
