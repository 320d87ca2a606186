#pragma once

#include "sandboxcall.h"
#include "sandboxreply.h"

class SandboxStore;

/**
 * The `groups/` resource of the sandbox (list, create, find, update_property,
 * delete_property, activity, related, property_values, property_definitions) and the
 * generic `property_definitions/?type=group` taxonomy list.
 */
class SandboxGroupsApi
{
    Q_DISABLE_COPY_MOVE(SandboxGroupsApi)

public:
    explicit SandboxGroupsApi(SandboxStore *store);

    /// `call.segments` starts with "groups".
    SandboxReply handle(const SandboxCall &call);
    /// `property_definitions/` (the replacement of groups/property_definitions).
    SandboxReply taxonomyDefinitions(const SandboxCall &call);

private:
    SandboxReply list(const SandboxCall &call);
    SandboxReply create(const SandboxCall &call);
    SandboxReply find(const SandboxCall &call);
    SandboxReply updateProperty(const SandboxCall &call);
    SandboxReply deleteProperty(const SandboxCall &call);
    SandboxReply activity(const SandboxCall &call);
    SandboxReply related(const SandboxCall &call);
    SandboxReply propertyValues(const SandboxCall &call);
    SandboxReply propertyDefinitions(const SandboxCall &call);

    SandboxStore *m_store;
};
