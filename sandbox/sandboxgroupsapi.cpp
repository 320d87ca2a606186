#include "sandboxgroupsapi.h"

#include "sandboxstore.h"

#include <QtCore/QDateTime>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int PageSize = 100;

/// Parses ?group_type_index= for find/update/delete/activity: required, int() without a guard.
std::optional<SandboxReply> groupParams(const SandboxCall &call, int &typeIndex, QString &key, bool requireKey = true)
{
    if (call.param(u"group_type_index"_s).isEmpty())
        return SandboxReply::validation(u"group_type_index"_s, u"This query parameter is required."_s, u"required"_s);
    if (requireKey && !call.hasParam(u"group_key"_s))
        return SandboxReply::validation(u"group_key"_s, u"This query parameter is required."_s, u"required"_s);
    bool ok = false;
    typeIndex = call.param(u"group_type_index"_s).toInt(&ok);
    if (!ok)
        return SandboxReply::serverError(); // PostHog calls int() unguarded here
    key = call.param(u"group_key"_s);
    return std::nullopt;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding);
}

QUrl pageUrl(const SandboxCall &call, const QList<std::pair<QString, QString>> &items)
{
    QUrl url = call.url;
    QUrlQuery query;
    for (const auto &item : items) {
        // '+' and '&' must survive inside values: encode explicitly.
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}
} // namespace

SandboxGroupsApi::SandboxGroupsApi(SandboxStore *store)
    : m_store(store)
{ }

SandboxReply SandboxGroupsApi::handle(const SandboxCall &call)
{
    const QString action = call.segments.value(1);
    if (call.segments.size() > 2)
        return SandboxReply::notFound();
    struct Route
    {
        const char16_t *name;
        const char *method;
        SandboxReply (SandboxGroupsApi::*handler)(const SandboxCall &);
    };
    static const Route routes[] = {
        {u"find", "GET", &SandboxGroupsApi::find},
        {u"update_property", "POST", &SandboxGroupsApi::updateProperty},
        {u"delete_property", "POST", &SandboxGroupsApi::deleteProperty},
        {u"activity", "GET", &SandboxGroupsApi::activity},
        {u"related", "GET", &SandboxGroupsApi::related},
        {u"property_values", "GET", &SandboxGroupsApi::propertyValues},
        {u"property_definitions", "GET", &SandboxGroupsApi::propertyDefinitions},
    };
    if (action.isEmpty()) {
        if (call.method == "GET")
            return list(call);
        if (call.method == "POST")
            return create(call);
        return SandboxReply::methodNotAllowed(call.method);
    }
    for (const Route &route : routes) {
        if (action == QStringView(route.name)) {
            // The newest PostHog removed groups/property_definitions (docs/posthog-api-contract.md §1.9).
            if (action == u"property_definitions"_s && !call.older)
                return SandboxReply::notFound();
            if (call.method != route.method)
                return SandboxReply::methodNotAllowed(call.method);
            return (this->*route.handler)(call);
        }
    }
    // GroupsViewSet has no retrieve: groups/<anything>/ is not a route.
    return SandboxReply::notFound();
}

