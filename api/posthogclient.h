#pragma once

#include "activityentry.h"
#include "apijob.h"
#include "apiresult.h"
#include "connectionsettings.h"
#include "eventpropertysuggestions.h"
#include "group.h"
#include "groupsquery.h"
#include "groupsqueryresult.h"
#include "grouptype.h"
#include "posthogsession.h"
#include "projectinfo.h"
#include "propertycount.h"
#include "propertydefinition.h"
#include "queryaccess.h"
#include "relatedactor.h"
#include "usagemetric.h"
#include "usagemetricvalue.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class RateLimiter;

/**
 * The one door through which GroupDesk talks to PostHog (docs/posthog-api-contract.md §0).
 *
 * One client per connection. It owns a QNetworkAccessManager unless one is injected
 * (tests inject fakes at that seam). Every call:
 *   - builds the URL from the configured origin (+ path prefix) and the resolved project id;
 *   - sends `Authorization: Bearer <key>` (never token/api_key query parameters);
 *   - creates one ApiJob, queued behind the concurrency cap and the rate limiter;
 *   - calls `done` exactly once, on `context`'s thread, unless `context` was destroyed
 *     or cancelAll(context) was called (then the callback is dropped silently).
 * The returned pointer may be kept (as QPointer) to cancel(); it is deleted after finishing.
 *
 * Nothing here shows UI or spins a nested event loop. Errors come back as ApiError.
 */
class PostHogClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostHogClient)

