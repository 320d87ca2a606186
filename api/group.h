#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

/**
 * One group (an organisation, a workspace, ...) as PostHog returns it.
 * Unknown fields of the server's object are kept in `extra` and written back by toJson(),
 * so the CLI can print the server's object unchanged and newer servers lose nothing.
 */
struct Group
{
    int typeIndex = -1;
    QString key;
    QJsonObject properties;
    QDateTime createdAt; ///< UTC; invalid when the server sent null
    QString notebook;    ///< only from groups/find (short id), else empty
    QJsonObject extra;   ///< every field not modelled above

    /// The `name` property when it is a non-empty string, else the key (as PostHog's UI does).
    QString displayName() const;

    static Group fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

/// One page of the groups list: follow `next` verbatim until it is empty.
struct GroupPage
{
    QList<Group> groups;
    QUrl next; ///< already rebased onto the configured origin; empty at the end
};

/// What to list: a type plus the server-side filters the REST list supports.
struct GroupQuery
{
    int typeIndex = 0;
    QString search;      ///< substring of the properties' JSON text, or exact key (case-insensitive)
    QString keyContains; ///< `group_key` parameter: case-insensitive substring of the key
};

Q_DECLARE_METATYPE(Group)
