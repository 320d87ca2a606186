// The typed endpoints of PostHogClient (posthog-api.md section 0). Transport, queueing and
// URL handling live in posthogclient.cpp; this file only maps requests and responses.
#include "apijson.h"
#include "apilogging.h"
#include "posthogclient.h"
#include "propertyparsing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace {
ApiError badShape(const char *what)
{
    return ApiError(
        ApiError::Kind::BadResponse,
        PostHogClient::tr("The server's answer does not have the expected shape (%1).").arg(QString::fromLatin1(what)));
}

/// Wraps a typed callback: errors pass through, successes are parsed by `parse`.
template<typename T, typename Parse>
std::function<void(ApiJob *)> deliver(ApiCallback<T> done, Parse parse)
{
    return [done = std::move(done), parse = std::move(parse)](ApiJob *job) {
        ApiResult<T> result;
        result.error = job->error();
        if (result.error.isOk())
            result.error = parse(job->json(), result.value);
        if (done)
            done(result);
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString metricsPath(int typeIndex)
{
    return QStringLiteral("groups_types/%1/metrics/").arg(typeIndex);
}

QString metricPath(int typeIndex, const QString &id)
{
    return metricsPath(typeIndex) + QString::fromLatin1(QUrl::toPercentEncoding(id)) + QLatin1Char('/');
}

ApiError parseGroup(const QJsonDocument &doc, Group &out)
{
    if (!doc.isObject())
        return badShape("group object");
    out = Group::fromJson(doc.object());
    return {};
}

/// For the group writes (create, update_property, delete_property): PostHog answers a failed
/// `$groupidentify` capture with an error although the row was already written. Read the group
/// back and report success with a notice, so callers neither undo a saved change nor resend it.
std::function<void(ApiJob *)> deliverGroupWrite(QPointer<PostHogClient> client, int typeIndex, const QString &key,
                                                QObject *context, ApiCallback<Group> done)
{
    auto plain = deliver<Group>(done, parseGroup);
    const bool hasContext = context != nullptr;
    return [client, typeIndex, key, hasContext, context = QPointer<QObject>(context), done,
            plain = std::move(plain)](ApiJob *job) {
        const ApiError error = job->error();
        if (!error.isCaptureFailure() || !client) {
            plain(job);
            return;
        }
        if (hasContext && !context)
            return; // the caller is gone, like any callback whose context died
        qCWarning(lcApi) << "write applied but its event capture failed:" << error.code() << error.httpStatus();
        client->findGroup(typeIndex, key, hasContext ? context.data() : client.data(),
                          [done, error](const ApiResult<Group> &readBack) {
                              ApiResult<Group> result = readBack;
                              if (readBack.ok()) {
                                  result.notice = error.userMessage();
                              } else {
                                  result.error = error;
                              }
                              if (done)
                                  done(result);
                          });
    };
}

ApiError parseGroupType(const QJsonDocument &doc, GroupType &out)
{
    if (!doc.isObject())
        return badShape("group type object");
    out = GroupType::fromJson(doc.object());
    return {};
}

ApiError parseGroupTypes(const QJsonDocument &doc, QList<GroupType> &out)
{
    // The code returns a bare array; the public docs show one object: accept both.
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.isObject() && doc.object().value(QLatin1String("results")).isArray())
        array = doc.object().value(QLatin1String("results")).toArray();
    else if (doc.isObject())
        array.append(doc.object());
    else
        return badShape("group type list");
    for (const QJsonValue &value : std::as_const(array))
        out.append(GroupType::fromJson(value.toObject()));
    return {};
}

ApiError parseMetric(const QJsonDocument &doc, UsageMetric &out)
{
    if (!doc.isObject())
        return badShape("usage metric object");
    out = UsageMetric::fromJson(doc.object());
    return {};
}

ApiError parseNoContent(const QJsonDocument &, NoContent &)
{
    return {};
}

bool resultsArray(const QJsonDocument &doc, QJsonArray &out)
{
    return ApiJson::resultsArray(doc, out);
}

QUrl nextLink(const QJsonDocument &doc)
{
    const QJsonValue next = doc.object().value(QLatin1String("next"));
    return next.isString() && !next.toString().isEmpty() ? QUrl(next.toString(), QUrl::TolerantMode) : QUrl();
}

/// Shared state of a request that follows `next` across several pages.
template<typename T>
struct PagedState
{
    QList<T> items;
    ApiCallback<QList<T>> done;
    int pages = 0;
};

constexpr int MaxPages = 10000;
} // namespace

