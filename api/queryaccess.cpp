#include "queryaccess.h"

QueryAccess QueryAccess::available()
{
    QueryAccess access;
    access.mode = Mode::Query;
    return access;
}

bool QueryAccess::meansNoQueryApi(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::MissingScope:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::NeedsSession:
    case ApiError::Kind::Forbidden:
        return true;
    default:
        return false;
    }
}

QueryAccess QueryAccess::fromError(const ApiError &error)
{
    QueryAccess access;
    access.mode = Mode::Rest;
    switch (error.kind()) {
    case ApiError::Kind::None:
        return available();
    case ApiError::Kind::MissingScope:
        access.reason = Reason::MissingScope;
        access.message = tr("Sorting, filters and counts on the server need the \"query:read\" scope on this "
                            "API key; browsing the REST list (newest first) instead.");
        break;
    case ApiError::Kind::NotFound:
        access.reason = Reason::OlderServer;
        access.message = tr("This PostHog server has no query API (it is older); browsing the REST list "
                            "(newest first) instead.");
        break;
    case ApiError::Kind::NeedsSession:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Validation:
        access.reason = Reason::Refused;
        access.message =
            tr("The server refused the groups query (%1); browsing the REST list instead.").arg(error.userMessage());
        break;
    default:
        access.reason = Reason::Unreachable;
        access.message = tr("The groups query failed (%1); browsing the REST list for now.").arg(error.userMessage());
        break;
    }
    return access;
}

QString QueryAccess::modeLabel() const
{
    return mode == Mode::Query ? tr("Query API") : tr("REST list");
}
