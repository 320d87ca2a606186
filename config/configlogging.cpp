#include "configlogging.h"

Q_LOGGING_CATEGORY(lcConfig, "groupdesk.config", QtInfoMsg)
