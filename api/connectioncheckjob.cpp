#include "connectioncheckjob.h"

#include "endpointsupport.h"
#include "posthogclient.h"

ConnectionCheckJob::ConnectionCheckJob(PostHogClient *client, QObject *context, ApiCallback<ConnectionCheck> done)
    : QObject(context ? context : client)
    , m_client(client)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{ }

void ConnectionCheckJob::start()
{
    // Step 1: the project itself (project:read).
    m_client->resolveProject(m_context, [this](const ApiResult<ProjectInfo> &r) {
        if (!r.ok() && isFatal(r.error)) {
            fail(r.error);
            return;
        }
        m_check.projectRead = r.ok();
        if (r.ok())
            m_check.project = r.value;
        else
            note(r.error, QStringLiteral("project:read"), PostHogClient::tr("The project's details"));
        probeGroupTypes();
    });
}

void ConnectionCheckJob::probeGroupTypes()
{
    // Step 2: group types (group:read); a fatal error here ends the check.
    if (!m_client)
        return;
    m_client->listGroupTypes(m_context, [this](const ApiResult<QList<GroupType>> &r) {
        if (!r.ok() && isFatal(r.error)) {
            fail(r.error);
            return;
        }
        m_check.groupRead = r.ok();
        if (!r.ok())
            note(r.error, QStringLiteral("group:read"), PostHogClient::tr("Groups"));
        probeMetrics(r.ok() && !r.value.isEmpty() ? r.value.constFirst().index : 0);
    });
}

void ConnectionCheckJob::probeMetrics(int typeIndex)
{
    // Step 3: one metric (usage_metric:read). listUsageMetrics() would read every page; one
    // row is enough to see whether the scope is there.
    if (!m_client)
        return;
    QUrlQuery query;
    PostHogClient::addQueryValue(query, QStringLiteral("limit"), QStringLiteral("1"));
    m_client->send(ApiJob::Method::Get, EndpointSupport::metricsPath(typeIndex), query, {}, m_context,
                   [this, typeIndex](ApiJob *job) {
                       m_check.usageMetricRead = job->error().isOk();
                       if (!m_check.usageMetricRead)
                           note(job->error(), QStringLiteral("usage_metric:read"), PostHogClient::tr("Usage metrics"));
                       probePropertyDefinitions(typeIndex);
                   });
}

void ConnectionCheckJob::probePropertyDefinitions(int typeIndex)
{
    // Step 3b: one event property definition (property_definition:read), what the metric
    // dialog's suggestions and the newest servers' group property names need.
    if (!m_client)
        return;
    QUrlQuery query;
    PostHogClient::addQueryValue(query, QStringLiteral("type"), QStringLiteral("event"));
    PostHogClient::addQueryValue(query, QStringLiteral("limit"), QStringLiteral("1"));
    m_client->send(ApiJob::Method::Get, QStringLiteral("property_definitions/"), query, {}, m_context,
                   [this, typeIndex](ApiJob *job) {
                       m_check.propertyDefinitionRead = job->error().isOk();
                       if (!m_check.propertyDefinitionRead)
                           note(job->error(), QStringLiteral("property_definition:read"),
                                PostHogClient::tr("Property suggestions"));
                       if (!m_check.groupRead) {
                           succeed();
                           return;
                       }
                       probeFirstGroup(typeIndex);
                   });
}

void ConnectionCheckJob::probeFirstGroup(int typeIndex)
{
    // Step 4a: the activity log is asked about one group, so find one first.
    if (!m_client) {
        succeed();
        return;
    }
    GroupQuery groups;
    groups.typeIndex = typeIndex;
    m_client->listGroupsPage(groups, {}, m_context, [this, typeIndex](const ApiResult<GroupPage> &r) {
        if (r.ok() && !r.value.groups.isEmpty()) {
            probeActivity(typeIndex, r.value.groups.constFirst().key);
            return;
        }
        m_check.advice.append(PostHogClient::tr("Group activity access could not be checked "
                                                "because no group was found."));
        succeed();
    });
}

void ConnectionCheckJob::probeActivity(int typeIndex, const QString &key)
{
    // Step 4b: activity log (activity_log:read).
    if (!m_client)
        return;
    m_client->groupActivity(typeIndex, key, 1, 1, m_context, [this](const ApiResult<ActivityPage> &r) {
        m_check.activityLogRead = r.ok();
        if (!r.ok())
            note(r.error, QStringLiteral("activity_log:read"), PostHogClient::tr("Group activity"));
        succeed();
    });
}

void ConnectionCheckJob::note(const ApiError &error, const QString &scope, const QString &what)
{
    if (error.kind() == ApiError::Kind::MissingScope)
        m_check.missingScopes.append(scope);
    else
        m_check.advice.append(
            PostHogClient::tr("%1 could not be checked (scope %2): %3").arg(what, scope, error.userMessage()));
}

bool ConnectionCheckJob::isFatal(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::MissingScope:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NeedsSession:
    case ApiError::Kind::Validation:
        return false;
    default:
        return !error.isOk();
    }
}

void ConnectionCheckJob::fail(const ApiError &error)
{
    if (m_done && (!m_hasContext || m_context))
        m_done({{}, error});
    deleteLater();
}

void ConnectionCheckJob::succeed()
{
    if (!m_check.missingScopes.isEmpty()) {
        m_check.advice.prepend(
            PostHogClient::tr("In PostHog, open Settings > Personal API keys and give this key the missing "
                              "scopes (%1), or create a key that has them.")
                .arg(m_check.missingScopes.join(QStringLiteral(", "))));
    }
    if (m_done && (!m_hasContext || m_context))
        m_done({m_check, {}});
    deleteLater();
}
