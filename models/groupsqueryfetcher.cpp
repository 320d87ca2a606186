#include "groupsqueryfetcher.h"

#include "modelslogging.h"
#include "posthogclient.h"

GroupsQueryFetcher::GroupsQueryFetcher(PostHogClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

GroupsQueryFetcher::~GroupsQueryFetcher()
{
    if (m_client)
        m_client->cancelAll(this);
}

void GroupsQueryFetcher::setQuery(const GroupsQuery &query)
{
    cancel();
    m_query = query;
    m_query.select = {QStringLiteral("group_name"), QStringLiteral("key"), QStringLiteral("created_at"),
                      QStringLiteral("properties")};
    if (m_query.orderBy.isEmpty()) // the server's default, made total
        m_query.orderBy = orderBy(QStringLiteral("created_at"), true);
}

void GroupsQueryFetcher::cancel()
{
    m_validFrom = m_ticket + 1;
    if (m_client)
        m_client->cancelAll(this);
}

quint64 GroupsQueryFetcher::requestPage(int offset, int limit)
{
    const quint64 ticket = ++m_ticket;
    if (!m_client)
        return ticket;
    GroupsQuery page = m_query;
    page.offset = offset;
    page.limit = GroupsQuery::clampLimit(limit);
    m_client->groupsQuery(page, this, [this, ticket](const ApiResult<GroupsQueryResult> &result) {
        if (ticket < m_validFrom)
            return;
        if (!result.ok()) {
            Q_EMIT pageFailed(ticket, result.error);
            return;
        }
        Q_EMIT pageReady(ticket, result.value.groups, result.value.hasMore);
    });
    return ticket;
}

quint64 GroupsQueryFetcher::requestCount()
{
    const quint64 ticket = ++m_ticket;
    if (!m_client)
        return ticket;
    m_client->groupsCount(m_query, this, [this, ticket](const ApiResult<qint64> &result) {
        if (ticket < m_validFrom)
            return;
        if (result.ok())
            Q_EMIT countReady(ticket, result.value);
        else
            Q_EMIT countFailed(ticket, result.error);
    });
    return ticket;
}

QStringList GroupsQueryFetcher::orderBy(const QString &expression, bool descending)
{
    QStringList terms{GroupsQuery::orderTerm(expression, descending)};
    if (expression != QLatin1String("key"))
        terms.append(QStringLiteral("key ASC"));
    return terms;
}

bool GroupsQueryFetcher::looksNumeric(const QList<QJsonValue> &sample)
{
    int numbers = 0;
    int others = 0;
    for (const QJsonValue &value : sample) {
        if (value.isDouble()) {
            ++numbers;
        } else if (value.isString() && !value.toString().trimmed().isEmpty()) {
            bool ok = false;
            value.toString().trimmed().toDouble(&ok);
            ok ? ++numbers : ++others;
        } else if (!value.isNull() && !value.isUndefined()) {
            ++others;
        }
    }
    return numbers > 0 && numbers >= 4 * others;
}
