#pragma once

#include "apijob.h"
#include "apiresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

/**
 * What the per-resource endpoint files of PostHogClient (posthogclientgroups.cpp,
 * posthogclientgrouptypes.cpp, posthogclientmetrics.cpp, ...) share: the response-to-result
 * plumbing and PostHog's list envelope. Internal to groupdesk_api; callers use PostHogClient.
 */
namespace EndpointSupport {
/// A BadResponse error naming what was expected ("group object").
ApiError badShape(const char *what);

/// The answer as a JSON value: the object, or the array for servers that answer a bare list.
QJsonValue verbatim(const QJsonDocument &doc);

/// Wraps a typed callback: errors pass through, successes are parsed by `parse` and carry the
/// server's answer verbatim in ApiResult::raw.
template<typename T, typename Parse>
std::function<void(ApiJob *)> deliver(ApiCallback<T> done, Parse parse)
{
    return [done = std::move(done), parse = std::move(parse)](ApiJob *job) {
        ApiResult<T> result;
        result.error = job->error();
        if (result.error.isOk()) {
            result.raw = verbatim(job->json());
            result.error = parse(job->json(), result.value);
        }
        if (done)
            done(result);
    };
}

QByteArray compact(const QJsonObject &object);
QByteArray compact(const QJsonArray &array);

ApiError parseNoContent(const QJsonDocument &doc, NoContent &out);

/// `results` of a paginated envelope, or the document itself when it is a bare array.
bool resultsArray(const QJsonDocument &doc, QJsonArray &out);
/// The envelope's `next` link as sent (not yet rebased), or an invalid URL on the last page.
QUrl nextLink(const QJsonDocument &doc);

/// groups_types/{index}/metrics/, the usage-metric collection of one group type.
QString metricsPath(int typeIndex);

/// Shared state of a request that follows `next` across several pages.
template<typename T>
struct PagedState
{
    QList<T> items;
    QJsonArray raw; ///< every page's rows as sent, for ApiResult::raw
    ApiCallback<QList<T>> done;
    int pages = 0;
};

/// A server that keeps sending `next` is cut off here rather than followed forever.
constexpr int MaxPages = 10000;
} // namespace EndpointSupport
