#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QString>

/**
 * Whether this key may browse through the query API, and if not, why
 * (docs/posthog-session-and-query.md section 3.1): running a query needs the `query:read` scope;
 * servers older than the query API answer 404 or 405.
 */
struct QueryAccess
{
    Q_DECLARE_TR_FUNCTIONS(QueryAccess)

public:
    enum class Mode
    {
        Query, ///< GroupsQuery works: sort, filter and count on the server
        Rest,  ///< only the REST groups list (100 a page, newest first)
    };
    enum class Reason
    {
        None,
        MissingScope, ///< 403 "API key missing required scope 'query:read'"
        OlderServer,  ///< 404 / 405: no query endpoint
        Refused,      ///< another 403 or a 400 for our query (kept for the message)
        Unreachable,  ///< network or server trouble during the probe: try again later
    };

    Mode mode = Mode::Rest;
    Reason reason = Reason::None;
    QString message; ///< one sentence for the window and the CLI; empty in query mode

    static QueryAccess available();
    /// Classifies the error of a query request.
    static QueryAccess fromError(const ApiError &error);
    /// True when the error means "this key/server cannot use queries at all" (not a
    /// transient problem and not a bad expression).
    static bool meansNoQueryApi(const ApiError &error);
    bool isQuery() const { return mode == Mode::Query; }
    /// Short label for a status line: "Query API" / "REST list".
    QString modeLabel() const;
};
