#pragma once

#include "sandboxoptions.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <optional>
#include <vector>

/**
 * The sandbox's data: one project, its group types, groups, usage metrics and activity.
 * Seeded deterministically from SandboxOptions. Seeded group properties are generated on
 * demand from (seed, type, index) and only stored once written, so 100,000 groups cost a
 * key and a timestamp each.
 */
class SandboxStore
{
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    struct GroupType
    {
        int index = 0;
        QString name;
        QJsonValue nameSingular; ///< string or null
        QJsonValue namePlural;
        QJsonValue defaultColumns;  ///< array or null
        QJsonValue detailDashboard; ///< int or null
        QString createdAt;
    };

    explicit SandboxStore(const SandboxOptions &options);

    // --- group types ---
    int groupTypeCount() const;      ///< existing (not deleted) types
    GroupType *groupType(int index); ///< nullptr when unknown or deleted
    QJsonObject groupTypeJson(const GroupType &type) const;
    QJsonArray groupTypesJson() const; ///< sorted by index
    bool deleteGroupType(int index);
    int nextDashboardId();

    // --- groups ---
    int groupCount(int typeIndex) const;
    bool hasGroup(int typeIndex, const QString &key) const;
    QJsonObject groupJson(int typeIndex, const QString &key) const; ///< empty when unknown
    QJsonObject properties(int typeIndex, const QString &key) const;
    void setProperties(int typeIndex, const QString &key, const QJsonObject &properties);
    /// Appends a new group (newest of its type). False when the key exists.
    bool createGroup(int typeIndex, const QString &key, const QJsonObject &properties);
    /// Create requests that reached the handler for this key, duplicates included (tests prove
    /// with it that a client never sends a create twice).
    int createRequests(int typeIndex, const QString &key) const;
    void countCreateRequest(int typeIndex, const QString &key);

    struct Page
    {
        QJsonArray results;
        bool hasMore = false;
        qint64 lastCreatedUs = 0;
        QString lastKey;
    };
    /// One keyset page, newest first, strictly after (afterUs, afterKey) when given.
    Page listGroups(int typeIndex, const QString &search, const QString &keyFilter,
                    std::optional<std::pair<qint64, QString>> after, int limit) const;
    /// Property definitions of a type: name -> (property_type, count).
    QList<std::pair<QString, std::pair<QString, int>>> propertyDefinitions(int typeIndex) const;
    /// Latest value counts of property `key` (no nulls), count desc then value asc, at most 20.
    QList<std::pair<QString, int>> propertyValues(int typeIndex, const QString &key, const QString &filter) const;

    // --- raw access for the query engine (SandboxQueryApi) ---
    /// Group at `position` of its type, oldest first (0 .. groupCount()-1).
    QString keyAt(int typeIndex, int position) const;
    qint64 createdUsAt(int typeIndex, int position) const;
    QJsonObject propertiesAt(int typeIndex, int position) const;
    /// Changes on every write, so caches of query orders know when to drop.
    quint64 revision() const { return m_revision; }

    // --- activity ---
    void recordActivity(int typeIndex, const QString &key, const QString &activity, const QJsonObject &detail);
    QList<QJsonObject> activity(int typeIndex, const QString &key) const; ///< newest first

    // --- usage metrics ---
    QList<QJsonObject> &metrics(int typeIndex);

    static QString isoTime(qint64 us);

private:
    struct StoredGroup
    {
        QString key;
        qint64 createdUs = 0;
        int seedIndex = -1;
        std::optional<QJsonObject> properties; ///< set once written (or for created groups)
    };
    struct TypeData
    {
        std::vector<StoredGroup> groups; ///< ascending (created_at, key): newest at the back
        QHash<QString, int> byKey;
    };

    QJsonObject seededProperties(int typeIndex, int seedIndex) const;
    QJsonObject propertiesOf(int typeIndex, const StoredGroup &group) const;
    QJsonObject toJson(int typeIndex, const StoredGroup &group) const;
    quint64 hash(int typeIndex, int index, int salt) const;

    void invalidateStats(int typeIndex);

    SandboxOptions m_options;
    // Full scans of 100,000 generated groups take seconds: cache them until the next write.
    mutable QHash<int, QList<std::pair<QString, std::pair<QString, int>>>> m_definitionCache;
    QHash<QString, int> m_createRequests;                          ///< "<type>\n<key>" -> create requests
    mutable QHash<QString, QHash<QString, int>> m_valueCountCache; ///< "<type>\n<key>" -> value -> count
    QList<GroupType> m_types;
    QHash<int, TypeData> m_groups;
    QHash<QString, QList<QJsonObject>> m_activity;
    QHash<int, QList<QJsonObject>> m_metrics;
    int m_dashboardId = 100;
    quint64 m_revision = 0;
};
