#include "sandboxqueryapi.h"

#include "sandboxstore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
constexpr int DefaultLimit = 100; // posthog/hogql/constants.py DEFAULT_RETURNED_ROWS
constexpr int MaxLimit = 50000;   // MAX_SELECT_RETURNED_ROWS
constexpr int CachedOrders = 12;  // distinct queries kept sorted (1M positions = 4 MB each)

SandboxReply hogqlError(const QString &detail)
{
    return SandboxReply::validation(QString(), detail);
}

/// Matches one GroupPropertyFilter against a group's raw properties (HogQL property_to_expr
/// semantics: negative operators also match groups without the property).
bool matches(const QJsonObject &filter, const QJsonObject &properties, QString *error)
{
    const QString key = filter.value(u"key"_s).toString();
    const QString op = filter.value(u"operator"_s).toString(u"exact"_s);
    const QJsonValue raw = properties.value(key);
    const bool missing = raw.isNull() || raw.isUndefined();
    QJsonArray values;
    const QJsonValue value = filter.value(u"value"_s);
    if (value.isArray())
        values = value.toArray();
    else
        values.append(value);
    const QString text = SandboxHogQl::text(raw);
    const auto anyValue = [&](const auto &test) {
        for (const QJsonValue v : std::as_const(values)) {
            if (test(v))
                return true;
        }
        return false;
    };
    if (op == u"is_set"_s)
        return !missing;
    if (op == u"is_not_set"_s)
        return missing;
    if (op == u"exact"_s)
        return !missing && anyValue([&](const QJsonValue &v) { return SandboxHogQl::text(v) == text; });
    if (op == u"is_not"_s)
        return missing || !anyValue([&](const QJsonValue &v) { return SandboxHogQl::text(v) == text; });
    if (op == u"icontains"_s)
        return !missing && text.contains(SandboxHogQl::text(values.at(0)), Qt::CaseInsensitive);
    if (op == u"not_icontains"_s)
        return missing || !text.contains(SandboxHogQl::text(values.at(0)), Qt::CaseInsensitive);
    if (op == u"regex"_s || op == u"not_regex"_s) {
        const QRegularExpression re(SandboxHogQl::text(values.at(0)));
        if (!re.isValid()) {
            *error = u"Invalid regular expression: %1"_s.arg(re.errorString());
            return false;
        }
        const bool hit = !missing && re.match(text).hasMatch();
        return op == u"regex"_s ? hit : (missing || !hit);
    }
    if (op == u"gt"_s || op == u"lt"_s || op == u"gte"_s || op == u"lte"_s) {
        const auto limit = SandboxHogQl::number(values.at(0));
        if (!limit) {
            *error = u"Cannot parse '%1' as a number for operator '%2'"_s.arg(SandboxHogQl::text(values.at(0)), op);
            return false;
        }
        const auto actual = SandboxHogQl::number(raw.isBool() ? QJsonValue() : raw);
        if (missing || !actual)
            return false;
        if (op == u"gt"_s)
            return *actual > *limit;
        if (op == u"lt"_s)
            return *actual < *limit;
        if (op == u"gte"_s)
            return *actual >= *limit;
        return *actual <= *limit;
    }
    *error = u"Unsupported property operator: %1"_s.arg(op);
    return false;
}

/// PostHog's search rank: exact 0, prefix 1, contains 2 (on the name, else the key).
int searchRank(const QString &search, const QString &name, const QString &key)
{
    int best = 3;
    for (const QString &candidate : {name, key}) {
        if (candidate.compare(search, Qt::CaseInsensitive) == 0)
            best = std::min(best, 0);
        else if (candidate.startsWith(search, Qt::CaseInsensitive))
            best = std::min(best, 1);
        else if (candidate.contains(search, Qt::CaseInsensitive))
            best = std::min(best, 2);
    }
    return best;
}

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}
} // namespace

SandboxQueryApi::SandboxQueryApi(SandboxStore *store)
    : m_store(store)
{ }

