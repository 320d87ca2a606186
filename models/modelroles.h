#pragma once

#include <Qt>

/**
 * Item data roles shared by every GroupDesk model. Views and proxies use them instead of
 * parsing DisplayRole text: RawValueRole is what sorting and filtering compare.
 */
enum ModelRoles
{
    RawValueRole = Qt::UserRole + 1, ///< numbers as double/qint64, dates as QDateTime, JSON as QJsonValue
    PendingRole,                     ///< bool: an edit of this cell/row is in flight
    ErrorRole,                       ///< QString: last failed edit message for this cell (empty if none)
    JsonTypeRole,                    ///< QString: "string","number","boolean","object","array","null"
    GroupKeyRole,                    ///< QString: the group's key
    TypeIndexRole,                   ///< int: group type index
    MetricIdRole,                    ///< QString: usage metric id
    ObjectRole,                      ///< QVariant of the row's value type (Group, GroupType, UsageMetric)
};
