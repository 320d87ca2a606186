#pragma once

#include "apierror.h"
#include "group.h"
#include "grouptype.h"
#include "usagemetric.h"

#include <QList>
#include <QString>

#include <optional>

/**
 * What the server answered to one command request, as plain values: the confirmed objects
 * the models should show, or the error. EditService turns it into its signals.
 */
struct EditOutcome
{
    ApiError error; ///< ok on success
    /// Saved, but with something the user should know (PostHog saved a property and failed to
    /// send its event).
    QString notice;
    std::optional<Group> group;                 ///< confirmed group after a property write
    std::optional<GroupType> groupType;         ///< confirmed group type after a metadata write
    std::optional<QList<GroupType>> groupTypes; ///< every type, when the server answered with all (rename)
    int deletedGroupType = -1;                  ///< index of a deleted group type
    std::optional<UsageMetric> metric;          ///< confirmed metric after an update
    std::optional<UsageMetric> created;         ///< metric the server created
    QString deletedMetricId;
};