// --- project and connection ----------------------------------------------------------

QPointer<ApiJob> PostHogClient::resolveProject(QObject *context, ApiCallback<ProjectInfo> done)
{
    QPointer<PostHogClient> self(this);
    return send(ApiJob::Method::Get, QString(), {}, {}, context,
                deliver<ProjectInfo>(std::move(done), [self](const QJsonDocument &doc, ProjectInfo &out) {
                    if (!doc.isObject())
                        return badShape("project object");
                    const QJsonObject object = doc.object();
                    out.id = object.value(QLatin1String("id")).toInteger(-1);
                    out.name = object.value(QLatin1String("name")).toString();
                    const QJsonValue org = object.value(QLatin1String("organization"));
                    out.organizationName = org.isObject() ? org.toObject().value(QLatin1String("name")).toString()
                                                          : object.value(QLatin1String("organization_name")).toString();
                    if (out.id < 0)
                        return badShape("project id");
                    // From now on every path uses the number, not "@current" (which follows
                    // whatever project the user last opened in the web app).
                    if (self)
                        self->m_projectId = QString::number(out.id);
                    return ApiError();
                }));
}

void PostHogClient::checkConnection(QObject *context, ApiCallback<ConnectionCheck> done)
{
    auto check = std::make_shared<ConnectionCheck>();
    auto fatal = [](const ApiError &error) {
        switch (error.kind()) {
        case ApiError::Kind::MissingScope:
        case ApiError::Kind::Forbidden:
        case ApiError::Kind::NeedsSession:
        case ApiError::Kind::Validation:
            return false;
        default:
            return !error.isOk();
        }
    };
    QPointer<PostHogClient> self(this);

    // A probe that failed for lack of a scope adds the scope to one how-to-fix sentence;
    // any other failure (server down, timeout...) is reported as its own message.
    auto note = [check](const ApiError &error, const QString &scope, const QString &what) {
        if (error.kind() == ApiError::Kind::MissingScope)
            check->missingScopes.append(scope);
        else
            check->advice.append(tr("%1 could not be checked (scope %2): %3").arg(what, scope, error.userMessage()));
    };
    auto finishCheck = [check, done] {
        if (!check->missingScopes.isEmpty()) {
            check->advice.prepend(tr("In PostHog, open Settings > Personal API keys and give this key the missing "
                                     "scopes (%1), or create a key that has them.")
                                      .arg(check->missingScopes.join(QStringLiteral(", "))));
        }
        done({*check, {}});
    };

    // Step 4: activity log (needs one group to ask about).
    auto probeActivity = [self, context, check, note, finishCheck](int typeIndex, const QString &key) {
        if (!self)
            return;
        self->groupActivity(typeIndex, key, 1, 1, context,
                            [check, note, finishCheck](const ApiResult<ActivityPage> &r) {
                                check->activityLogRead = r.ok();
                                if (!r.ok())
                                    note(r.error, QStringLiteral("activity_log:read"), tr("Group activity"));
                                finishCheck();
                            });
    };

    // Step 3: metrics, then the first group of the first type.
    auto probeMetricsAndGroups = [self, context, check, note, finishCheck, probeActivity](int typeIndex) {
        if (!self)
            return;
        QUrlQuery query;
        PostHogClient::addQueryValue(query, QStringLiteral("limit"), QStringLiteral("1"));
        self->send(ApiJob::Method::Get, metricsPath(typeIndex), query, {}, context,
                   [self, context, check, note, finishCheck, probeActivity, typeIndex](ApiJob *job) {
                       check->usageMetricRead = job->error().isOk();
                       if (!check->usageMetricRead)
                           note(job->error(), QStringLiteral("usage_metric:read"), tr("Usage metrics"));
                       if (!self || !check->groupRead) {
                           finishCheck();
                           return;
                       }
                       GroupQuery groups;
                       groups.typeIndex = typeIndex;
                       self->listGroupsPage(
                           groups, {}, context,
                           [check, finishCheck, probeActivity, typeIndex](const ApiResult<GroupPage> &r) {
                               if (r.ok() && !r.value.groups.isEmpty()) {
                                   probeActivity(typeIndex, r.value.groups.constFirst().key);
                                   return;
                               }
                               check->advice.append(tr("Group activity access could not be checked "
                                                       "because no group was found."));
                               finishCheck();
                           });
                   });
    };

    // Step 2: group types (group:read).
    auto probeGroupTypes = [self, context, check, done, fatal, note, probeMetricsAndGroups] {
        if (!self)
            return;
        self->listGroupTypes(context,
                             [check, done, fatal, note, probeMetricsAndGroups](const ApiResult<QList<GroupType>> &r) {
                                 if (!r.ok() && fatal(r.error)) {
                                     done({{}, r.error});
                                     return;
                                 }
                                 check->groupRead = r.ok();
                                 if (!r.ok())
                                     note(r.error, QStringLiteral("group:read"), tr("Groups"));
                                 probeMetricsAndGroups(r.ok() && !r.value.isEmpty() ? r.value.constFirst().index : 0);
                             });
    };

    // Step 1: the project itself.
    resolveProject(context, [check, done, fatal, note, probeGroupTypes](const ApiResult<ProjectInfo> &r) {
        if (!r.ok() && fatal(r.error)) {
            done({{}, r.error});
            return;
        }
        if (r.ok())
            check->project = r.value;
        else
            note(r.error, QStringLiteral("project:read"), tr("The project's details"));
        probeGroupTypes();
    });
}

