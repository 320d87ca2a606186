#include "groupsquery.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

QJsonObject GroupsQuery::toQueryNode() const
{
    QJsonObject node{{QStringLiteral("kind"), QStringLiteral("GroupsQuery")},
                     {QStringLiteral("group_type_index"), typeIndex}};
    if (!select.isEmpty())
        node.insert(QStringLiteral("select"), QJsonArray::fromStringList(select));
    if (!filters.isEmpty() || !hogqlFilters.isEmpty()) {
        QJsonArray properties;
        for (const GroupPropertyFilter &filter : filters)
            properties.append(filter.toJson(typeIndex));
        for (const QString &expression : hogqlFilters)
            properties.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("hogql")}, {QStringLiteral("key"), expression}});
        node.insert(QStringLiteral("properties"), properties);
    }
    if (!search.isEmpty())
        node.insert(QStringLiteral("search"), search);
    if (!orderBy.isEmpty())
        node.insert(QStringLiteral("orderBy"), QJsonArray::fromStringList(orderBy));
    // Aggregations have no paging; everything else always says how much it wants.
    if (limit > 0)
        node.insert(QStringLiteral("limit"), clampLimit(limit));
    if (offset > 0)
        node.insert(QStringLiteral("offset"), offset);
    return node;
}

QJsonObject GroupsQuery::toRequestBody() const
{
    return QJsonObject{{QStringLiteral("query"), toQueryNode()},
                       {QStringLiteral("refresh"), refresh == Refresh::ForceBlocking ? QStringLiteral("force_blocking")
                                                                                     : QStringLiteral("blocking")}};
}

GroupsQuery GroupsQuery::countQuery() const
{
    GroupsQuery count = *this;
    count.select = {QStringLiteral("count()")};
    count.orderBy.clear();
    count.limit = 0;
    count.offset = 0;
    return count;
}

QString GroupsQuery::problem() const
{
    for (const GroupPropertyFilter &filter : filters) {
        if (QString p = filter.problem(); !p.isEmpty())
            return p;
    }
    if (offset < 0)
        return GroupPropertyFilter::tr("The offset must not be negative.");
    return {};
}

QString GroupsQuery::propertyExpression(const QString &property)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (plain.match(property).hasMatch())
        return QStringLiteral("properties.") + property;
    QString quoted = property;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('`'), QLatin1String("\\`"));
    return QStringLiteral("properties.`") + quoted + QLatin1Char('`');
}

QString GroupsQuery::numericPropertyExpression(const QString &property)
{
    return QStringLiteral("toFloat(") + propertyExpression(property) + QLatin1Char(')');
}

QString GroupsQuery::orderTerm(const QString &expression, bool descending)
{
    return expression + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
}

int GroupsQuery::clampLimit(int limit)
{
    return std::clamp(limit, 1, MaxLimit);
}

QString GroupsQuery::stringLiteral(const QString &text)
{
    QString literal;
    literal.reserve(text.size() + 2);
    literal += QLatin1Char('\'');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            literal += QLatin1String("\\\\");
            break;
        case '\'':
            literal += QLatin1String("\\'");
            break;
        case '\n':
            literal += QLatin1String("\\n");
            break;
        case '\r':
            literal += QLatin1String("\\r");
            break;
        case '\t':
            literal += QLatin1String("\\t");
            break;
        case '\0':
            literal += QLatin1String("\\0");
            break;
        default:
            literal += c;
        }
    }
    literal += QLatin1Char('\'');
    return literal;
}
