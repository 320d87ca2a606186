#pragma once

#include "apierror.h"

#include <QJsonValue>

#include <functional>

/// Marker for requests whose success carries no body (DELETE -> 204).
struct NoContent
{ };

/**
 * The outcome of one typed request: either a value or an error. Delivered to the
 * caller's callback exactly once (see PostHogClient).
 */
template<typename T>
struct ApiResult
{
    T value{};
    ApiError error;
    /// Set on success when something worth telling happened on the way (the change was saved
    /// but PostHog's follow-up event failed); one sentence for people, else empty.
    QString notice{};
    /// On success, the server's answer verbatim (object or array) for callers that print it as
    /// sent (the CLI's json output); calls that follow several pages give every page's rows as
    /// one array. Null on failure.
    QJsonValue raw{};

    bool ok() const { return error.isOk(); }
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;
