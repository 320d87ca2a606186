#include "querycurrentvaluessource.h"

#include "findcurrentvaluessource.h"
#include "groupsquery.h"
#include "groupsqueryresult.h"
#include "posthogclient.h"

#include <QJsonDocument>
#include <QTimer>

#include <cmath>

namespace {
// PostHog's ClickHouse burst throttle for GroupsQuery (section 3.4); the client's query
// limiter paces at it.
constexpr int QueriesPerMinute = 240;

/// Errors no other way of reading would get past: the sign-in or the connection itself.
bool stopsEverything(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Unauthenticated || kind == ApiError::Kind::InsecureUrl
           || kind == ApiError::Kind::Tls;
}

QString reasonFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::MissingScope:
        return QueryCurrentValuesSource::tr("this API key lacks the \"query:read\" scope");
    case ApiError::Kind::NotFound:
        return QueryCurrentValuesSource::tr("this PostHog server has no query API");
    default:
        break;
    }
    if (error.isTransient())
        return QueryCurrentValuesSource::tr("the query API kept failing: %1").arg(error.userMessage());
    return QueryCurrentValuesSource::tr("the query API refused the request: %1").arg(error.userMessage());
}

QString reasonFor(const QueryAccess &access)
{
    switch (access.reason) {
    case QueryAccess::Reason::MissingScope:
        return QueryCurrentValuesSource::tr("this API key lacks the \"query:read\" scope");
    case QueryAccess::Reason::OlderServer:
        return QueryCurrentValuesSource::tr("this PostHog server has no query API");
    default:
        return QueryCurrentValuesSource::tr("the query API refused this key");
    }
}

/// The `properties` cell: PostHog sends the JSON column as text; an object is taken as is.
bool readProperties(const QJsonValue &cell, QJsonObject &out)
{
    if (cell.isObject()) {
        out = cell.toObject();
        return true;
    }
    if (cell.isNull() || cell.isUndefined()) {
        out = QJsonObject();
        return true;
    }
    if (!cell.isString())
        return false;
    const QString text = cell.toString();
    if (text.isEmpty()) {
        out = QJsonObject();
        return true;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    out = document.object();
    return true;
}
} // namespace

QueryCurrentValuesSource::QueryCurrentValuesSource(PostHogClient *client, QObject *parent)
    : CurrentValuesSource(parent)
    , m_client(client)
{ }

QueryCurrentValuesSource::~QueryCurrentValuesSource()
{
    if (m_client)
        m_client->cancelAll(this);
}

void QueryCurrentValuesSource::setQueryAccess(const QueryAccess &access)
{
    m_access = access;
}

