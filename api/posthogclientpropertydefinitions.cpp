// PostHogClient::propertyDefinitions: the older groups/property_definitions action, and the
// generic taxonomy endpoint newer servers use instead (docs/posthog-api-contract.md
// §1.9).
#include "apilogging.h"
#include "endpointsupport.h"
#include "posthogclient.h"

#include <QJsonObject>

#include <memory>

using namespace EndpointSupport;

namespace {
void fetchPropertyDefinitionPages(QPointer<PostHogClient> client, const QUrl &next, int typeIndex, QObject *context,
                                  std::shared_ptr<PagedState<PropertyDefinition>> state);

/// The older groups/property_definitions answer: an object keyed by type index ("0", "1", ...)
/// whose values are arrays. Anything else that answers 200 there (a paged envelope, a group
/// served by a catch-all route) is not it, and the generic endpoint is asked instead.
bool isOlderDefinitionsDict(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return false;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool numeric = false;
        it.key().toInt(&numeric);
        if (!numeric || !it.value().isArray())
            return false;
    }
    return true;
}

void handlePropertyDefinitionPage(QPointer<PostHogClient> client, ApiJob *job, int typeIndex, QObject *context,
                                  std::shared_ptr<PagedState<PropertyDefinition>> state)
{
    if (!job->error().isOk()) {
        state->done({{}, job->error()});
        return;
    }
    QJsonArray results;
    if (!resultsArray(job->json(), results)) {
        state->done({{}, badShape("property definitions")});
        return;
    }
    for (const QJsonValue &value : std::as_const(results)) {
        const QJsonObject object = value.toObject();
        PropertyDefinition definition;
        definition.name = object.value(QLatin1String("name")).toString();
        definition.propertyType = object.value(QLatin1String("property_type")).toString();
        const QJsonValue count = object.value(QLatin1String("count"));
        definition.count = count.isDouble() ? count.toInteger() : -1;
        if (!definition.name.isEmpty()) {
            state->items.append(definition);
            state->raw.append(value);
        }
    }
    const QUrl next = nextLink(job->json());
    if (next.isValid() && client && ++state->pages < MaxPages) {
        fetchPropertyDefinitionPages(client, next, typeIndex, context, state);
        return;
    }
    state->done({state->items, {}, {}, state->raw});
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
             const QString indexKey = QString::number(typeIndex);
             if (job->error().isOk() && isOlderDefinitionsDict(doc)) {
                 // Older servers: {"0": [{name, count}], "1": [...]}; a type without properties is absent.
                 QList<PropertyDefinition> list;
                 const QJsonArray rows = doc.object().value(indexKey).toArray();
                 for (const QJsonValue &value : rows) {
                     const QJsonObject row = value.toObject();
                     PropertyDefinition definition;
                     definition.name = row.value(QLatin1String("name")).toString();
                     const QJsonValue count = row.value(QLatin1String("count"));
                     definition.count = count.isDouble() ? count.toInteger() : -1;
                     list.append(definition);
                 }
                 done({list, {}, {}, rows});
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
             // Newest servers removed the action (docs/posthog-api-contract.md §1.9): use the generic taxonomy
             // endpoint.
             qCDebug(lcApi) << "groups/property_definitions unavailable, using property_definitions/?type=group";
             auto state = std::make_shared<PagedState<PropertyDefinition>>();
             state->done = done;
             fetchPropertyDefinitionPages(self, {}, typeIndex, context, state);
         });
}
