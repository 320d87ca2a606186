// PostHogClient::propertyDefinitions: the older groups/property_definitions action, and the
// generic taxonomy endpoint newer servers use instead (docs/posthog-api-contract.md
// §1.9).
#include "apilogging.h"
#include "endpointsupport.h"
#include "posthogclient.h"
#include "propertyparsing.h"

#include <QJsonObject>

#include <memory>

using namespace EndpointSupport;

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
    if (!PropertyParsing::definitionsPage(job->json(), state->items, &state->raw)) {
        state->done({{}, badShape("property definitions")});
        return;
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
             if (job->error().isOk() && PropertyParsing::isOlderDefinitionsDict(doc)) {
                 // Older servers: {"0": [{name, count}], "1": [...]}; a type without properties is absent.
                 done({PropertyParsing::olderDefinitions(doc, typeIndex),
                       {},
                       {},
                       doc.object().value(QString::number(typeIndex)).toArray()});
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

namespace {
constexpr int EventPageSize = 100;

struct EventSearchState
{
    EventPropertySuggestions found;
    int limit = 0;
    ApiCallback<EventPropertySuggestions> done;
};

void fetchEventProperties(QPointer<PostHogClient> client, const QUrl &next, const QString &search, QObject *context,
                          std::shared_ptr<EventSearchState> state)
{
    auto handler = [client, search, context, state](ApiJob *job) {
        if (!job->error().isOk()) {
            state->done({{}, job->error()});
            return;
        }
        if (!PropertyParsing::definitionsPage(job->json(), state->found.definitions, nullptr)) {
            state->done({{}, badShape("event property definitions")});
            return;
        }
        const QJsonValue count = job->json().object().value(QLatin1String("count"));
        if (state->found.total < 0 && count.isDouble())
            state->found.total = count.toInteger();
        const QUrl next = nextLink(job->json());
        if (next.isValid() && client && state->found.definitions.size() < state->limit) {
            fetchEventProperties(client, next, search, context, state);
            return;
        }
        if (state->found.definitions.size() > state->limit)
            state->found.definitions.resize(state->limit);
        state->done({state->found, {}, {}, {}});
    };
    if (next.isValid()) {
        client->sendToUrl(next, context, handler);
        return;
    }
    QUrlQuery query;
    PostHogClient::addQueryValue(query, QStringLiteral("type"), QStringLiteral("event"));
    if (!search.isEmpty())
        PostHogClient::addQueryValue(query, QStringLiteral("search"), search);
    PostHogClient::addQueryValue(query, QStringLiteral("limit"), QString::number(qMin(state->limit, EventPageSize)));
    client->send(ApiJob::Method::Get, QStringLiteral("property_definitions/"), query, {}, context, handler);
}
} // namespace

void PostHogClient::eventPropertyDefinitions(const QString &search, int limit, QObject *context,
                                             ApiCallback<EventPropertySuggestions> done)
{
    // PostHog's math_property is an event property (or a warehouse column), never a group
    // property: the group type's definitions would offer names the sum cannot use.
    auto state = std::make_shared<EventSearchState>();
    state->limit = qMax(1, limit);
    state->done = std::move(done);
    fetchEventProperties(this, {}, search.trimmed(), context, state);
}
