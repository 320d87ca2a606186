// PostHogClient's group endpoints: list, find, create, property writes, activity, related
// actors and property values (docs/posthog-api-contract.md §1).
#include "apijson.h"
#include "apilogging.h"
#include "endpointsupport.h"
#include "jsontext.h"
#include "posthogclient.h"
#include "propertyparsing.h"

#include <QJsonObject>

using namespace EndpointSupport;

namespace {
ApiError parseGroup(const QJsonDocument &doc, Group &out)
{
    if (!doc.isObject())
        return badShape("group object");
    out = Group::fromJson(doc.object());
    return {};
}

/// True when a failed write may still have been applied: the server took the request and then
/// failed (5xx), or its answer was lost or unreadable (reset, cut off, not JSON, timeout).
/// A 4xx, a refusal before sending or a cancel means it was not.
bool mayHaveBeenApplied(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
        return true;
    default:
        return false;
    }
}

/// For the group writes (create, update_property, delete_property): PostHog answers a failed
/// `$groupidentify` capture with an error although the row was already written, and a write
/// whose answer was lost (reset, cut off, a proxy's 502) may have been applied too. Read the
/// group back: when it shows the change (`applied`), report success (with a notice for the
/// capture failure), so callers neither undo a saved change nor make the user send it twice.
///
/// A create meets one more case: PostHog writes the row, then looks up the group type for the
/// event and answers 404 when there is none (`createdThen404`); the group exists all the same.
std::function<void(ApiJob *)> deliverGroupWrite(QPointer<PostHogClient> client, int typeIndex, const QString &key,
                                                QObject *context, std::function<bool(const Group &)> applied,
                                                ApiCallback<Group> done, bool createdThen404 = false)
{
    auto plain = deliver<Group>(done, parseGroup);
    const bool hasContext = context != nullptr;
    return [client, typeIndex, key, hasContext, context = QPointer<QObject>(context), done, applied, createdThen404,
            plain = std::move(plain)](ApiJob *job) {
        const ApiError error = job->error();
        const bool capture = error.isCaptureFailure();
        const bool typeMissing = createdThen404 && error.kind() == ApiError::Kind::NotFound;
        if ((!capture && !typeMissing && !mayHaveBeenApplied(error)) || !client) {
            plain(job);
            return;
        }
        if (hasContext && !context)
            return; // the caller is gone, like any callback whose context died
        if (capture)
            qCWarning(lcApi) << "write applied but its event capture failed:" << error.code() << error.httpStatus();
        else
            qCInfo(lcApi) << "write failed in a way that may have applied it; reading the group back:"
                          << ApiError::kindName(error.kind()) << error.httpStatus();
        client->findGroup(typeIndex, key, hasContext ? context.data() : client.data(),
                          [done, error, capture, typeMissing, typeIndex, applied](const ApiResult<Group> &readBack) {
                              ApiResult<Group> result = readBack;
                              if (readBack.ok() && (capture || applied(readBack.value))) {
                                  if (capture)
                                      result.notice = error.userMessage();
                                  else if (typeMissing)
                                      result.notice =
                                          PostHogClient::tr("The group was saved, but PostHog has no group type at "
                                                            "index %1, so it sent no $groupidentify event for it.")
                                              .arg(typeIndex);
                                  else
                                      qCInfo(lcApi) << "the group shows the write: it was applied";
                              } else {
                                  // Not there, or unknown: the original failure stands.
                                  result = ApiResult<Group>();
                                  result.error = error;
                              }
                              if (done)
                                  done(result);
                          });
    };
}
} // namespace

QPointer<ApiJob> PostHogClient::listGroupsPage(const GroupQuery &query, const QUrl &next, QObject *context,
                                               ApiCallback<GroupPage> done)
{
    QPointer<PostHogClient> self(this);
    auto parse = [self](const QJsonDocument &doc, GroupPage &out) {
        QJsonArray results;
        if (!resultsArray(doc, results))
            return badShape("group list");
        out.groups.reserve(results.size());
        for (const QJsonValue value : std::as_const(results))
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
                deliverGroupWrite(
                    this, typeIndex, key, context,
                    [properties](const Group &group) { return group.properties == properties; }, std::move(done),
                    true));
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
             context,
             deliverGroupWrite(
                 this, typeIndex, key, context,
                 [property, value](const Group &group) { return group.properties.value(property) == value; },
                 std::move(done)));
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
                compact(body), context,
                deliverGroupWrite(
                    this, typeIndex, key, context,
                    [property](const Group &group) { return !group.properties.contains(property); }, std::move(done)));
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
                    for (const QJsonValue value : std::as_const(results))
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
                    for (const QJsonValue value : std::as_const(results))
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
