#pragma once

#include <QLoggingCategory>

/// Logging category of the REST client ("groupdesk.api"). Never log the API key.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
