#pragma once

#include <QLoggingCategory>

/// groupdesk.models: paging, edits and their failures (never the API key).
Q_DECLARE_LOGGING_CATEGORY(lcModels)
