// The query API of PostHogClient (docs/posthog-session-and-query.md sections 3 and 4):
// GroupsQuery pages and counts, UsageMetricsQuery, the query throttle's own limiter and
// the probe that decides between query and REST browsing.
#include "apilogging.h"
#include "posthogclient.h"
#include "ratelimiter.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// PostHog's ClickHouse throttles, which GroupsQuery and UsageMetricsQuery fall under
// (section 3.4, branch 4): ClickHouseBurstRateThrottle and ClickHouseSustainedRateThrottle.
constexpr int QueriesPerMinute = 240;
constexpr int QueriesPerHour = 1200;
// How long queries recalculate after our own write. PostHog caches blocking results for
// minutes; ten covers its usual cache target age for cheap queries.
constexpr qint64 ForceRefreshMs = qint64{10} * 60 * 1000;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiError badShape(const QString &what)
{
    return ApiError(
        ApiError::Kind::BadResponse,
        PostHogClient::tr("The server's answer to the query does not have the expected shape (%1).").arg(what));
}

/// 202 means the server went async although we asked for a blocking answer.
ApiError stillRunning()
{
    return ApiError(ApiError::Kind::Server,
                    PostHogClient::tr("The server is still calculating the query; try again in a moment."), 202);
}

ApiError refusedLocally(const QString &message)
{
    ApiError error(ApiError::Kind::Validation, message, 0);
    error.setDetail(message);
    return error;
}
} // namespace

RateLimiter *PostHogClient::queryRateLimiter()
{
    if (!m_queryRateLimiter) {
        m_queryRateLimiter = std::make_unique<RateLimiter>(QueriesPerMinute);
        // The hourly budget binds only where PostHog enables its throttles (Cloud), like the
        // general limiter's.
        const bool cloud = m_settings.baseUrl.host().toLower().endsWith(QLatin1String(".posthog.com"));
        m_queryRateLimiter->setRequestsPerHour(cloud ? QueriesPerHour : 0);
    }
    return m_queryRateLimiter.get();
}

bool PostHogClient::isQueryUrl(const QUrl &url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // /api/projects/<id>/query/ or /api/projects/<id>/query/<Kind>/ (after any path prefix).
    const qsizetype api = parts.lastIndexOf(QStringLiteral("api"));
    return api >= 0 && parts.size() >= api + 4 && parts.size() <= api + 5
           && parts.at(api + 3) == QLatin1String("query");
}

void PostHogClient::noteGroupsChanged(int typeIndex)
{
    m_forceRefreshUntil.insert(typeIndex, QDateTime::currentMSecsSinceEpoch() + ForceRefreshMs);
}

bool PostHogClient::mustForceRefresh(int typeIndex) const
{
    return m_forceRefreshUntil.value(typeIndex, 0) > QDateTime::currentMSecsSinceEpoch();
}

void PostHogClient::noteIfGroupWrite(const ApiJob *job)
{
    if (job->method() != ApiJob::Method::Post || !job->error().isOk())
        return;
    const QString path = job->url().path();
    const QUrlQuery query(job->url());
    if (path.endsWith(QLatin1String("/groups/update_property/"))
        || path.endsWith(QLatin1String("/groups/delete_property/"))) {
        bool ok = false;
        const int typeIndex = query.queryItemValue(QStringLiteral("group_type_index")).toInt(&ok);
        if (ok)
            noteGroupsChanged(typeIndex);
    } else if (path.endsWith(QLatin1String("/groups/"))) {
        const QJsonValue index = job->json().object().value(QStringLiteral("group_type_index"));
        if (index.isDouble())
            noteGroupsChanged(index.toInt());
    }
}