SandboxReply SandboxGroupsApi::list(const SandboxCall &call)
{
    const QString indexText = call.param(u"group_type_index"_s);
    if (indexText.isEmpty()) {
        return SandboxReply::validation(
            u"group_type_index"_s,
            u"You must pass ?group_type_index= in this URL. To get a list of valid group types, call /api/:project_id/groups_types/."_s);
    }
    bool ok = false;
    const int typeIndex = indexText.toInt(&ok);
    if (!ok)
        return SandboxReply::validation(u"group_type_index"_s, u"A valid integer is required."_s, u"invalid"_s);

    const QString search = call.param(u"search"_s);
    const QString keyFilter = call.param(u"group_key"_s);
    std::optional<std::pair<qint64, QString>> after;
    const QString cursor = call.param(u"cursor"_s);
    if (!cursor.isEmpty()) {
        // Invalid or old-format cursors silently restart at page 1, as PostHog does.
        const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
        const QJsonObject object = QJsonDocument::fromJson(raw).object();
        if (call.older) {
            if (object.contains(u"p"_s) && object.value(u"k"_s).isString())
                after = std::pair{qint64(object.value(u"p"_s).toDouble()), object.value(u"k"_s).toString()};
        } else if (object.value(u"c"_s).isDouble() && object.value(u"k"_s).isString()) {
            after = std::pair{qint64(object.value(u"c"_s).toDouble()), object.value(u"k"_s).toString()};
        }
    }
    const SandboxStore::Page page = m_store->listGroups(typeIndex, search, keyFilter, after, PageSize);

    QJsonValue next;
    if (page.hasMore) {
        // Older servers used DRF's CursorPagination: a different (still opaque) cursor.
        const QJsonObject c =
            call.older ? QJsonObject{{u"p"_s, double(page.lastCreatedUs)}, {u"k"_s, page.lastKey}, {u"o"_s, 0}}
                       : QJsonObject{{u"c"_s, double(page.lastCreatedUs)}, {u"k"_s, page.lastKey}};
        QList<std::pair<QString, QString>> items{
            {u"group_type_index"_s, QString::number(typeIndex)},
            {u"cursor"_s, QString::fromLatin1(base64Url(QJsonDocument(c).toJson(QJsonDocument::Compact)))}};
        if (call.hasParam(u"search"_s))
            items.append({u"search"_s, search});
        if (call.hasParam(u"group_key"_s))
            items.append({u"group_key"_s, keyFilter});
        next = pageUrl(call, items).toString(QUrl::FullyEncoded);
    }
    QJsonValue previous;
    if (call.older && after) {
        // DRF's CursorPagination returned a non-null previous; the sandbox has no reverse
        // paging, so it points at the first page (clients must only follow `next`).
        QList<std::pair<QString, QString>> items{{u"group_type_index"_s, QString::number(typeIndex)}};
        if (call.hasParam(u"search"_s))
            items.append({u"search"_s, search});
        previous = pageUrl(call, items).toString(QUrl::FullyEncoded);
    }
    return SandboxReply::json(200,
                              QJsonObject{{u"next"_s, next}, {u"previous"_s, previous}, {u"results"_s, page.results}});
}

SandboxReply SandboxGroupsApi::create(const SandboxCall &call)
{
    const QJsonObject body = call.json().object();
    const QJsonValue index = body.value(u"group_type_index"_s);
    if (index.isUndefined())
        return SandboxReply::required(u"group_type_index"_s);
    if (index.isNull())
        return SandboxReply::validation(u"group_type_index"_s, u"This field may not be null."_s, u"null"_s);
    const QJsonValue key = body.value(u"group_key"_s);
    if (key.isUndefined())
        return SandboxReply::required(u"group_key"_s);
    if (key.isNull())
        return SandboxReply::validation(u"group_key"_s, u"This field may not be null."_s, u"null"_s);
    const int typeIndex = index.isString() ? index.toString().toInt() : index.toInt(-1);
    if (!index.isDouble() && !(index.isString() && !index.toString().isEmpty()))
        return SandboxReply::validation(u"group_type_index"_s, u"A valid integer is required."_s, u"invalid"_s);
    const QString groupKey = key.isString() ? key.toString() : QString();
    if (groupKey.isEmpty())
        return SandboxReply::validation(u"group_key"_s, u"This field may not be blank."_s, u"blank"_s);
    if (groupKey.size() > 400)
        return SandboxReply::validation(u"group_key"_s, u"Ensure this field has no more than 400 characters."_s,
                                        u"max_length"_s);
    const QJsonValue props = body.value(u"group_properties"_s);
    if (!props.isUndefined() && !props.isNull() && !props.isObject())
        return SandboxReply::validation(u"group_properties"_s, u"Value must be valid JSON."_s, u"invalid"_s);
    if (m_store->hasGroup(typeIndex, groupKey))
        return SandboxReply::validation(u"detail"_s, u"A group with this key already exists"_s);
    m_store->createGroup(typeIndex, groupKey, props.toObject());
    // PostHog writes the row before it checks the group type (trigger_group_identify).
    if (!m_store->groupType(typeIndex))
        return SandboxReply::notFound();
    m_store->recordActivity(typeIndex, groupKey, u"create_group"_s, QJsonObject{{u"name"_s, groupKey}});
    return SandboxReply::json(201, m_store->groupJson(typeIndex, groupKey));
}

