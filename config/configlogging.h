#pragma once

#include <QLoggingCategory>

/// Logging for profiles and the keychain ("groupdesk.config"). Never logs a key.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
