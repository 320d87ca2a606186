// PostHogClient's usage-metric endpoints under groups_types/{index}/metrics/
// (docs/posthog-api-contract.md §3).
#include "endpointsupport.h"
#include "posthogclient.h"

#include <QJsonObject>

#include <memory>

using namespace EndpointSupport;

namespace {
QString metricPath(int typeIndex, const QString &id)
{
    return metricsPath(typeIndex) + QString::fromLatin1(QUrl::toPercentEncoding(id)) + QLatin1Char('/');
}

ApiError parseMetric(const QJsonDocument &doc, UsageMetric &out)
{
    if (!doc.isObject())
        return badShape("usage metric object");
    out = UsageMetric::fromJson(doc.object());
    return {};
}

void fetchMetricPages(QPointer<PostHogClient> client, const QUrl &next, int typeIndex, QObject *context,
                      std::shared_ptr<PagedState<UsageMetric>> state)
{
    auto handler = [client, typeIndex, context, state](ApiJob *job) {
        if (!job->error().isOk()) {
            state->done({{}, job->error()});
            return;
        }
        QJsonArray results;
        if (!resultsArray(job->json(), results)) {
            state->done({{}, badShape("usage metric list")});
            return;
        }
        for (const QJsonValue &value : std::as_const(results)) {
            state->items.append(UsageMetric::fromJson(value.toObject()));
            state->raw.append(value);
        }
        // LimitOffset pages: follow `next` (rebased) until it is null.
        const QUrl following = nextLink(job->json());
        if (following.isValid() && client && ++state->pages < MaxPages) {
            fetchMetricPages(client, following, typeIndex, context, state);
            return;
        }
        state->done({state->items, {}, {}, state->raw});
    };
    if (next.isValid()) {
        client->sendToUrl(next, context, handler);
        return;
    }
    QUrlQuery query;
    PostHogClient::addQueryValue(query, QStringLiteral("limit"), QStringLiteral("100"));
    client->send(ApiJob::Method::Get, metricsPath(typeIndex), query, {}, context, handler);
}
} // namespace

void PostHogClient::listUsageMetrics(int typeIndex, QObject *context, ApiCallback<QList<UsageMetric>> done)
{
    auto state = std::make_shared<PagedState<UsageMetric>>();
    state->done = std::move(done);
    fetchMetricPages(QPointer<PostHogClient>(this), {}, typeIndex, context, state);
}

QPointer<ApiJob> PostHogClient::createUsageMetric(int typeIndex, const UsageMetric &metric, QObject *context,
                                                  ApiCallback<UsageMetric> done)
{
    QPointer<ApiJob> job = send(ApiJob::Method::Post, metricsPath(typeIndex), {}, compact(metric.toJson()), context,
                                deliver<UsageMetric>(std::move(done), parseMetric));
    const QList<UsageMetric::Problem> problems = metric.validate();
    if (!problems.isEmpty()) {
        // Refuse before sending: same kind and attr as the server's 400 would carry.
        ApiError error(ApiError::Kind::Validation, QString());
        error.setAttr(problems.constFirst().field);
        error.setDetail(problems.constFirst().message);
        refuseBeforeSending(job, error);
    }
    return job;
}

QPointer<ApiJob> PostHogClient::getUsageMetric(int typeIndex, const QString &id, QObject *context,
                                               ApiCallback<UsageMetric> done)
{
    return send(ApiJob::Method::Get, metricPath(typeIndex, id), {}, {}, context,
                deliver<UsageMetric>(std::move(done), parseMetric));
}

QPointer<ApiJob> PostHogClient::updateUsageMetric(int typeIndex, const QString &id, const QJsonObject &changes,
                                                  QObject *context, ApiCallback<UsageMetric> done)
{
    return send(ApiJob::Method::Patch, metricPath(typeIndex, id), {}, compact(changes), context,
                deliver<UsageMetric>(std::move(done), parseMetric));
}

QPointer<ApiJob> PostHogClient::deleteUsageMetric(int typeIndex, const QString &id, QObject *context,
                                                  ApiCallback<NoContent> done)
{
    return send(ApiJob::Method::Delete, metricPath(typeIndex, id), {}, {}, context,
                deliver<NoContent>(std::move(done), parseNoContent));
}
