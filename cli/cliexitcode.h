#pragma once

#include "apierror.h"

/// Process exit codes of groupdesk-cli (documented in `--help` and the README).
enum class CliExitCode
{
    Ok = 0,
    Failure = 1, ///< anything not covered below (e.g. keychain trouble)
    Usage = 2,
    Unauthenticated = 3,
    Forbidden = 4, ///< forbidden, missing scope, needs a browser session
    NotFound = 5,
    Validation = 6,
    Throttled = 7, ///< still throttled after the allowed retries
    Server = 8,    ///< 5xx after the allowed retries
    Network = 9,   ///< network, timeout, TLS
    BadResponse = 10,
};

/// Maps an error kind onto the documented exit code.
CliExitCode exitCodeFor(ApiError::Kind kind);