// --- groups --------------------------------------------------------------------------

QPointer<ApiJob> PostHogClient::listGroupsPage(const GroupQuery &query, const QUrl &next, QObject *context,
                                               ApiCallback<GroupPage> done)
{
    QPointer<PostHogClient> self(this);
    auto parse = [self](const QJsonDocument &doc, GroupPage &out) {
        QJsonArray results;
        if (!resultsArray(doc, results))
            return badShape("group list");
        out.groups.reserve(results.size());
        for (const QJsonValue &value : std::as_const(results))
            out.groups.append(Group::fromJson(value.toObject()));
        const QUrl next = nextLink(doc);
        if (next.isValid() && self) {
            out.next = self->rebaseOntoOrigin(next);
            if (!out.next.isValid())
                return ApiError(ApiError::Kind::BadResponse,
                                tr("The server sent a page link that is not a PostHog API address."));
        }
        return ApiError();
    };
    if (!next.isEmpty())
        return sendToUrl(next, context, deliver<GroupPage>(std::move(done), parse));

    QUrlQuery q;
    PostHogClient::addQueryValue(q, QStringLiteral("group_type_index"), QString::number(query.typeIndex));
    if (!query.search.isEmpty())
        PostHogClient::addQueryValue(q, QStringLiteral("search"), query.search);
    if (!query.keyContains.isEmpty())
        PostHogClient::addQueryValue(q, QStringLiteral("group_key"), query.keyContains);
    return send(ApiJob::Method::Get, QStringLiteral("groups/"), q, {}, context,
                deliver<GroupPage>(std::move(done), parse));
}

QPointer<ApiJob> PostHogClient::createGroup(int typeIndex, const QString &key, const QJsonObject &properties,
                                            QObject *context, ApiCallback<Group> done)
{
    QJsonObject body;
    body.insert(QStringLiteral("group_type_index"), typeIndex);
    body.insert(QStringLiteral("group_key"), key);
    body.insert(QStringLiteral("group_properties"), properties);
    return send(ApiJob::Method::Post, QStringLiteral("groups/"), {}, compact(body), context,
                deliverGroupWrite(this, typeIndex, key, context, std::move(done)));
}

