#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// A group type (index 0-4) and its metadata. Any field may be null on the server.
struct GroupType
{
    int index = -1;
    QString codeName;                   ///< `group_type`, read-only
    QString nameSingular;               ///< empty when null
    QString namePlural;                 ///< empty when null
    QStringList defaultColumns;         ///< empty when null
    bool hasDefaultColumns = false;     ///< false when the server sent null
    std::optional<int> detailDashboard; ///< dashboard id
    QDateTime createdAt;
    QJsonObject extra;

    /// Singular name, else the code name.
    QString displaySingular() const;
    /// Plural name, else the singular display name.
    QString displayPlural() const;

    static GroupType fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    /// PostHog's model limit for name_singular / name_plural.
    static constexpr int MaxNameLength = 400;
    /// PostHog accepts at most this many group types per project.
    static constexpr int MaxGroupTypes = 5;
};

/// One row of the update_metadata body (only names are applied by the newest servers).
struct GroupTypeNames
{
    int index = -1;
    std::optional<QString> nameSingular;
    std::optional<QString> namePlural;
};

Q_DECLARE_METATYPE(GroupType)
