#pragma once

#include "currentvaluessource.h"
#include "queryaccess.h"

#include <QList>
#include <QPointer>

class FindCurrentValuesSource;
class PostHogClient;
struct GroupsQueryResult;
template<typename T>
struct ApiResult;

/**
 * Reads the current values through the query API: a few GroupsQuery requests selecting
 * `key, properties` with a HogQL property filter `key IN ('k1', 'k2', ...)`
 * (docs/posthog-session-and-query.md sections 3.2 and 3.6), one batch of keys at a time through
 * the client's query rate limiter (PostHog's ClickHouse throttle, 240 a minute).
 *
 * Batches hold at most MaxKeysPerRequest keys and MaxLiteralBytes of quoted keys: the HogQL
 * text becomes ClickHouse SQL, whose parser refuses queries over 256 KiB by default, and a
 * group key may be 400 characters. A key names at most one group of its type, so a batch
 * never needs more rows than it has keys (far below the 50,000-row ceiling); `hasMore` is
 * followed anyway.
 *
 * When the query API is not open to this key (no `query:read` scope, a server older than
 * the query API, a refused query) or keeps failing, the keys not read yet go to
 * groups/find one by one (FindCurrentValuesSource), and methodChanged() says so; a key
 * refused altogether or a lost sign-in stops the read as the find source does.
 *
 * The query API reads ClickHouse, which trails PostHog's database by seconds: a group
 * created a moment ago may be planned as a create, which the applier then finds existing.
 */
class QueryCurrentValuesSource final : public CurrentValuesSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryCurrentValuesSource)

public:
    explicit QueryCurrentValuesSource(PostHogClient *client, QObject *parent = nullptr);
    ~QueryCurrentValuesSource() override;

    /// What the caller already learnt about this key (the groups table's probe): a key known
    /// not to reach the query API starts with groups/find without a failing request.
    void setQueryAccess(const QueryAccess &access);

    void start(int typeIndex, const QStringList &keys) override;
    void cancel() override;
    std::chrono::seconds estimate(int keyCount) const override;
    Method method() const override;
    QString describe(int keyCount) const override;

    /// Why groups/find is used (empty while the query API is).
    QString fallbackReason() const { return m_fallbackReason; }
    /// Query requests this read sent (retries and follow-up pages included).
    int requestCount() const { return m_requests; }

    static constexpr int MaxKeysPerRequest = 5000;
    static constexpr int MaxLiteralBytes = 96 * 1024;
    static constexpr int Attempts = 3;

    /// `keys` cut into request-sized batches (in order).
    static QList<QStringList> batches(const QStringList &keys);
    /// The HogQL condition selecting `keys`.
    static QString keyCondition(const QStringList &keys);

private:
    void sendNext();
    void onPage(const ApiResult<GroupsQueryResult> &page);
    void fallBack(const QString &reason);
    void conclude();

    QPointer<PostHogClient> m_client;
    QueryAccess m_access = QueryAccess::available();
    int m_typeIndex = 0;
    QList<QStringList> m_batches;
    int m_batch = 0;  ///< the batch in flight (or next)
    int m_offset = 0; ///< rows of the batch already read (hasMore)
    int m_attempt = 0;
    int m_done = 0;
    int m_total = 0;
    int m_requests = 0;
    bool m_running = false;
    QString m_fallbackReason;
    FindCurrentValuesSource *m_find = nullptr;
    CurrentValues m_values;
};
