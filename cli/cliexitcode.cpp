#include "cliexitcode.h"

CliExitCode exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return CliExitCode::Ok;
    case ApiError::Kind::Unauthenticated:
        return CliExitCode::Unauthenticated;
    case ApiError::Kind::MissingScope:
    case ApiError::Kind::NeedsSession:
    case ApiError::Kind::Forbidden:
        return CliExitCode::Forbidden;
    case ApiError::Kind::NotFound:
        return CliExitCode::NotFound;
    case ApiError::Kind::Validation:
        return CliExitCode::Validation;
    case ApiError::Kind::Throttled:
        return CliExitCode::Throttled;
    case ApiError::Kind::Server:
        return CliExitCode::Server;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return CliExitCode::Network;
    case ApiError::Kind::BadResponse:
        return CliExitCode::BadResponse;
    case ApiError::Kind::InsecureUrl:
        // A configuration the user must change (https, or --allow-http): a usage problem.
        return CliExitCode::Usage;
    case ApiError::Kind::Cancelled:
        return CliExitCode::Failure;
    }
    return CliExitCode::Failure;
}
