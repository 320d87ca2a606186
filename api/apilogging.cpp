#include "apilogging.h"

Q_LOGGING_CATEGORY(lcApi, "groupdesk.api")
