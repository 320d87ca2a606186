#pragma once

#include "group.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * A parsed GroupsQuery response (docs/posthog-session-and-query.md section 3.3): column names,
 * ClickHouse type strings, rows of cells, and the paging flags.
 *
 * The `group_name` cell has two shapes: newest runners send {"display_name", "key"}, older
 * ones (which always prefix `group_name, key`) a plain string; both are read here, as is a
 * two-item array (a tuple serialised as a list).
 */
struct GroupsQueryResult
{
    QStringList columns;
    QStringList types;
    QList<QJsonArray> rows;
    bool hasMore = false;
    int limit = 0;
    int offset = 0;
    bool cached = false;
    QString hogql; ///< the SQL the server ran (for logs and --verbose)
    /// toGroup() of every row; PostHogClient fills it off the GUI thread with the parse.
    QList<Group> groups;

    /// Parses the body; returns an empty string on success, else what was wrong.
    static QString parse(const QJsonObject &object, GroupsQueryResult &out);
    /// Parses raw JSON text (any thread): the document, then parse(), then `groups` for
    /// `typeIndex`. Empty on success, else what was wrong.
    static QString parseBody(const QByteArray &body, int typeIndex, GroupsQueryResult &out);

    int columnIndex(const QString &column) const;
    QJsonValue cell(int row, const QString &column) const;
    /// The group's key: the `key` column, else the key inside `group_name`.
    QString key(int row) const;
    /// What PostHog shows: coalesce(properties.name, key).
    QString displayName(int row) const;
    /// The row as a Group: key, created_at and every `properties.X` column as property X.
    Group toGroup(int row, int typeIndex) const;
    /// The single number of a count() query (0 when absent).
    qint64 count() const;
};
