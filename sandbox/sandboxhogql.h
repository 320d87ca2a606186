#pragma once

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>
#include <optional>

/**
 * The small part of HogQL the sandbox's GroupsQuery needs: fields of the `groups` table
 * (group_name, key, created_at, index, properties.X[.Y], backtick-quoted names), string and
 * number literals, the casts toFloat / toFloatOrNull / toFloatOrDefault / toInt / toString,
 * coalesce, lower, upper, the aggregation count() and `x [NOT] IN (a, b, ...)` (what property
 * filters of type "hogql" use to pick groups by key). Anything else fails to parse with a
 * HogQL-like message, which the query endpoint answers as 400.
 *
 * Typing follows PostHog (docs/posthog-session-and-query.md section 3.2): `properties.x` is a
 * number only when the type has a Numeric definition for x, a Boolean for a Boolean one,
 * and a string otherwise, so "300" < "40" unless the query casts.
 */
class SandboxHogQl
{
public:
    /// What one group looks like to an expression.
    struct Row
    {
        int typeIndex = 0;
        QString key;
        qint64 createdUs = 0;
        QJsonObject properties;
    };
    /// Property name -> "Numeric" | "String" | "Boolean" | "DateTime".
    using Definitions = QHash<QString, QString>;

    struct Node;
    using NodePtr = std::shared_ptr<const Node>;

    /// Parses one expression; nullptr with `error` set when it is not in the subset.
    static NodePtr parse(const QString &text, QString *error);
    /// Parses "EXPR [ASC|DESC] [NULLS FIRST|LAST]".
    struct OrderTerm
    {
        NodePtr expression;
        bool descending = false;
        bool nullsFirst = false;
    };
    static std::optional<OrderTerm> parseOrder(const QString &text, QString *error);

    /// True for count() (the query then aggregates).
    static bool isAggregate(const NodePtr &node);
    /// True when the expression reads no column but `key` (it can be decided before a row's
    /// properties are loaded, as ClickHouse's key order lets it skip to matching keys).
    static bool readsOnlyKey(const NodePtr &node);
    /// Resolves fields; false with `error` for unknown ones.
    static bool check(const NodePtr &node, QString *error);
    /// The value for sorting and output. created_at evaluates to its microseconds as a number
    /// (output() turns it back into a timestamp). A missing property is null.
    static QJsonValue evaluate(const NodePtr &node, const Row &row, const Definitions &definitions);
    /// The result cell: like evaluate(), with created_at as ISO text and group_name as
    /// {"display_name", "key"} (or the plain name when `olderShape`).
    static QJsonValue output(const NodePtr &node, const Row &row, const Definitions &definitions, bool olderShape);
    /// ClickHouse type string of the column.
    static QString typeName(const NodePtr &node, const Definitions &definitions);
    /// Rough HogQL text of the node (for the response's `hogql`).
    static QString print(const NodePtr &node);

    /// Compares two evaluated values of one column: numbers numerically, strings by code
    /// unit, booleans false < true. Nulls are not handled here.
    static int compare(const QJsonValue &a, const QJsonValue &b);
    /// Text of a raw JSON property value as ClickHouse reads it from the JSON column.
    static QString text(const QJsonValue &value);
    /// A number from a raw value (numbers, numeric text); nullopt otherwise.
    static std::optional<double> number(const QJsonValue &value);
};