SandboxReply SandboxGroupsApi::find(const SandboxCall &call)
{
    int typeIndex = 0;
    QString key;
    if (auto error = groupParams(call, typeIndex, key))
        return *error;
    QJsonObject group = m_store->groupJson(typeIndex, key);
    if (group.isEmpty())
        return SandboxReply::notFound();
    group.insert(u"notebook"_s, QJsonValue());
    return SandboxReply::json(200, group);
}

SandboxReply SandboxGroupsApi::updateProperty(const SandboxCall &call)
{
    int typeIndex = 0;
    QString key;
    if (auto error = groupParams(call, typeIndex, key))
        return *error;
    if (!m_store->hasGroup(typeIndex, key))
        return SandboxReply::notFound();
    const QJsonObject body = call.json().object();
    const QJsonValue name = body.value(u"key"_s);
    const QJsonValue value = body.value(u"value"_s);
    const auto required = [&call](const QString &attr) {
        // Older servers hand-built this 400 with code and detail swapped.
        if (call.older)
            return SandboxReply::error(400, u"validation_error"_s, u"This field is required."_s, u"required"_s, attr);
        return SandboxReply::required(attr);
    };
    if (!name.isString() || name.toString().isEmpty())
        return required(u"key"_s);
    if (value.isUndefined() || value.isNull())
        return required(u"value"_s);
    QJsonObject props = m_store->properties(typeIndex, key);
    const bool existed = props.contains(name.toString());
    const QJsonValue before = props.value(name.toString());
    props.insert(name.toString(), value);
    m_store->setProperties(typeIndex, key, props);
    m_store->recordActivity(
        typeIndex, key, existed ? u"update_property"_s : u"create_property"_s,
        QJsonObject{{u"name"_s, name.toString()},
                    {u"changes"_s, QJsonArray{QJsonObject{{u"type"_s, u"Group"_s},
                                                          {u"action"_s, existed ? u"changed"_s : u"created"_s},
                                                          {u"field"_s, QJsonValue()},
                                                          {u"before"_s, existed ? before : QJsonValue()},
                                                          {u"after"_s, value}}}}});
    return SandboxReply::json(200, m_store->groupJson(typeIndex, key));
}

SandboxReply SandboxGroupsApi::deleteProperty(const SandboxCall &call)
{
    int typeIndex = 0;
    QString key;
    if (auto error = groupParams(call, typeIndex, key))
        return *error;
    if (!m_store->hasGroup(typeIndex, key))
        return SandboxReply::notFound();
    const QJsonValue unset = call.json().object().value(u"$unset"_s);
    if (!unset.isString() || unset.toString().isEmpty())
        return SandboxReply::validation(
            u"$unset"_s, u"This field is required and must be a string (the property name to delete)."_s);
    QJsonObject props = m_store->properties(typeIndex, key);
    const QString name = unset.toString();
    if (!props.contains(name))
        return SandboxReply::validation(u"$unset"_s, u"Property '%1' does not exist on this group."_s.arg(name));
    const QJsonValue before = props.take(name);
    m_store->setProperties(typeIndex, key, props);
    m_store->recordActivity(typeIndex, key, u"delete_property"_s,
                            QJsonObject{{u"name"_s, name},
                                        {u"changes"_s, QJsonArray{QJsonObject{{u"type"_s, u"Group"_s},
                                                                              {u"action"_s, u"deleted"_s},
                                                                              {u"field"_s, QJsonValue()},
                                                                              {u"before"_s, before},
                                                                              {u"after"_s, QJsonValue()}}}}});
    return SandboxReply::json(200, m_store->groupJson(typeIndex, key));
}

