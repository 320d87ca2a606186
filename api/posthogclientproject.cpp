// PostHogClient's project endpoint (docs/posthog-api-contract.md §4) and the entry to the
// connection check (connectioncheckjob.cpp). Transport and queueing: posthogclient.cpp.
#include "connectioncheckjob.h"
#include "endpointsupport.h"
#include "posthogclient.h"

#include <QJsonObject>

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
    auto *job = new ConnectionCheckJob(this, context, std::move(done));
    job->start();
}
