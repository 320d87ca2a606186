#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

/// The project the connection points at (GET /api/projects/{id}/).
struct ProjectInfo
{
    qint64 id = -1;
    QString name;
    QString organizationName;
};

/// What "Test connection" found: the project and which scopes work.
struct ConnectionCheck
{
    ProjectInfo project;
    bool projectRead = false;     ///< project:read (the project's details; resolves @current)
    bool groupRead = false;       ///< group:read (list group types)
    bool usageMetricRead = false; ///< usage_metric:read (list metrics)
    bool activityLogRead = false; ///< activity_log:read (only checked when a group exists)
    /// property_definition:read (event property suggestions for a metric's sum, group property
    /// names on servers without groups/property_definitions)
    bool propertyDefinitionRead = false;
    /// Write scopes cannot be probed without writing; reported as unknown.
    QStringList missingScopes; ///< read scopes the server said the key lacks, e.g. "usage_metric:read"
    QStringList advice;        ///< plain sentences: what is missing and how to fix it
};