QPointer<ApiJob> PostHogClient::findGroup(int typeIndex, const QString &key, QObject *context, ApiCallback<Group> done)
{
    QUrlQuery query = groupQuery(typeIndex, key);
    // Read-only lookups must not create CRM notebooks as a side effect.
    PostHogClient::addQueryValue(query, QStringLiteral("skip_create_notebook"), QStringLiteral("true"));
    return send(ApiJob::Method::Get, QStringLiteral("groups/find/"), query, {}, context,
                deliver<Group>(std::move(done), parseGroup));
}

QPointer<ApiJob> PostHogClient::updateGroupProperty(int typeIndex, const QString &key, const QString &property,
                                                    const QJsonValue &value, QObject *context, ApiCallback<Group> done)
{
    QJsonObject body;
    body.insert(QStringLiteral("key"), property);
    body.insert(QStringLiteral("value"), value);
    QPointer<ApiJob> job =
        send(ApiJob::Method::Post, QStringLiteral("groups/update_property/"), groupQuery(typeIndex, key), compact(body),
             context, deliverGroupWrite(this, typeIndex, key, context, std::move(done)));
    // The server answers both with a bare 400; say what to do instead, before anything is sent.
    const auto refuse = [&](const QString &attr, const QString &message) {
        ApiError error(ApiError::Kind::Validation, message);
        error.setAttr(attr);
        error.setDetail(message);
        refuseBeforeSending(job, error);
    };
    if (property.isEmpty())
        refuse(QStringLiteral("key"), tr("A property needs a name."));
    else if (value.isNull() || value.isUndefined())
        refuse(QStringLiteral("value"),
               tr("PostHog cannot store an empty (null) value in \"%1\"; delete the property instead.").arg(property));
    return job;
}

QPointer<ApiJob> PostHogClient::deleteGroupProperty(int typeIndex, const QString &key, const QString &property,
                                                    QObject *context, ApiCallback<Group> done)
{
    QJsonObject body;
    body.insert(QStringLiteral("$unset"), property);
    return send(ApiJob::Method::Post, QStringLiteral("groups/delete_property/"), groupQuery(typeIndex, key),
                compact(body), context, deliverGroupWrite(this, typeIndex, key, context, std::move(done)));
}

QPointer<ApiJob> PostHogClient::groupActivity(int typeIndex, const QString &key, int page, int limit, QObject *context,
                                              ApiCallback<ActivityPage> done)
{
    // The docs name the parameter `id`; the server really requires `group_key`.
    QUrlQuery query = groupQuery(typeIndex, key);
    PostHogClient::addQueryValue(query, QStringLiteral("limit"), QString::number(std::max(1, limit)));
    PostHogClient::addQueryValue(query, QStringLiteral("page"), QString::number(std::max(1, page)));
    return send(ApiJob::Method::Get, QStringLiteral("groups/activity/"), query, {}, context,
                deliver<ActivityPage>(std::move(done), [](const QJsonDocument &doc, ActivityPage &out) {
                    QJsonArray results;
                    if (!resultsArray(doc, results))
                        return badShape("activity page");
                    for (const QJsonValue &value : std::as_const(results))
                        out.entries.append(ActivityEntry::fromJson(value.toObject()));
                    const QJsonObject object = doc.object();
                    const QJsonValue total = object.contains(QLatin1String("total_count"))
                                                 ? object.value(QLatin1String("total_count"))
                                                 : object.value(QLatin1String("count"));
                    out.totalCount = total.isDouble() ? total.toInt() : static_cast<int>(out.entries.size());
                    out.hasNext = nextLink(doc).isValid();
                    return ApiError();
                }));
}

