// PostHogClient's group-type endpoints: list, delete, names (update_metadata), default
// columns and the detail dashboard (docs/posthog-api-contract.md §2).
#include "endpointsupport.h"
#include "posthogclient.h"

#include <QJsonObject>

using namespace EndpointSupport;

namespace {
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
    for (const auto &value : std::as_const(array))
        out.append(GroupType::fromJson(value.toObject()));
    return {};
}
} // namespace

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
    auto plain = deliver<GroupType>(done, parseGroupType);
    QPointer<PostHogClient> self(this);
    const bool hasContext = context != nullptr;
    // A PUT is retried after a 502; when the first try created the dashboard before its answer
    // was lost, the retry meets a bare 400 "Dashboard already exists". A 5xx or a lost answer
    // may hide a success too. In each case the type read back tells: a detail_dashboard is
    // what was asked for, so that is success.
    auto readBack = [self, typeIndex, hasContext, context = QPointer<QObject>(context), done,
                     plain = std::move(plain)](ApiJob *job) {
        const ApiError error = job->error();
        // Only a retry's "already exists" says our own first try worked; on the first try it
        // is the server's plain answer and stands.
        const bool exists = job->attempts() > 1 && error.kind() == ApiError::Kind::Validation
                            && error.detail().contains(QLatin1String("already exists"), Qt::CaseInsensitive);
        const bool unknown = error.kind() == ApiError::Kind::Server || error.kind() == ApiError::Kind::BadResponse
                             || error.kind() == ApiError::Kind::Timeout || error.kind() == ApiError::Kind::Network;
        if ((!exists && !unknown) || !self || (hasContext && !context)) {
            plain(job);
            return;
        }
        self->listGroupTypes(hasContext ? context.data() : self.data(),
                             [done, error, typeIndex](const ApiResult<QList<GroupType>> &types) {
                                 ApiResult<GroupType> result;
                                 result.error = error;
                                 for (const GroupType &type : std::as_const(types.value)) {
                                     if (types.ok() && type.index == typeIndex && type.detailDashboard) {
                                         result.error = ApiError();
                                         result.value = type;
                                     }
                                 }
                                 if (done)
                                     done(result);
                             });
    };
    return send(ApiJob::Method::Put, QStringLiteral("groups_types/create_detail_dashboard/"), {}, compact(body),
                context, std::move(readBack));
}
