#include "sandboxrouter.h"

#include "sandboxeventproperties.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {
bool isSessionOnlyAction(const SandboxCall &call)
{
    static const QStringList actions{u"update_metadata"_s, u"set_default_columns"_s, u"create_detail_dashboard"_s};
    return call.segments.size() == 2 && call.segments.at(0) == u"groups_types"_s
           && actions.contains(call.segments.at(1));
}
} // namespace

SandboxRouter::SandboxRouter(SandboxStore *store, int projectId, QString projectName)
    : m_groups(store)
    , m_groupTypes(store)
    , m_query(store)
    , m_projectId(projectId)
    , m_projectName(std::move(projectName))
{ }

bool SandboxRouter::hasScope(const QStringList &keyScopes, const QString &scope, bool older)
{
    if (keyScopes.isEmpty() && older)
        return true; // "Legacy Personal API keys have no scopes and are allowed to do anything"
    if (scope.isEmpty() || keyScopes.contains(u"*"_s) || keyScopes.contains(scope))
        return true;
    // X:write also grants X:read.
    if (scope.endsWith(u":read"_s))
        return keyScopes.contains(scope.chopped(5) + u":write"_s);
    return false;
}

QString SandboxRouter::requiredScope(const SandboxCall &call)
{
    const QStringList &s = call.segments;
    const bool read = call.method == "GET" || call.method == "HEAD" || call.method == "OPTIONS";
    const QString rw = read ? u":read"_s : u":write"_s;
    if (s.isEmpty())
        return u"project"_s + rw;
    if (s.at(0) == u"groups"_s) {
        if (s.value(1) == u"activity"_s)
            return u"activity_log:read"_s;
        return u"group"_s + rw;
    }
    if (s.at(0) == u"groups_types"_s) {
        if (s.size() >= 3 && s.at(2) == u"metrics"_s)
            return (call.older ? u"group"_s : u"usage_metric"_s) + rw;
        return u"group"_s + rw;
    }
    if (s.at(0) == u"property_definitions"_s)
        return u"property_definition"_s + rw;
    // QueryViewSet: scope_object "query", and create (POST) counts as a read action.
    if (s.at(0) == u"query"_s)
        return u"query:read"_s;
    return {};
}

SandboxReply SandboxRouter::route(const QString &projectSegment, const SandboxCall &call, const QStringList &keyScopes,
                                  bool metadataPakDeny, const std::function<std::optional<SandboxReply>()> &throttle)
{
    bool numeric = false;
    const int id = projectSegment.toInt(&numeric);
    if (projectSegment != u"@current"_s && !numeric)
        return SandboxReply::notFound(u"Project not found."_s);
    if (numeric && id != m_projectId)
        return SandboxReply::forbidden(u"You don't have access to the project."_s);

    if (!call.segments.isEmpty() && call.segments.at(0) == u"query"_s && !m_queryApiEnabled)
        return SandboxReply::notFound();
    const QString scope = requiredScope(call);
    if (scope.isEmpty())
        return SandboxReply::notFound();
    if (isSessionOnlyAction(call) && metadataPakDeny) {
        // Newest PostHog: these actions have no derivable scope, so PAKs never reach them.
        return SandboxReply::forbidden(u"This action does not support personal API key access"_s);
    }
    if (!hasScope(keyScopes, scope, call.older))
        return SandboxReply::forbidden(u"API key missing required scope '%1'"_s.arg(scope));
    if (throttle) {
        if (std::optional<SandboxReply> throttled = throttle())
            return *throttled;
    }

    if (call.segments.isEmpty())
        return call.method == "GET" ? project() : SandboxReply::methodNotAllowed(call.method);
    if (call.segments.at(0) == u"groups"_s)
        return m_groups.handle(call);
    if (call.segments.at(0) == u"groups_types"_s)
        return m_groupTypes.handle(call);
    if (call.segments.at(0) == u"query"_s)
        return m_query.handle(call);
    if (call.segments.at(0) == u"property_definitions"_s && call.segments.size() == 1) {
        if (call.param(u"type"_s) == u"event"_s)
            return SandboxEventProperties::list(call);
        return m_groups.taxonomyDefinitions(call);
    }
    return SandboxReply::notFound();
}

SandboxReply SandboxRouter::project() const
{
    return SandboxReply::json(200, QJsonObject{{u"id"_s, m_projectId},
                                               {u"uuid"_s, u"0190d2c4-0000-7000-8000-000000000001"_s},
                                               {u"organization"_s, u"0190d2c4-0000-7000-8000-00000000000a"_s},
                                               {u"api_token"_s, u"phc_groupdesk_sandbox"_s},
                                               {u"name"_s, m_projectName},
                                               {u"timezone"_s, u"UTC"_s},
                                               {u"created_at"_s, u"2023-01-01T00:00:00Z"_s}});
}
