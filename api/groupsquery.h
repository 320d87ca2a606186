#pragma once

#include "grouppropertyfilter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * A `GroupsQuery` for POST /api/projects/:id/query/ (docs/posthog-session-and-query.md
 * section 3.2): HogQL `select` expressions, ANDed property filters, a search, `orderBy`
 * expressions and offset paging. A value type; toRequestBody() builds the whole request.
 */
struct GroupsQuery
{
    static constexpr int DefaultLimit = 100; ///< the server's default (DEFAULT_RETURNED_ROWS)
    static constexpr int MaxLimit = 50000;   ///< the server's ceiling (MAX_SELECT_RETURNED_ROWS)

    /// How fresh the answer must be (section 3.5). After our own edits the cache may hold
    /// pages from before them, so those queries force a recalculation.
    enum class Refresh
    {
        Blocking,      ///< cached result unless stale (what the server does by default)
        ForceBlocking, ///< always recalculate, still synchronously
    };

    int typeIndex = 0;
    QStringList select; ///< empty = the server's default (group_name only)
    QList<GroupPropertyFilter> filters;
    /// HogQL boolean expressions sent as HogQLPropertyFilter (`{"type":"hogql","key":EXPR}`),
    /// ANDed with `filters`: what property filters cannot say, such as `key IN (...)`.
    QStringList hogqlFilters;
    QString search;
    QStringList orderBy; ///< "EXPR ASC|DESC"; empty = created_at DESC
    int limit = DefaultLimit;
    int offset = 0;
    Refresh refresh = Refresh::Blocking;

    /// The JSON body: {"query": {...}, "refresh": ...}.
    QJsonObject toRequestBody() const;
    /// Only the `query` node.
    QJsonObject toQueryNode() const;
    /// The same filters and search with `select: ["count()"]`, no ordering and no paging:
    /// the server counts matching groups (section 3.7).
    GroupsQuery countQuery() const;
    /// Client-side check of what would surely fail on the server; empty when fine.
    QString problem() const;

    /// `properties.name`, quoting names that are not plain identifiers with backticks.
    static QString propertyExpression(const QString &property);
    /// The property read as a number whatever PostHog's definition says: HogQL toFloat()
    /// gives NULL for text that is not a number (sorted last with NULLS LAST).
    static QString numericPropertyExpression(const QString &property);
    /// "EXPR DESC" / "EXPR ASC".
    static QString orderTerm(const QString &expression, bool descending);
    /// Clamps to 1..MaxLimit.
    static int clampLimit(int limit);
    /// `text` as a HogQL string literal: single quotes, with backslash, quote and the control
    /// characters HogQL unescapes written as escapes.
    static QString stringLiteral(const QString &text);
};