QPointer<ApiJob> PostHogClient::relatedActors(int typeIndex, const QString &key, QObject *context,
                                              ApiCallback<QList<RelatedActor>> done)
{
    QUrlQuery query;
    PostHogClient::addQueryValue(query, QStringLiteral("group_type_index"), QString::number(typeIndex));
    PostHogClient::addQueryValue(query, QStringLiteral("id"), key);
    return send(ApiJob::Method::Get, QStringLiteral("groups/related/"), query, {}, context,
                deliver<QList<RelatedActor>>(std::move(done), [](const QJsonDocument &doc, QList<RelatedActor> &out) {
                    QJsonArray results;
                    if (!resultsArray(doc, results))
                        return badShape("related actors");
                    for (const QJsonValue &value : std::as_const(results))
                        out.append(RelatedActor::fromJson(value.toObject()));
                    return ApiError();
                }));
}

QPointer<ApiJob> PostHogClient::propertyValues(int typeIndex, const QString &property, const QString &contains,
                                               QObject *context, ApiCallback<QList<PropertyCount>> done)
{
    QUrlQuery query;
    PostHogClient::addQueryValue(query, QStringLiteral("group_type_index"), QString::number(typeIndex));
    PostHogClient::addQueryValue(query, QStringLiteral("key"), property);
    if (!contains.isEmpty())
        PostHogClient::addQueryValue(query, QStringLiteral("value"), contains);
    return send(ApiJob::Method::Get, QStringLiteral("groups/property_values/"), query, {}, context,
                deliver<QList<PropertyCount>>(std::move(done), [](const QJsonDocument &doc, QList<PropertyCount> &out) {
                    // Newest: {"results": [...], "refreshing": false}; older: a bare array.
                    if (!PropertyParsing::propertyValues(doc, out))
                        return badShape("property values");
                    return ApiError();
                }));
}

namespace {
void fetchPropertyDefinitionPages(QPointer<PostHogClient> client, const QUrl &next, int typeIndex, QObject *context,
                                  std::shared_ptr<PagedState<PropertyDefinition>> state);

void handlePropertyDefinitionPage(QPointer<PostHogClient> client, ApiJob *job, int typeIndex, QObject *context,
                                  std::shared_ptr<PagedState<PropertyDefinition>> state)
{
    if (!job->error().isOk()) {
        state->done({{}, job->error()});
        return;
    }
    if (!PropertyParsing::definitionsPage(job->json(), state->items)) {
        state->done({{}, badShape("property definitions")});
        return;
    }
    const QUrl next = nextLink(job->json());
    if (next.isValid() && client && ++state->pages < MaxPages) {
        fetchPropertyDefinitionPages(client, next, typeIndex, context, state);
        return;
    }
    state->done({state->items, {}});
}

void fetchPropertyDefinitionPages(QPointer<PostHogClient> client, const QUrl &next, int typeIndex, QObject *context,
                                  std::shared_ptr<PagedState<PropertyDefinition>> state)
{
    auto handler = [client, typeIndex, context, state](ApiJob *job) {
        handlePropertyDefinitionPage(client, job, typeIndex, context, state);
    };
    if (next.isValid()) {
        client->sendToUrl(next, context, handler);
        return;
    }
    QUrlQuery query;
    PostHogClient::addQueryValue(query, QStringLiteral("type"), QStringLiteral("group"));
    PostHogClient::addQueryValue(query, QStringLiteral("group_type_index"), QString::number(typeIndex));
    PostHogClient::addQueryValue(query, QStringLiteral("limit"), QStringLiteral("100"));
    client->send(ApiJob::Method::Get, QStringLiteral("property_definitions/"), query, {}, context, handler);
}
} // namespace