public:
    explicit PostHogClient(const ConnectionSettings &settings, QNetworkAccessManager *nam = nullptr,
                           QObject *parent = nullptr);
    ~PostHogClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    /// The project id used in paths: numeric once resolveProject() succeeded, else as configured.
    QString projectId() const { return m_projectId; }

    /// A web session beside (or instead of) the key; not owned. SessionRoute decides which
    /// requests it serves. Pass nullptr to drop it.
    void setSession(PostHogSession *session);
    PostHogSession *session() const { return m_session.data(); }

    /// Appends `key=value` to a query for send()/the endpoints, taking `value` as plain text.
    /// QUrlQuery::addQueryItem() reads '%' as the start of an escape, so a group key such as
    /// "a%41b" would silently become "aAb"; this escapes the '%' first.
    static void addQueryValue(QUrlQuery &query, const QString &key, const QString &value);
    /// `group_type_index=N&group_key=K`, the query of every single-group endpoint.
    static QUrlQuery groupQuery(int typeIndex, const QString &key);

    /// Requests queued or on the wire.
    int activeRequests() const;

    /// Why this configuration must not be used (plain http to a remote host, bad URL), or empty.
    QString configurationProblem() const;

    // --- project and connection ------------------------------------------------------
    /// GET projects/{id}/; on success the numeric id replaces "@current" for later calls.
    QPointer<ApiJob> resolveProject(QObject *context, ApiCallback<ProjectInfo> done);
    /// Resolves the project and probes the read scopes; never fails on a missing scope
    /// (it reports it), fails only when the key or host is unusable.
    void checkConnection(QObject *context, ApiCallback<ConnectionCheck> done);

    // --- groups ----------------------------------------------------------------------
    /// One page of groups. Pass an empty `next` for the first page, else GroupPage::next verbatim.
    QPointer<ApiJob> listGroupsPage(const GroupQuery &query, const QUrl &next, QObject *context,
                                    ApiCallback<GroupPage> done);
    QPointer<ApiJob> createGroup(int typeIndex, const QString &key, const QJsonObject &properties, QObject *context,
                                 ApiCallback<Group> done);
    /// groups/find with skip_create_notebook=true (read-only lookups never create notebooks).
    QPointer<ApiJob> findGroup(int typeIndex, const QString &key, QObject *context, ApiCallback<Group> done);
    QPointer<ApiJob> updateGroupProperty(int typeIndex, const QString &key, const QString &property,
                                         const QJsonValue &value, QObject *context, ApiCallback<Group> done);
    QPointer<ApiJob> deleteGroupProperty(int typeIndex, const QString &key, const QString &property, QObject *context,
                                         ApiCallback<Group> done);
    QPointer<ApiJob> groupActivity(int typeIndex, const QString &key, int page, int limit, QObject *context,
                                   ApiCallback<ActivityPage> done);
    QPointer<ApiJob> relatedActors(int typeIndex, const QString &key, QObject *context,
                                   ApiCallback<QList<RelatedActor>> done);
    /// Top values (at most 20) of one property; accepts both response shapes.
    QPointer<ApiJob> propertyValues(int typeIndex, const QString &property, const QString &contains, QObject *context,
                                    ApiCallback<QList<PropertyCount>> done);
    /// Older servers: groups/property_definitions; on 404/405 falls back to
    /// property_definitions/?type=group&group_type_index=N (all pages).
    void propertyDefinitions(int typeIndex, QObject *context, ApiCallback<QList<PropertyDefinition>> done);
    /// Event properties whose name matches `search` (property_definitions/?type=event, the
    /// properties a metric's "sum" adds up); the first pages, up to `limit` names.
    void eventPropertyDefinitions(const QString &search, int limit, QObject *context,
                                  ApiCallback<EventPropertySuggestions> done);

    // --- group types -----------------------------------------------------------------
    QPointer<ApiJob> listGroupTypes(QObject *context, ApiCallback<QList<GroupType>> done);
    QPointer<ApiJob> deleteGroupType(int typeIndex, QObject *context, ApiCallback<NoContent> done);
    /// PATCH update_metadata; newest PostHog answers 403 NeedsSession for personal API keys.
    QPointer<ApiJob> updateGroupTypeMetadata(const QList<GroupTypeNames> &rows, QObject *context,
                                             ApiCallback<QList<GroupType>> done);
    QPointer<ApiJob> setDefaultColumns(int typeIndex, const QStringList &columns, QObject *context,
                                       ApiCallback<GroupType> done);
    QPointer<ApiJob> createDetailDashboard(int typeIndex, QObject *context, ApiCallback<GroupType> done);

    // --- usage metrics ---------------------------------------------------------------
    /// Every metric of the type (follows `next` across LimitOffset pages).
    void listUsageMetrics(int typeIndex, QObject *context, ApiCallback<QList<UsageMetric>> done);
    QPointer<ApiJob> createUsageMetric(int typeIndex, const UsageMetric &metric, QObject *context,
                                       ApiCallback<UsageMetric> done);
    QPointer<ApiJob> getUsageMetric(int typeIndex, const QString &id, QObject *context, ApiCallback<UsageMetric> done);
    /// PATCH with only the given fields (e.g. {"name": "x"}).
    QPointer<ApiJob> updateUsageMetric(int typeIndex, const QString &id, const QJsonObject &changes, QObject *context,
                                       ApiCallback<UsageMetric> done);
    QPointer<ApiJob> deleteUsageMetric(int typeIndex, const QString &id, QObject *context, ApiCallback<NoContent> done);

    // --- query API (posthogclientquery.cpp) -------------------------------------------
    /// One GroupsQuery page. Query requests have their own limiter (PostHog's ClickHouse
    /// throttle: 240/minute, 1200/hour per key) on top of the key's general one.
    QPointer<ApiJob> groupsQuery(const GroupsQuery &query, QObject *context, ApiCallback<GroupsQueryResult> done);
    /// The number of groups the query's filters and search match (count(), no paging).
    QPointer<ApiJob> groupsCount(const GroupsQuery &query, QObject *context, ApiCallback<qint64> done);
    /// The type's usage metric values for one group (UsageMetricsQuery). `forceRefresh` asks for
    /// `force_blocking`: after a metric was saved, a cached answer would lack or misstate it.
    QPointer<ApiJob> usageMetricValues(int typeIndex, const QString &key, QObject *context,
                                       ApiCallback<QList<UsageMetricValue>> done, bool forceRefresh = false);
    /// Asks for one row of the type: tells whether this key may use the query API and why
    /// not. Always succeeds; the answer carries the mode.
    QPointer<ApiJob> probeQueryAccess(int typeIndex, QObject *context, ApiCallback<QueryAccess> done);
    /// Queries of this type ask for `force_blocking` for a while: our own edit made every cached
    /// page stale. Group writes through this client call it themselves.
    void noteGroupsChanged(int typeIndex);
    bool mustForceRefresh(int typeIndex) const;
    /// The query throttle's limiter (tests and the CLI read its counters).
    RateLimiter *queryRateLimiter();
    /// True for .../query/ and .../query/<Kind>/ requests.
    static bool isQueryUrl(const QUrl &url);

    // --- raw access (CLI json output, tests) -----------------------------------------
    /// Any request under /api/projects/{id}/; `pathAndQuery` is relative, e.g. "groups_types/".
    QPointer<ApiJob> send(ApiJob::Method method, const QString &relativePath, const QUrlQuery &query,
                          const QByteArray &jsonBody, QObject *context, std::function<void(ApiJob *)> done);
    /// A verbatim `next` link (rebased onto the configured origin first).
    QPointer<ApiJob> sendToUrl(const QUrl &url, QObject *context, std::function<void(ApiJob *)> done);

    /// Rebases a server-built absolute URL (`next`) onto the configured origin and path
    /// prefix, keeping its path from "/api/" on and its query. Public for tests.
    QUrl rebaseOntoOrigin(const QUrl &serverUrl) const;

    /// Drops the callbacks of every job started with this context and cancels those jobs.
    void cancelAll(QObject *context);