SandboxReply SandboxGroupsApi::activity(const SandboxCall &call)
{
    int typeIndex = 0;
    QString key;
    if (auto error = groupParams(call, typeIndex, key))
        return *error;
    bool limitOk = true;
    bool pageOk = true;
    const int limit = call.hasParam(u"limit"_s) ? call.param(u"limit"_s).toInt(&limitOk) : 10;
    const int page = call.hasParam(u"page"_s) ? call.param(u"page"_s).toInt(&pageOk) : 1;
    if (!limitOk || !pageOk)
        return SandboxReply::serverError(); // bare int() in PostHog
    if (!m_store->hasGroup(typeIndex, key))
        return SandboxReply::notFound();
    const QList<QJsonObject> entries = m_store->activity(typeIndex, key);
    const int safeLimit = qMax(1, limit);
    const int safePage = qMax(1, page);
    QJsonArray results;
    const qsizetype start = qsizetype(safePage - 1) * safeLimit;
    for (qsizetype i = start; i < entries.size() && i < start + safeLimit; ++i)
        results.append(entries.at(i));
    const auto link = [&](int p) {
        return QJsonValue(pageUrl(call, {{u"group_type_index"_s, QString::number(typeIndex)},
                                         {u"group_key"_s, key},
                                         {u"limit"_s, QString::number(safeLimit)},
                                         {u"page"_s, QString::number(p)}})
                              .toString(QUrl::FullyEncoded));
    };
    return SandboxReply::json(
        200, QJsonObject{{u"results"_s, results},
                         {u"next"_s, start + safeLimit < entries.size() ? link(safePage + 1) : QJsonValue()},
                         {u"previous"_s, safePage > 1 ? link(safePage - 1) : QJsonValue()},
                         {u"total_count"_s, int(entries.size())}});
}

SandboxReply SandboxGroupsApi::related(const SandboxCall &call)
{
    if (call.param(u"id"_s).isEmpty())
        return SandboxReply::validation(u"id"_s, u"This query parameter is required."_s, u"required"_s);
    const QString id = call.param(u"id"_s);
    int typeIndex = -1;
    if (call.hasParam(u"group_type_index"_s)) {
        bool ok = false;
        typeIndex = call.param(u"group_type_index"_s).toInt(&ok);
        if (!ok || typeIndex < 0 || typeIndex >= 5)
            return SandboxReply::validation(u"group_type_index"_s,
                                            u"group_type_index is required to be at least 0 and less than 5"_s);
    }
    // Deterministic neighbours: two persons and the newest group of every other type.
    const size_t h = qHash(id, 7);
    QJsonArray actors;
    for (int p = 0; p < 2; ++p) {
        const QString uuid = u"01795392-cc00-000%1-7dc7-%2"_s.arg(p).arg(
            QString::number((h + size_t(p)) % 0xFFFFFFFFFFFFULL, 16).rightJustified(12, u'0'));
        actors.append(QJsonObject{
            {u"type"_s, u"person"_s},
            {u"id"_s, uuid},
            {u"uuid"_s, uuid},
            {u"created_at"_s, u"2024-03-10T00:00:00Z"_s},
            {u"last_seen_at"_s, QJsonValue()},
            {u"distinct_ids"_s, QJsonArray{u"user-%1"_s.arg(p)}},
            {u"is_identified"_s, p == 0},
            {u"name"_s, p == 0 ? u"ana@example.com"_s : u"user-1"_s},
            {u"properties"_s, QJsonObject{{u"email"_s, p == 0 ? QJsonValue(u"ana@example.com"_s) : QJsonValue()}}},
            {u"matched_recordings"_s, QJsonArray()},
            {u"value_at_data_point"_s, QJsonValue()}});
    }
    for (int t = 0; t < 5; ++t) {
        if (t == typeIndex || !m_store->groupType(t))
            continue;
        const SandboxStore::Page page = m_store->listGroups(t, {}, {}, std::nullopt, 1);
        if (page.results.isEmpty())
            continue;
        const QJsonObject group = page.results.first().toObject();
        const QString key = group.value(u"group_key"_s).toString();
        actors.append(QJsonObject{{u"type"_s, u"group"_s},
                                  {u"id"_s, key},
                                  {u"group_key"_s, key},
                                  {u"group_type_index"_s, t},
                                  {u"created_at"_s, group.value(u"created_at"_s)},
                                  {u"properties"_s, group.value(u"group_properties"_s)},
                                  {u"matched_recordings"_s, QJsonArray()},
                                  {u"value_at_data_point"_s, QJsonValue()}});
    }
    return SandboxReply::json(200, actors);
}

