#pragma once

#include "sandboxcall.h"
#include "sandboxhogql.h"
#include "sandboxreply.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QString>

#include <vector>

class SandboxStore;

/**
 * `POST query/` (and `query/<Kind>/`) of the sandbox: GroupsQuery and UsageMetricsQuery as
 * PostHog answers them (docs/posthog-session-and-query.md sections 3 and 4). Property filters of
 * type "group" and "hogql" (an expression such as `key IN ('a', 'b')`), search with
 * its similarity rank, ordering by HogQL expressions with PostHog's property typing,
 * count(), offset paging with `hasMore` (limit 100 by default, 50,000 at most) and 400s for
 * expressions outside the subset. Scope and throttle are the router's and server's.
 */
class SandboxQueryApi
{
    Q_DISABLE_COPY_MOVE(SandboxQueryApi)

public:
    explicit SandboxQueryApi(SandboxStore *store);

    /// `call.segments` starts with "query".
    SandboxReply handle(const SandboxCall &call);

private:
    SandboxReply groupsQuery(const QJsonObject &query, bool older);
    /// `forceRefresh`: `force_blocking`/`force_async`/`true`, which skip PostHog's result cache.
    SandboxReply usageMetricsQuery(const QJsonObject &query, bool forceRefresh);
    /// Positions of the matching groups in result order; cached per query until a write.
    const std::vector<int> *orderedMatches(const QJsonObject &query, int typeIndex,
                                           const SandboxHogQl::Definitions &definitions, QString *error);
    SandboxHogQl::Definitions definitions(int typeIndex) const;

    struct CachedOrder
    {
        quint64 revision = 0;
        std::vector<int> positions;
    };

    /// A UsageMetricsQuery answer as PostHog's query cache keeps it: a blocking query gets it
    /// back (is_cached) until it is stale, even after a metric was added or changed.
    struct CachedUsage
    {
        QJsonArray results;
        QDateTime refreshed;
    };

    SandboxStore *m_store;
    QHash<QString, CachedOrder> m_orders; ///< canonical query JSON -> order
    QHash<QString, CachedUsage> m_usage;  ///< "type\nkey" -> last calculated answer
};