void PostHogClient::propertyDefinitions(int typeIndex, QObject *context, ApiCallback<QList<PropertyDefinition>> done)
{
    QPointer<PostHogClient> self(this);
    send(ApiJob::Method::Get, QStringLiteral("groups/property_definitions/"), {}, {}, context,
         [self, typeIndex, context, done](ApiJob *job) {
             const QJsonDocument doc = job->json();
             if (job->error().isOk() && PropertyParsing::isOlderDefinitionsDict(doc)) {
                 // Older servers: {"0": [{name, count}], "1": [...]}; a type without properties is absent.
                 done({PropertyParsing::olderDefinitions(doc, typeIndex), {}});
                 return;
             }
             const int status = job->error().httpStatus();
             // 404/405: the action is gone. 400 too: a server that routes the removed path
             // to another handler complains about its parameters instead.
             const bool removed = status == 404 || status == 405 || status == 400 || job->error().isOk();
             if (!removed || !self) {
                 done({{}, job->error()});
                 return;
             }
             // Newest servers removed the action (PR #66476): use the generic taxonomy endpoint.
             qCDebug(lcApi) << "groups/property_definitions unavailable, using property_definitions/?type=group";
             auto state = std::make_shared<PagedState<PropertyDefinition>>();
             state->done = done;
             fetchPropertyDefinitionPages(self, {}, typeIndex, context, state);
         });
}

// --- group types ---------------------------------------------------------------------

QPointer<ApiJob> PostHogClient::listGroupTypes(QObject *context, ApiCallback<QList<GroupType>> done)
{
    return send(ApiJob::Method::Get, QStringLiteral("groups_types/"), {}, {}, context,
                deliver<QList<GroupType>>(std::move(done), parseGroupTypes));
}

QPointer<ApiJob> PostHogClient::deleteGroupType(int typeIndex, QObject *context, ApiCallback<NoContent> done)
{
    return send(ApiJob::Method::Delete, QStringLiteral("groups_types/%1/").arg(typeIndex), {}, {}, context,
                deliver<NoContent>(std::move(done), parseNoContent));
}

QPointer<ApiJob> PostHogClient::updateGroupTypeMetadata(const QList<GroupTypeNames> &rows, QObject *context,
                                                        ApiCallback<QList<GroupType>> done)
{
    QJsonArray body;
    for (const GroupTypeNames &row : rows) {
        QJsonObject object;
        object.insert(QStringLiteral("group_type_index"), row.index);
        if (row.nameSingular)
            object.insert(QStringLiteral("name_singular"),
                          row.nameSingular->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*row.nameSingular));
        if (row.namePlural)
            object.insert(QStringLiteral("name_plural"),
                          row.namePlural->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*row.namePlural));
        body.append(object);
    }
    return send(ApiJob::Method::Patch, QStringLiteral("groups_types/update_metadata/"), {}, compact(body), context,
                deliver<QList<GroupType>>(std::move(done), parseGroupTypes));
}

QPointer<ApiJob> PostHogClient::setDefaultColumns(int typeIndex, const QStringList &columns, QObject *context,
                                                  ApiCallback<GroupType> done)
{
    QJsonObject body;
    body.insert(QStringLiteral("group_type_index"), typeIndex);
    body.insert(QStringLiteral("default_columns"), QJsonArray::fromStringList(columns));
    return send(ApiJob::Method::Put, QStringLiteral("groups_types/set_default_columns/"), {}, compact(body), context,
                deliver<GroupType>(std::move(done), parseGroupType));
}

QPointer<ApiJob> PostHogClient::createDetailDashboard(int typeIndex, QObject *context, ApiCallback<GroupType> done)
{
    QJsonObject body;
    body.insert(QStringLiteral("group_type_index"), typeIndex);
    return send(ApiJob::Method::Put, QStringLiteral("groups_types/create_detail_dashboard/"), {}, compact(body),
                context, deliver<GroupType>(std::move(done), parseGroupType));
}

// --- usage metrics -------------------------------------------------------------------

namespace {
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
        for (const QJsonValue &value : std::as_const(results))
            state->items.append(UsageMetric::fromJson(value.toObject()));
        // LimitOffset pages: follow `next` (rebased) until it is null.
        const QUrl following = nextLink(job->json());
        if (following.isValid() && client && ++state->pages < MaxPages) {
            fetchMetricPages(client, following, typeIndex, context, state);
            return;
        }
        state->done({state->items, {}});
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