QList<QStringList> QueryCurrentValuesSource::batches(const QStringList &keys)
{
    QList<QStringList> out;
    QStringList current;
    qsizetype bytes = 0;
    for (const QString &key : keys) {
        // The literal, its comma and space, in UTF-8 as sent.
        const qsizetype size = GroupsQuery::stringLiteral(key).toUtf8().size() + 2;
        if (!current.isEmpty() && (current.size() >= MaxKeysPerRequest || bytes + size > MaxLiteralBytes)) {
            out.append(current);
            current.clear();
            bytes = 0;
        }
        current.append(key);
        bytes += size;
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString QueryCurrentValuesSource::keyCondition(const QStringList &keys)
{
    QStringList literals;
    literals.reserve(keys.size());
    for (const QString &key : keys)
        literals.append(GroupsQuery::stringLiteral(key));
    return QStringLiteral("key IN (") + literals.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void QueryCurrentValuesSource::start(int typeIndex, const QStringList &keys)
{
    if (m_client)
        m_client->cancelAll(this);
    delete m_find;
    m_find = nullptr;
    m_typeIndex = typeIndex;
    m_batches = batches(keys);
    m_batch = 0;
    m_offset = 0;
    m_attempt = 0;
    m_done = 0;
    m_total = static_cast<int>(keys.size());
    m_requests = 0;
    m_values = CurrentValues();
    m_fallbackReason.clear();
    m_running = true;
    // Asynchronous even for an empty list: finished() never comes inside start().
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        if (!m_access.isQuery() && m_access.reason != QueryAccess::Reason::Unreachable)
            fallBack(reasonFor(m_access));
        else
            sendNext();
    });
}

void QueryCurrentValuesSource::cancel()
{
    if (!m_running)
        return;
    if (m_find) {
        // Its finished() concludes this read with the cancellation.
        m_find->cancel();
        return;
    }
    if (m_client)
        m_client->cancelAll(this);
    m_values.error = ApiError(ApiError::Kind::Cancelled, tr("Reading the current values was cancelled."));
    conclude();
}

std::chrono::seconds QueryCurrentValuesSource::estimate(int keyCount) const
{
    if (m_find)
        return m_find->estimate(keyCount);
    const qsizetype requests =
        m_running || !m_batches.isEmpty() ? m_batches.size() : (keyCount + MaxKeysPerRequest - 1) / MaxKeysPerRequest;
    return std::chrono::seconds(
        static_cast<qint64>(std::ceil(static_cast<double>(requests) * 60.0 / QueriesPerMinute)));
}

CurrentValuesSource::Method QueryCurrentValuesSource::method() const
{
    return m_fallbackReason.isEmpty() ? Method::Query : Method::Find;
}

QString QueryCurrentValuesSource::describe(int keyCount) const
{
    if (m_find) {
        return tr("The query API is not used (%1), so the current values of %n group(s) are read one by one with "
                  "groups/find: about %2 at this key's request budget.",
                  nullptr, keyCount)
            .arg(m_fallbackReason, FindCurrentValuesSource::durationText(m_find->estimate(keyCount)));
    }
    const int requests = m_batches.isEmpty() ? (keyCount + MaxKeysPerRequest - 1) / MaxKeysPerRequest
                                             : static_cast<int>(m_batches.size());
    return tr("Reading the current values of %n group(s) with the query API in %1 request(s).", nullptr, keyCount)
        .arg(requests);
}

void QueryCurrentValuesSource::sendNext()
{
    if (!m_running)
        return;
    if (!m_client) {
        m_values.error = ApiError(ApiError::Kind::Cancelled, tr("The connection was closed."));
        conclude();
        return;
    }
    if (m_batch >= m_batches.size()) {
        conclude();
        return;
    }
    const QStringList &keys = m_batches.at(m_batch);
    GroupsQuery query;
    query.typeIndex = m_typeIndex;
    query.select = {QStringLiteral("key"), QStringLiteral("properties")};
    query.hogqlFilters = {keyCondition(keys)};
    // A stable order makes the offset of a follow-up page mean the same rows.
    query.orderBy = {QStringLiteral("key ASC")};
    query.limit = static_cast<int>(keys.size());
    query.offset = m_offset;
    // A dry run compares with what is there now, never with a cached answer.
    query.refresh = GroupsQuery::Refresh::ForceBlocking;
    ++m_requests;
    m_client->groupsQuery(query, this, [this](const ApiResult<GroupsQueryResult> &page) { onPage(page); });
}

void QueryCurrentValuesSource::onPage(const ApiResult<GroupsQueryResult> &page)
{
    if (!m_running || m_find)
        return;
    const ApiError::Kind kind = page.error.kind();
    if (kind == ApiError::Kind::Cancelled)
        return;
    if (!page.ok()) {
        if (stopsEverything(kind)) {
            m_values.error = page.error;
            conclude();
        } else if (ApiError::isTransient(kind) && ++m_attempt < Attempts) {
            sendNext();
        } else {
            fallBack(reasonFor(page.error));
        }
        return;
    }
    m_attempt = 0;
    const GroupsQueryResult &result = page.value;
    if (result.columnIndex(QStringLiteral("properties")) < 0) {
        fallBack(reasonFor(
            ApiError(ApiError::Kind::BadResponse, tr("The server's answer to the query has no properties column."))));
        return;
    }
    QStringList unparsable;
    for (int row = 0; row < result.rows.size(); ++row) {
        const QString key = result.key(row);
        QJsonObject properties;
        if (readProperties(result.cell(row, QStringLiteral("properties")), properties))
            m_values.groups.insert(key, properties);
        else
            unparsable.append(key);
    }
    for (const QString &key : std::as_const(unparsable))
        m_values.unreadable.insert(key, tr("The server sent properties that are not a JSON object."));
    if (result.hasMore && !result.rows.isEmpty()) {
        m_offset += static_cast<int>(result.rows.size());
        sendNext();
        return;
    }
    m_done += static_cast<int>(m_batches.at(m_batch).size());
    Q_EMIT progress(m_done, m_total);
    ++m_batch;
    m_offset = 0;
    sendNext();
}

void QueryCurrentValuesSource::fallBack(const QString &reason)
{
    if (m_client)
        m_client->cancelAll(this);
    m_fallbackReason = reason;
    QStringList rest;
    for (qsizetype b = m_batch; b < m_batches.size(); ++b) {
        for (const QString &key : m_batches.at(b)) {
            if (!m_values.groups.contains(key) && !m_values.unreadable.contains(key))
                rest.append(key);
        }
    }
    const int base = m_total - static_cast<int>(rest.size());
    m_find = new FindCurrentValuesSource(m_client, this);
    connect(m_find, &CurrentValuesSource::progress, this,
            [this, base](int done, int) { Q_EMIT progress(base + done, m_total); });
    connect(m_find, &CurrentValuesSource::finished, this, [this](const CurrentValues &values) {
        for (auto it = values.groups.cbegin(); it != values.groups.cend(); ++it)
            m_values.groups.insert(it.key(), it.value());
        for (auto it = values.unreadable.cbegin(); it != values.unreadable.cend(); ++it)
            m_values.unreadable.insert(it.key(), it.value());
        m_values.error = values.error;
        conclude();
    });
    Q_EMIT methodChanged();
    m_find->start(m_typeIndex, rest);
}

void QueryCurrentValuesSource::conclude()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_values);
}