SandboxReply SandboxQueryApi::handle(const SandboxCall &call)
{
    if (call.segments.size() > 2)
        return SandboxReply::notFound();
    if (call.method != "POST") {
        // GET/DELETE query/<id>/ poll or cancel async queries; the sandbox answers everything
        // synchronously, so no id is ever known.
        if (call.segments.size() == 2 && (call.method == "GET" || call.method == "DELETE"))
            return SandboxReply::notFound();
        return SandboxReply::methodNotAllowed(call.method);
    }
    const QJsonDocument doc = call.json();
    if (!doc.isObject())
        return SandboxReply::validation(QString(), u"JSON parse error - the body is not a JSON object."_s,
                                        u"parse_error"_s);
    const QJsonValue queryValue = doc.object().value(u"query"_s);
    if (!queryValue.isObject())
        return SandboxReply::required(u"query"_s);
    const QJsonObject query = queryValue.toObject();
    const QString kind = query.value(u"kind"_s).toString();
    if (call.segments.size() == 2 && call.segments.at(1) != kind)
        return SandboxReply::validation(
            QString(), u"Query kind mismatch: the URL says %1 but the body has %2."_s.arg(call.segments.at(1), kind));
    static const QStringList refreshModes{
        u"force_blocking"_s, u"force_async"_s, u"blocking"_s, u"async"_s, u"async_except_on_cache_miss"_s,
        u"lazy_async"_s,     u"force_cache"_s, u"true"_s};
    const QJsonValue refresh = doc.object().value(u"refresh"_s);
    if (!refresh.isUndefined() && !refresh.isNull() && !refresh.isBool() && !refreshModes.contains(refresh.toString()))
        return SandboxReply::validation(u"refresh"_s, u"\"%1\" is not a valid choice."_s.arg(refresh.toString()),
                                        u"invalid_choice"_s);
    if (kind == u"GroupsQuery"_s)
        return groupsQuery(query, call.older);
    if (kind == u"UsageMetricsQuery"_s) {
        const QString mode = refresh.isBool() ? (refresh.toBool() ? u"true"_s : QString()) : refresh.toString();
        return usageMetricsQuery(query, mode == u"force_blocking"_s || mode == u"force_async"_s || mode == u"true"_s);
    }
    return SandboxReply::validation(QString(), u"Unsupported query kind: %1"_s.arg(kind));
}

SandboxHogQl::Definitions SandboxQueryApi::definitions(int typeIndex) const
{
    SandboxHogQl::Definitions map;
    const auto list = m_store->propertyDefinitions(typeIndex);
    for (const auto &entry : list)
        map.insert(entry.first, entry.second.first);
    return map;
}

