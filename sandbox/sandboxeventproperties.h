#pragma once

#include "sandboxcall.h"
#include "sandboxreply.h"

/**
 * `property_definitions/?type=event`: the project's event properties as PostHog's
 * PropertyDefinitionViewSet lists them (LimitOffset pages with absolute `next`, `search`
 * matching every word of it in the name, case-insensitive, `is_numerical` filter, name
 * order). The sandbox has no events, so the set is fixed: PostHog's own `$` properties, a
 * shop's custom ones (`amount`, `revenue`, ...) and 150 `$feature/...` flags, enough for two
 * pages.
 */
class SandboxEventProperties
{
public:
    static SandboxReply list(const SandboxCall &call);
};