QPointer<ApiJob> PostHogClient::groupsQuery(const GroupsQuery &query, QObject *context,
                                            ApiCallback<GroupsQueryResult> done)
{
    GroupsQuery sent = query;
    if (mustForceRefresh(query.typeIndex))
        sent.refresh = GroupsQuery::Refresh::ForceBlocking;
    const QString problem = sent.problem();
    const int typeIndex = query.typeIndex;
    QObject *receiver = context ? context : this;
    QPointer<ApiJob> job =
        send(ApiJob::Method::Post, QStringLiteral("query/"), {}, compact(sent.toRequestBody()), context,
             [done = std::move(done), typeIndex, receiver](ApiJob *finished) {
                 ApiError error = finished->error();
                 if (error.isOk() && finished->httpStatus() == 202)
                     error = stillRunning();
                 if (!error.isOk()) {
                     ApiResult<GroupsQueryResult> result;
                     result.error = error;
                     if (done)
                         done(result);
                     return;
                 }
                 // A 50,000-row page is megabytes of JSON: parse it on a pool thread. The watcher
                 // lives with the receiver, so a receiver that dies first gets nothing.
                 auto *watcher = new QFutureWatcher<ApiResult<GroupsQueryResult>>(receiver);
                 QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done] {
                     watcher->deleteLater();
                     ApiResult<GroupsQueryResult> result = watcher->future().takeResult();
                     if (done)
                         done(result);
                     // Freeing thousands of parsed rows takes tens of milliseconds: let the
                     // page's last reference go on a pool thread (callers that keep rows or
                     // groups hold their own shared copies).
                     QThreadPool::globalInstance()->start([page = std::move(result)]() mutable { page = {}; });
                 });
                 watcher->setFuture(QtConcurrent::run([body = finished->body(), typeIndex] {
                     ApiResult<GroupsQueryResult> result;
                     if (const QString bad = GroupsQueryResult::parseBody(body.trimmed(), typeIndex, result.value);
                         !bad.isEmpty())
                         result.error = badShape(bad);
                     return result;
                 }));
             });
    if (job)
        job->setParseJson(false);
    if (!problem.isEmpty())
        refuseBeforeSending(job, refusedLocally(problem));
    return job;
}

QPointer<ApiJob> PostHogClient::groupsCount(const GroupsQuery &query, QObject *context, ApiCallback<qint64> done)
{
    return groupsQuery(query.countQuery(), context, [done = std::move(done)](const ApiResult<GroupsQueryResult> &page) {
        ApiResult<qint64> result;
        result.error = page.error;
        if (page.ok()) {
            if (page.value.rows.size() != 1 || page.value.rows.constFirst().isEmpty()
                || !page.value.rows.constFirst().at(0).isDouble())
                result.error = badShape(QStringLiteral("count() without one number"));
            else
                result.value = page.value.count();
        }
        if (done)
            done(result);
    });
}

QPointer<ApiJob> PostHogClient::usageMetricValues(int typeIndex, const QString &key, QObject *context,
                                                  ApiCallback<QList<UsageMetricValue>> done, bool forceRefresh)
{
    const QJsonObject body = UsageMetricValue::requestBody(typeIndex, key, forceRefresh || mustForceRefresh(typeIndex));
    return send(ApiJob::Method::Post, QStringLiteral("query/"), {}, compact(body), context,
                [done = std::move(done)](ApiJob *finished) {
                    ApiResult<QList<UsageMetricValue>> result;
                    result.error = finished->error();
                    if (result.error.isOk() && finished->httpStatus() == 202)
                        result.error = stillRunning();
                    if (result.error.isOk()) {
                        const QJsonValue results = finished->json().object().value(QStringLiteral("results"));
                        if (!results.isArray()) {
                            result.error = badShape(QStringLiteral("no results list"));
                        } else {
                            const QJsonArray array = results.toArray();
                            for (const QJsonValue value : array)
                                result.value.append(UsageMetricValue::fromJson(value.toObject()));
                        }
                    }
                    if (done)
                        done(result);
                });
}

QPointer<ApiJob> PostHogClient::probeQueryAccess(int typeIndex, QObject *context, ApiCallback<QueryAccess> done)
{
    GroupsQuery probe;
    probe.typeIndex = typeIndex;
    probe.select = {QStringLiteral("key")};
    probe.limit = 1;
    return groupsQuery(probe, context, [done = std::move(done)](const ApiResult<GroupsQueryResult> &page) {
        ApiResult<QueryAccess> result;
        result.value = page.ok() ? QueryAccess::available() : QueryAccess::fromError(page.error);
        if (!page.ok())
            qCInfo(lcApi) << "query API not used:" << ApiError::kindName(page.error.kind()) << page.error.httpStatus();
        // Cancellation is the only error the caller sees: everything else is an answer.
        if (page.error.kind() == ApiError::Kind::Cancelled)
            result.error = page.error;
        if (done)
            done(result);
    });
}
