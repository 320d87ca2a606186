#pragma once

#include "editfailure.h"

/**
 * What one command request is about: which pending state shows while it runs, and the
 * description of the failure if it fails (what, type, key or id, field, intended value).
 */
struct EditTarget
{
    enum class Pending
    {
        None,      ///< nothing to mark (a metric that does not exist yet)
        GroupType, ///< EditService::groupTypePending(typeIndex)
        Property,  ///< EditService::propertyPending(typeIndex, objectKey, field)
        Metric,    ///< EditService::metricPending(typeIndex, objectKey)
    };

    Pending pending = Pending::None;
    EditFailure about;
};
