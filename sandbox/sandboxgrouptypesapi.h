#pragma once

#include "sandboxcall.h"
#include "sandboxreply.h"

#include <optional>

class SandboxStore;

/**
 * The `groups_types/` resource of the sandbox: list, delete, the three session-only
 * metadata actions and the nested usage-metrics ModelViewSet.
 */
class SandboxGroupTypesApi
{
    Q_DISABLE_COPY_MOVE(SandboxGroupTypesApi)

public:
    explicit SandboxGroupTypesApi(SandboxStore *store);

    /// `call.segments` starts with "groups_types".
    SandboxReply handle(const SandboxCall &call);

private:
    SandboxReply updateMetadata(const SandboxCall &call);
    SandboxReply setDefaultColumns(const SandboxCall &call);
    SandboxReply createDetailDashboard(const SandboxCall &call);
    SandboxReply metrics(const SandboxCall &call, int typeIndex);
    /// Validates a metric body (full for POST/PUT, partial for PATCH) into `metric`.
    static std::optional<SandboxReply> applyMetric(const QJsonObject &body, bool partial, QJsonObject &metric);

    SandboxStore *m_store;
};
