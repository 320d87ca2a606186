#pragma once

#include "propertychange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/// The dry run's verdict on one group: what the import would do to it.
struct PlannedGroup
{
    enum class Action
    {
        Create,
        Update,
        Unchanged,
        Invalid,
    };

    int row = 0;
    QString key;
    Action action = Action::Unchanged;
    QList<PropertyChange> changes; ///< create: the properties it gets; update: what changes
    QString reason;                ///< invalid: why

    static QString actionName(Action action);
    /// {"key", "action", "changes": {name: {"before", "after"}}} or {"key", "action", "reason"};
    /// a missing before/after means the group has no such property.
    QJsonObject toJson() const;
};