const std::vector<int> *SandboxQueryApi::orderedMatches(const QJsonObject &query, int typeIndex,
                                                        const SandboxHogQl::Definitions &definitions, QString *error)
{
    QJsonObject identity{{u"t"_s, typeIndex},
                         {u"p"_s, query.value(u"properties"_s)},
                         {u"s"_s, query.value(u"search"_s)},
                         {u"o"_s, query.value(u"orderBy"_s)}};
    const QString cacheKey = QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact));
    const auto cached = m_orders.constFind(cacheKey);
    if (cached != m_orders.cend() && cached->revision == m_store->revision())
        return &cached->positions;

    // Ordering terms: the user's, or created_at DESC; the search rank goes after the user's
    // order, before the default one (groups_query_runner).
    QList<SandboxHogQl::OrderTerm> terms;
    const QJsonArray orderBy = query.value(u"orderBy"_s).toArray();
    for (const QJsonValue entry : orderBy) {
        // group_name sorts as coalesce(properties.name, key), as the runner maps it.
        auto term = SandboxHogQl::parseOrder(entry.toString(), error);
        if (!term)
            return nullptr;
        terms.append(*term);
    }
    const bool userOrder = !terms.isEmpty();
    if (!userOrder) {
        QString ignored;
        terms.append(*SandboxHogQl::parseOrder(u"created_at DESC"_s, &ignored));
    }

    const QString search = query.value(u"search"_s).toString();
    // GroupPropertyFilter ("group") and HogQLPropertyFilter ("hogql", whose `key` is a HogQL
    // expression: property_to_expr parses it as it is), both in AnyGroupScopeFilter.
    QJsonArray filters;
    QList<SandboxHogQl::NodePtr> expressions;
    const QJsonArray allFilters = query.value(u"properties"_s).toArray();
    for (const QJsonValue filter : allFilters) {
        const QString type = filter.toObject().value(u"type"_s).toString();
        if (type == u"hogql"_s) {
            SandboxHogQl::NodePtr node = SandboxHogQl::parse(filter.toObject().value(u"key"_s).toString(), error);
            if (!node)
                return nullptr;
            expressions.append(node);
        } else if (type == u"group"_s) {
            filters.append(filter);
        } else {
            *error = u"Unsupported property filter type in this sandbox: %1"_s.arg(type);
            return nullptr;
        }
    }
    const auto truthy = [](const QJsonValue &value) {
        return value.isBool() ? value.toBool() : value.isDouble() && value.toDouble() != 0.0;
    };
    const int count = m_store->groupCount(typeIndex);
    struct Candidate
    {
        int position;
        int rank;
        QList<QJsonValue> keys;
    };
    std::vector<Candidate> candidates;
    SandboxHogQl::Row row;
    row.typeIndex = typeIndex;
    // Conditions on the key alone are decided before the row's properties are built: ClickHouse
    // keeps groups ordered by key, so `key IN (...)` does not read the other rows either.
    QList<SandboxHogQl::NodePtr> keyOnly;
    QList<SandboxHogQl::NodePtr> others;
    for (const SandboxHogQl::NodePtr &expression : std::as_const(expressions))
        (SandboxHogQl::readsOnlyKey(expression) ? keyOnly : others).append(expression);
    const auto holds = [&](const QList<SandboxHogQl::NodePtr> &list) {
        return std::all_of(list.cbegin(), list.cend(), [&](const SandboxHogQl::NodePtr &expression) {
            return truthy(SandboxHogQl::evaluate(expression, row, definitions));
        });
    };
    for (int position = 0; position < count; ++position) {
        row.key = m_store->keyAt(typeIndex, position);
        row.properties = QJsonObject();
        if (!holds(keyOnly))
            continue;
        row.properties = m_store->propertiesAt(typeIndex, position);
        row.createdUs = m_store->createdUsAt(typeIndex, position);
        bool keep = holds(others);
        for (const QJsonValue filter : filters) {
            if (!keep)
                break;
            if (!matches(filter.toObject(), row.properties, error)) {
                if (!error->isEmpty())
                    return nullptr;
                keep = false;
                break;
            }
        }
        if (!keep)
            continue;
        int rank = 0;
        if (!search.isEmpty()) {
            const QJsonValue name = row.properties.value(u"name"_s);
            const QString nameText = name.isString() ? name.toString() : QString();
            rank = searchRank(search, nameText, row.key);
            if (rank > 2)
                continue;
        }
        Candidate candidate{position, rank, {}};
        candidate.keys.reserve(terms.size());
        for (const auto &term : std::as_const(terms))
            candidate.keys.append(SandboxHogQl::evaluate(term.expression, row, definitions));
        candidates.push_back(std::move(candidate));
    }
    const auto compareTerms = [&terms](const Candidate &a, const Candidate &b) {
        for (qsizetype i = 0; i < terms.size(); ++i) {
            const QJsonValue &x = a.keys.at(i);
            const QJsonValue &y = b.keys.at(i);
            if (x.isNull() || y.isNull()) {
                if (x.isNull() && y.isNull())
                    continue;
                // ClickHouse puts NULLs last in both directions unless told NULLS FIRST.
                return (x.isNull() == terms.at(i).nullsFirst) ? -1 : 1;
            }
            const int c = SandboxHogQl::compare(x, y);
            if (c != 0)
                return terms.at(i).descending ? -c : c;
        }
        return 0;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (!search.isEmpty() && !userOrder && a.rank != b.rank)
            return a.rank < b.rank;
        const int c = compareTerms(a, b);
        if (c != 0)
            return c < 0;
        return !search.isEmpty() && userOrder && a.rank < b.rank;
    });

    if (m_orders.size() >= CachedOrders)
        m_orders.clear();
    CachedOrder &entry = m_orders[cacheKey];
    entry.revision = m_store->revision();
    entry.positions.clear();
    entry.positions.reserve(candidates.size());
    for (const Candidate &candidate : candidates)
        entry.positions.push_back(candidate.position);
    return &entry.positions;
}

