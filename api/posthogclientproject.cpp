// PostHogClient's project endpoint and the connection check built on the others
// (docs/posthog-api-contract.md §4). Transport and queueing: posthogclient.cpp.
#include "endpointsupport.h"
#include "posthogclient.h"

#include <QJsonObject>

#include <memory>

using namespace EndpointSupport;

QPointer<ApiJob> PostHogClient::resolveProject(QObject *context, ApiCallback<ProjectInfo> done)
{
    QPointer<PostHogClient> self(this);
    return send(ApiJob::Method::Get, QString(), {}, {}, context,
                deliver<ProjectInfo>(std::move(done), [self](const QJsonDocument &doc, ProjectInfo &out) {
                    if (!doc.isObject())
                        return badShape("project object");
                    const QJsonObject object = doc.object();
                    out.id = object.value(QLatin1String("id")).toInteger(-1);
                    out.name = object.value(QLatin1String("name")).toString();
                    const QJsonValue org = object.value(QLatin1String("organization"));
                    out.organizationName = org.isObject() ? org.toObject().value(QLatin1String("name")).toString()
                                                          : object.value(QLatin1String("organization_name")).toString();
                    if (out.id < 0)
                        return badShape("project id");
                    // From now on every path uses the number, not "@current" (which follows
                    // whatever project the user last opened in the web app).
                    if (self)
                        self->m_projectId = QString::number(out.id);
                    return ApiError();
                }));
}

void PostHogClient::checkConnection(QObject *context, ApiCallback<ConnectionCheck> done)
{
    auto check = std::make_shared<ConnectionCheck>();
    auto fatal = [](const ApiError &error) {
        switch (error.kind()) {
        case ApiError::Kind::MissingScope:
        case ApiError::Kind::Forbidden:
        case ApiError::Kind::NeedsSession:
        case ApiError::Kind::Validation:
            return false;
        default:
            return !error.isOk();
        }
    };
    QPointer<PostHogClient> self(this);

    // A probe that failed for lack of a scope adds the scope to one how-to-fix sentence;
    // any other failure (server down, timeout...) is reported as its own message.
    auto note = [check](const ApiError &error, const QString &scope, const QString &what) {
        if (error.kind() == ApiError::Kind::MissingScope)
            check->missingScopes.append(scope);
        else
            check->advice.append(tr("%1 could not be checked (scope %2): %3").arg(what, scope, error.userMessage()));
    };
    auto finishCheck = [check, done] {
        if (!check->missingScopes.isEmpty()) {
            check->advice.prepend(tr("In PostHog, open Settings > Personal API keys and give this key the missing "
                                     "scopes (%1), or create a key that has them.")
                                      .arg(check->missingScopes.join(QStringLiteral(", "))));
        }
        done({*check, {}});
    };

    // Step 4: activity log (needs one group to ask about).
    auto probeActivity = [self, context, check, note, finishCheck](int typeIndex, const QString &key) {
        if (!self)
            return;
        self->groupActivity(typeIndex, key, 1, 1, context,
                            [check, note, finishCheck](const ApiResult<ActivityPage> &r) {
                                check->activityLogRead = r.ok();
                                if (!r.ok())
                                    note(r.error, QStringLiteral("activity_log:read"), tr("Group activity"));
                                finishCheck();
                            });
    };

    // Step 3: metrics, then the first group of the first type.
    auto probeMetricsAndGroups = [self, context, check, note, finishCheck, probeActivity](int typeIndex) {
        if (!self)
            return;
        QUrlQuery query;
        PostHogClient::addQueryValue(query, QStringLiteral("limit"), QStringLiteral("1"));
        self->send(ApiJob::Method::Get, metricsPath(typeIndex), query, {}, context,
                   [self, context, check, note, finishCheck, probeActivity, typeIndex](ApiJob *job) {
                       check->usageMetricRead = job->error().isOk();
                       if (!check->usageMetricRead)
                           note(job->error(), QStringLiteral("usage_metric:read"), tr("Usage metrics"));
                       if (!self || !check->groupRead) {
                           finishCheck();
                           return;
                       }
                       GroupQuery groups;
                       groups.typeIndex = typeIndex;
                       self->listGroupsPage(
                           groups, {}, context,
                           [check, finishCheck, probeActivity, typeIndex](const ApiResult<GroupPage> &r) {
                               if (r.ok() && !r.value.groups.isEmpty()) {
                                   probeActivity(typeIndex, r.value.groups.constFirst().key);
                                   return;
                               }
                               check->advice.append(tr("Group activity access could not be checked "
                                                       "because no group was found."));
                               finishCheck();
                           });
                   });
    };

    // Step 2: group types (group:read).
    auto probeGroupTypes = [self, context, check, done, fatal, note, probeMetricsAndGroups] {
        if (!self)
            return;
        self->listGroupTypes(context,
                             [check, done, fatal, note, probeMetricsAndGroups](const ApiResult<QList<GroupType>> &r) {
                                 if (!r.ok() && fatal(r.error)) {
                                     done({{}, r.error});
                                     return;
                                 }
                                 check->groupRead = r.ok();
                                 if (!r.ok())
                                     note(r.error, QStringLiteral("group:read"), tr("Groups"));
                                 probeMetricsAndGroups(r.ok() && !r.value.isEmpty() ? r.value.constFirst().index : 0);
                             });
    };

    // Step 1: the project itself.
    resolveProject(context, [check, done, fatal, note, probeGroupTypes](const ApiResult<ProjectInfo> &r) {
        if (!r.ok() && fatal(r.error)) {
            done({{}, r.error});
            return;
        }
        if (r.ok())
            check->project = r.value;
        else
            note(r.error, QStringLiteral("project:read"), tr("The project's details"));
        probeGroupTypes();
    });
}