SandboxReply SandboxGroupsApi::propertyValues(const SandboxCall &call)
{
    if (call.param(u"group_type_index"_s).isEmpty())
        return SandboxReply::validation(u"group_type_index"_s, u"This query parameter is required."_s, u"required"_s);
    if (call.param(u"key"_s).isEmpty())
        return SandboxReply::validation(u"key"_s, u"This query parameter is required."_s, u"required"_s);
    bool ok = false;
    const int typeIndex = call.param(u"group_type_index"_s).toInt(&ok);
    if (!ok)
        return SandboxReply::serverError();
    QJsonArray rows;
    const auto values = m_store->propertyValues(typeIndex, call.param(u"key"_s), call.param(u"value"_s));
    for (const auto &value : values)
        rows.append(QJsonObject{{u"name"_s, value.first}, {u"count"_s, value.second}});
    if (call.older)
        return SandboxReply::json(200, rows);
    return SandboxReply::json(200, QJsonObject{{u"results"_s, rows}, {u"refreshing"_s, false}});
}

SandboxReply SandboxGroupsApi::propertyDefinitions(const SandboxCall &)
{
    // Older servers: {"<index>": [{name, count}, ...]} for every type with properties.
    QJsonObject result;
    for (int t = 0; t < 5; ++t) {
        if (!m_store->groupType(t))
            continue;
        QJsonArray rows;
        const auto definitions = m_store->propertyDefinitions(t);
        for (const auto &definition : definitions)
            rows.append(QJsonObject{{u"name"_s, definition.first}, {u"count"_s, definition.second.second}});
        if (!rows.isEmpty())
            result.insert(QString::number(t), rows);
    }
    return SandboxReply::json(200, result);
}

SandboxReply SandboxGroupsApi::taxonomyDefinitions(const SandboxCall &call)
{
    if (call.method != "GET")
        return SandboxReply::methodNotAllowed(call.method);
    bool ok = false;
    const int typeIndex = call.param(u"group_type_index"_s).toInt(&ok);
    if (call.param(u"type"_s) == u"group"_s && (!ok || typeIndex < 0 || typeIndex > 4))
        return SandboxReply::validation(u"group_type_index"_s,
                                        u"group_type_index is required to be at least 0 and less than 5"_s);
    if (call.param(u"type"_s) != u"group"_s)
        return SandboxReply::json(200, QJsonObject{{u"count"_s, 0},
                                                   {u"next"_s, QJsonValue()},
                                                   {u"previous"_s, QJsonValue()},
                                                   {u"results"_s, QJsonArray()}});
    const int limit = call.hasParam(u"limit"_s) ? qMax(1, call.param(u"limit"_s).toInt()) : 100;
    const int offset = qMax(0, call.param(u"offset"_s).toInt());
    const auto definitions = m_store->propertyDefinitions(typeIndex);
    QJsonArray results;
    for (qsizetype i = offset; i < definitions.size() && i < offset + limit; ++i) {
        const auto &definition = definitions.at(i);
        results.append(QJsonObject{{u"id"_s, u"%1-%2"_s.arg(typeIndex).arg(i)},
                                   {u"name"_s, definition.first},
                                   {u"property_type"_s, definition.second.first},
                                   {u"is_numerical"_s, definition.second.first == u"Numeric"_s},
                                   {u"type"_s, 3},
                                   {u"group_type_index"_s, typeIndex}});
    }
    const auto link = [&](int off) {
        return QJsonValue(pageUrl(call, {{u"type"_s, u"group"_s},
                                         {u"group_type_index"_s, QString::number(typeIndex)},
                                         {u"limit"_s, QString::number(limit)},
                                         {u"offset"_s, QString::number(off)}})
                              .toString(QUrl::FullyEncoded));
    };
    return SandboxReply::json(
        200, QJsonObject{{u"count"_s, int(definitions.size())},
                         {u"next"_s, offset + limit < definitions.size() ? link(offset + limit) : QJsonValue()},
                         {u"previous"_s, offset > 0 ? link(qMax(0, offset - limit)) : QJsonValue()},
                         {u"results"_s, results}});
}
