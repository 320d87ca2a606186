#pragma once

#include "apierror.h"
#include "group.h"
#include "groupsquery.h"

#include <QList>
#include <QObject>
#include <QPointer>

class PostHogClient;

/**
 * Pages and counts of one group listing through the query API, for GroupsModel.
 *
 * Every request carries a ticket; setQuery() and cancel() make older tickets stale, so their
 * answers never arrive (the model needs no guesswork about which reply is whose). Pages are
 * parsed off the GUI thread by PostHogClient. Rows always include group_name, key,
 * created_at and the whole `properties` column, so a row is a complete Group.
 *
 * Offset paging is stable only with a total order: every orderBy ends with `key ASC`
 * (keys are unique per type), so pages have neither gaps nor duplicates.
 */
class GroupsQueryFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsQueryFetcher)

public:
    /// Rows per page while the user scrolls: a few screens, quick to answer.
    static constexpr int ScrollPageSize = 200;
    /// Rows per page for "Load all" and export: few requests, still parsed in well under a
    /// second, and far below the server's 50,000 ceiling.
    static constexpr int BulkPageSize = 5000;

    explicit GroupsQueryFetcher(PostHogClient *client, QObject *parent = nullptr);
    ~GroupsQueryFetcher() override;

    /// The listing: type, filters, search and order (select is set here). Stales old tickets.
    void setQuery(const GroupsQuery &query);
    const GroupsQuery &query() const { return m_query; }

    quint64 requestPage(int offset, int limit);
    quint64 requestCount();
    /// Drops every answer still to come.
    void cancel();

    /// The ORDER BY for a column: the expression (numeric columns cast with toFloat, so text
    /// such as "300" sorts as a number even without a Numeric definition) plus the key tiebreak.
    static QStringList orderBy(const QString &expression, bool descending);
    /// Whether a property column should sort as numbers, judged from loaded values: numbers
    /// or numeric text for most non-empty values.
    static bool looksNumeric(const QList<QJsonValue> &sample);

Q_SIGNALS:
    void pageReady(quint64 ticket, const QList<Group> &groups, bool hasMore);
    void pageFailed(quint64 ticket, const ApiError &error);
    void countReady(quint64 ticket, qint64 count);
    void countFailed(quint64 ticket, const ApiError &error);

private:
    QPointer<PostHogClient> m_client;
    GroupsQuery m_query;
    quint64 m_ticket = 0;
    quint64 m_validFrom = 1; ///< tickets below this are stale
};