Q_SIGNALS:
    void activeRequestsChanged(int count);
    /// Every failed request, after retries (for the status bar's "last error").
    void requestFailed(const ApiError &error);
    /// The server throttled us; retries wait this long.
    void throttled(int seconds);
    /// The client's own limiter holds requests this long (PostHog's per-key budget is spent).
    void paced(int seconds);

private:
    /// Bookkeeping per live job: who receives the callback, and that connection.
    struct JobEntry
    {
        const QObject *context = nullptr;
        QMetaObject::Connection delivery;
    };

    /// Absolute URL under /api/projects/{id}/ with every query value strictly percent-encoded.
    QUrl apiUrl(const QString &relativePath, const QUrlQuery &query) const;
    QNetworkRequest buildRequest(const QUrl &url, bool hasBody) const;
    /// Takes a just-enqueued job off the queue and fails it with `error` on the next event-loop
    /// turn (callers always get their answer asynchronously, never inside the call).
    void refuseBeforeSending(const QPointer<ApiJob> &job, const ApiError &error);
    /// Creates, registers and queues one job (or fails it at once on a configuration problem).
    QPointer<ApiJob> enqueue(ApiJob::Method method, const QUrl &url, const QByteArray &body, QObject *context,
                             std::function<void(ApiJob *)> done);
    ApiError configurationError() const;
    void onJobFinished(ApiJob *job);
    /// Successful group writes make that type's cached query pages stale.
    void noteIfGroupWrite(const ApiJob *job);
    void onRetryRequested(ApiJob *job, std::chrono::milliseconds delay);
    void schedulePump(std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    void pump();

    ConnectionSettings m_settings;
    QPointer<PostHogSession> m_session;
    QString m_projectId;
    qint64 m_pacedUntil = 0; ///< wall-clock ms until which the current hold was announced
    QNetworkAccessManager *m_nam = nullptr;
    RateLimiter *m_rateLimiter = nullptr;
    std::unique_ptr<RateLimiter> m_queryRateLimiter; ///< created on the first query
    QHash<int, qint64> m_forceRefreshUntil;          ///< type -> monotonic-ish ms (wall clock)
    QQueue<QPointer<ApiJob>> m_queue;
    QHash<ApiJob *, JobEntry> m_jobs;
    QTimer m_pumpTimer;
    QByteArray m_userAgent;
    QList<QSslCertificate> m_extraCaCertificates;
    QString m_caProblem;
    int m_running = 0;
};