SandboxReply SandboxQueryApi::groupsQuery(const QJsonObject &query, bool older)
{
    const QJsonValue index = query.value(u"group_type_index"_s);
    if (!index.isDouble())
        return SandboxReply::validation(u"group_type_index"_s,
                                        u"1 validation error for GroupsQuery\ngroup_type_index\n  Field required"_s);
    const int typeIndex = index.toInt();
    const SandboxHogQl::Definitions defs = definitions(typeIndex);

    // Columns: the select list without duplicates (newest runner), or group_name and key in
    // front of it (older runners, which also sent group_name as a plain string).
    QStringList columns;
    const QJsonArray selectArray = query.value(u"select"_s).toArray();
    if (older)
        columns = {u"group_name"_s, u"key"_s};
    for (const QJsonValue value : selectArray) {
        if (!columns.contains(value.toString()))
            columns.append(value.toString());
    }
    if (columns.isEmpty())
        columns = {u"group_name"_s};
    QList<SandboxHogQl::NodePtr> nodes;
    bool aggregate = false;
    for (const QString &column : std::as_const(columns)) {
        QString error;
        SandboxHogQl::NodePtr node = SandboxHogQl::parse(column, &error);
        if (!node)
            return hogqlError(error);
        aggregate = aggregate || SandboxHogQl::isAggregate(node);
        nodes.append(node);
    }
    const QJsonValue limitValue = query.value(u"limit"_s);
    const QJsonValue offsetValue = query.value(u"offset"_s);
    if ((!limitValue.isUndefined() && !limitValue.isNull() && !limitValue.isDouble())
        || (!offsetValue.isUndefined() && !offsetValue.isNull() && !offsetValue.isDouble()))
        return SandboxReply::validation(QString(), u"1 validation error for GroupsQuery\nlimit\n  Input should be a "
                                                   u"valid integer"_s);
    const int offset = offsetValue.toInt(0);
    if (offset < 0)
        return hogqlError(u"OFFSET must not be negative"_s);
    // The paginator caps any requested limit at the ceiling rather than refusing it.
    const int limit =
        std::clamp(limitValue.toInt(DefaultLimit) > 0 ? limitValue.toInt(DefaultLimit) : DefaultLimit, 1, MaxLimit);

    QString error;
    const std::vector<int> *positions = orderedMatches(query, typeIndex, defs, &error);
    if (!positions)
        return hogqlError(error);

    QJsonArray results;
    QStringList types;
    for (const auto &node : std::as_const(nodes))
        types.append(SandboxHogQl::typeName(node, defs));
    bool hasMore = false;
    if (aggregate) {
        for (const auto &node : std::as_const(nodes)) {
            if (!SandboxHogQl::isAggregate(node))
                return hogqlError(u"Column '%1' must appear in GROUP BY or be used in an aggregate function"_s.arg(
                    SandboxHogQl::print(node)));
        }
        QJsonArray row;
        for (qsizetype i = 0; i < nodes.size(); ++i)
            row.append(qint64(positions->size()));
        results.append(row);
    } else {
        SandboxHogQl::Row row;
        row.typeIndex = typeIndex;
        const size_t end = std::min(positions->size(), size_t(offset) + size_t(limit));
        for (size_t i = size_t(offset); i < end; ++i) {
            const int position = positions->at(i);
            row.key = m_store->keyAt(typeIndex, position);
            row.properties = m_store->propertiesAt(typeIndex, position);
            row.createdUs = m_store->createdUsAt(typeIndex, position);
            QJsonArray cells;
            for (const auto &node : std::as_const(nodes))
                cells.append(SandboxHogQl::output(node, row, defs, older));
            results.append(cells);
        }
        hasMore = positions->size() > size_t(offset) + size_t(limit);
    }

    QStringList printed;
    for (const auto &node : std::as_const(nodes))
        printed.append(SandboxHogQl::print(node));
    QString hogql = u"SELECT %1 FROM groups WHERE equals(index, %2)"_s.arg(printed.join(u", "_s)).arg(typeIndex);
    if (!aggregate) {
        QStringList order;
        const QJsonArray orderBy = query.value(u"orderBy"_s).toArray();
        for (const QJsonValue term : orderBy)
            order.append(term.toString());
        hogql += u" ORDER BY "_s + (order.isEmpty() ? u"created_at DESC"_s : order.join(u", "_s));
        hogql += u" LIMIT %1 OFFSET %2"_s.arg(limit + 1).arg(offset);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray digest =
        QCryptographicHash::hash(QJsonDocument(query).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex();
    QJsonObject body{{u"columns"_s, QJsonArray::fromStringList(columns)},
                     {u"types"_s, QJsonArray::fromStringList(types)},
                     {u"results"_s, results},
                     {u"hogql"_s, hogql},
                     {u"hasMore"_s, hasMore},
                     {u"limit"_s, limit},
                     {u"offset"_s, offset},
                     {u"timings"_s, QJsonArray()},
                     {u"is_cached"_s, false},
                     {u"last_refresh"_s, now},
                     {u"next_allowed_client_refresh"_s, now},
                     {u"cache_key"_s, QString(u"cache_"_s + QString::fromLatin1(digest))},
                     {u"timezone"_s, u"UTC"_s}};
    if (!older)
        body.insert(u"kind"_s, u"GroupsQuery"_s);
    return SandboxReply::json(200, body);
}

SandboxReply SandboxQueryApi::usageMetricsQuery(const QJsonObject &query, bool forceRefresh)
{
    const QJsonValue index = query.value(u"group_type_index"_s);
    const QJsonValue key = query.value(u"group_key"_s);
    if (!index.isDouble() || !key.isString())
        return SandboxReply::validation(
            QString(), u"1 validation error for UsageMetricsQuery\ngroup_type_index and group_key are required"_s);
    const int typeIndex = index.toInt();
    const QString groupKey = key.toString();
    // PostHog serves a blocking query from its cache while the answer is fresh; the cache
    // key is the query, so a metric saved since does not show until a forced refresh.
    // [I] 15 minutes stands for PostHog's staleness threshold of such queries.
    constexpr qint64 FreshSecs = qint64{15} * 60;
    const QString cacheKey = QString::number(typeIndex) + u'\n' + groupKey;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto cached = m_usage.constFind(cacheKey);
        !forceRefresh && cached != m_usage.cend() && cached->refreshed.secsTo(now) < FreshSecs) {
        const QString at = cached->refreshed.toString(Qt::ISODateWithMs);
        return SandboxReply::json(200, QJsonObject{{u"results"_s, cached->results},
                                                   {u"is_cached"_s, true},
                                                   {u"last_refresh"_s, at},
                                                   {u"next_allowed_client_refresh"_s, at},
                                                   {u"timezone"_s, u"UTC"_s}});
    }
    const bool known = m_store->hasGroup(typeIndex, groupKey);
    QJsonArray results;
    const QList<QJsonObject> metrics = m_store->metrics(typeIndex);
    for (const QJsonObject &metric : metrics) {
        // No events in the sandbox: counts are derived from (group, metric) so they are stable.
        const QByteArray seed = (groupKey + u'\n' + metric.value(u"id"_s).toString()).toUtf8();
        const quint64 h = mix(quint64(qHash(seed, 7)));
        const double value = known ? double(h % 1000) : 0.0;
        const double previous = known ? double((h >> 16) % 1000) : 0.0;
        QJsonObject row{
            {u"id"_s, metric.value(u"id"_s)},
            {u"name"_s, metric.value(u"name"_s)},
            {u"format"_s, metric.value(u"format"_s)},
            {u"display"_s, metric.value(u"display"_s)},
            {u"interval"_s, metric.value(u"interval"_s)},
            {u"value"_s, value},
            {u"previous"_s, previous},
            {u"change_from_previous_pct"_s,
             previous > 0 ? QJsonValue(std::round((value - previous) / previous * 1000.0) / 10.0) : QJsonValue()}};
        results.append(row);
    }
    m_usage.insert(cacheKey, CachedUsage{results, now});
    const QString at = now.toString(Qt::ISODateWithMs);
    return SandboxReply::json(200, QJsonObject{{u"results"_s, results},
                                               {u"is_cached"_s, false},
                                               {u"last_refresh"_s, at},
                                               {u"next_allowed_client_refresh"_s, at},
                                               {u"timezone"_s, u"UTC"_s}});
}
