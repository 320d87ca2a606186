#pragma once

#include "sandboxcall.h"
#include "sandboxgroupsapi.h"
#include "sandboxgrouptypesapi.h"
#include "sandboxqueryapi.h"
#include "sandboxreply.h"

#include <QtCore/QStringList>

#include <functional>
#include <optional>

class SandboxStore;

/**
 * Maps an authenticated request under /api/projects/<id>/ to its resource: resolves the
 * project, derives the PostHog scope the route needs, checks it against the key's scopes
 * and dispatches. HTTP, auth, throttling and faults stay in SandboxServer.
 */
class SandboxRouter
{
    Q_DISABLE_COPY_MOVE(SandboxRouter)

public:
    SandboxRouter(SandboxStore *store, int projectId, QString projectName);

    /// `projectSegment` is the raw {project_id}; `call.segments` the path after it.
    /// `throttle` runs after the permission checks (DRF order) and may answer 429.
    SandboxReply route(const QString &projectSegment, const SandboxCall &call, const QStringList &keyScopes,
                       bool metadataPakDeny, const std::function<std::optional<SandboxReply>()> &throttle);

    /// Scope a route needs ("group:read", ...); empty when the route is unknown.
    static QString requiredScope(const SandboxCall &call);
    /// `older`: legacy keys without scopes may do anything (newest PostHog has no such bypass).
    static bool hasScope(const QStringList &keyScopes, const QString &scope, bool older);

    /// Off: the query endpoint does not exist (404), as on servers older than the query API.
    void setQueryApiEnabled(bool enabled) { m_queryApiEnabled = enabled; }

private:
    SandboxReply project() const;

    SandboxGroupsApi m_groups;
    SandboxGroupTypesApi m_groupTypes;
    SandboxQueryApi m_query;
    bool m_queryApiEnabled = true;
    int m_projectId;
    QString m_projectName;
};
