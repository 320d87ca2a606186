#include "groupsqueryresult.h"

#include "apijson.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

QString GroupsQueryResult::parse(const QJsonObject &object, GroupsQueryResult &out)
{
    const QJsonValue results = object.value(QStringLiteral("results"));
    if (!results.isArray())
        return QCoreApplication::translate("GroupsQueryResult", "the query answer has no results list");
    out.columns = ApiJson::toStringList(object.value(QStringLiteral("columns")));
    out.types = ApiJson::toStringList(object.value(QStringLiteral("types")));
    const QJsonArray rows = results.toArray();
    out.rows.reserve(rows.size());
    for (const auto &row : rows) {
        if (!row.isArray())
            return QCoreApplication::translate("GroupsQueryResult", "a query result row is not a list");
        out.rows.append(row.toArray());
    }
    out.hasMore = object.value(QStringLiteral("hasMore")).toBool();
    out.limit = object.value(QStringLiteral("limit")).toInt();
    out.offset = object.value(QStringLiteral("offset")).toInt();
    out.cached = object.value(QStringLiteral("is_cached")).toBool();
    out.hogql = object.value(QStringLiteral("hogql")).toString();
    return {};
}

QString GroupsQueryResult::parseBody(const QByteArray &body, int typeIndex, GroupsQueryResult &out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate("GroupsQueryResult", "not valid JSON: %1").arg(error.errorString());
    if (!doc.isObject())
        return QCoreApplication::translate("GroupsQueryResult", "not an object");
    if (QString problem = parse(doc.object(), out); !problem.isEmpty())
        return problem;
    // Aggregations (count()) have no group rows.
    if (out.columns.contains(QStringLiteral("key")) || out.columns.contains(QStringLiteral("group_name"))) {
        out.groups.reserve(out.rows.size());
        for (int row = 0; row < out.rows.size(); ++row)
            out.groups.append(out.toGroup(row, typeIndex));
    }
    return {};
}

int GroupsQueryResult::columnIndex(const QString &column) const
{
    return int(columns.indexOf(column));
}

QJsonValue GroupsQueryResult::cell(int row, const QString &column) const
{
    const int index = columnIndex(column);
    if (row < 0 || row >= rows.size() || index < 0)
        return QJsonValue(QJsonValue::Undefined);
    return rows.at(row).at(index);
}

QString GroupsQueryResult::key(int row) const
{
    const QJsonValue keyCell = cell(row, QStringLiteral("key"));
    if (keyCell.isString())
        return keyCell.toString();
    const QJsonValue name = cell(row, QStringLiteral("group_name"));
    if (name.isObject())
        return name.toObject().value(QStringLiteral("key")).toString();
    if (name.isArray())
        return name.toArray().at(1).toString();
    return {};
}

QString GroupsQueryResult::displayName(int row) const
{
    const QJsonValue name = cell(row, QStringLiteral("group_name"));
    if (name.isObject())
        return name.toObject().value(QStringLiteral("display_name")).toString();
    if (name.isArray())
        return name.toArray().at(0).toString();
    if (name.isString())
        return name.toString();
    const QJsonValue property = cell(row, QStringLiteral("properties.name"));
    return property.isString() && !property.toString().isEmpty() ? property.toString() : key(row);
}

Group GroupsQueryResult::toGroup(int row, int typeIndex) const
{
    Group group;
    group.typeIndex = typeIndex;
    group.key = key(row);
    if (row < 0 || row >= rows.size())
        return group;
    const QJsonArray &cells = rows.at(row);
    static const QLatin1String prefix("properties.");
    for (qsizetype c = 0; c < columns.size() && c < cells.size(); ++c) {
        const QString &column = columns.at(c);
        if (column == QLatin1String("properties")) {
            // The whole JSON column, as text: keeps every property with its JSON type.
            const QJsonDocument all = QJsonDocument::fromJson(cells.at(c).toString().toUtf8());
            const QJsonObject object = all.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                group.properties.insert(it.key(), it.value()); // raw JSON types win over typed columns
        } else if (column == QLatin1String("created_at")) {
            group.createdAt = ApiJson::parseDateTime(cells.at(c));
        } else if (column.startsWith(prefix)) {
            QString name = column.mid(prefix.size());
            if (name.size() >= 2 && name.startsWith(QLatin1Char('`')) && name.endsWith(QLatin1Char('`'))) {
                name = name.mid(1, name.size() - 2);
                name.replace(QLatin1String("\\`"), QLatin1String("`"));
                name.replace(QLatin1String("\\\\"), QLatin1String("\\"));
            }
            // A missing property comes back as null: leave it out, as the REST list does.
            if (!cells.at(c).isNull() && !columns.contains(QStringLiteral("properties")))
                group.properties.insert(name, cells.at(c));
        }
    }
    // Without a properties.name column, the display name still names the group.
    if (!group.properties.contains(QStringLiteral("name"))) {
        const QString display = displayName(row);
        if (!display.isEmpty() && display != group.key)
            group.properties.insert(QStringLiteral("name"), display);
    }
    return group;
}

qint64 GroupsQueryResult::count() const
{
    if (rows.isEmpty() || rows.constFirst().isEmpty())
        return 0;
    // A count is a whole number of rows. Anything else from the server (negative, a fraction,
    // 1e300) is no count, and casting a double outside qint64's range is undefined behaviour;
    // past 2^53 a double no longer holds every integer, so that is the ceiling.
    const double number = rows.constFirst().at(0).toDouble();
    constexpr double MaxExactInteger = 9007199254740992.0;
    if (!(number >= 0 && number <= MaxExactInteger) || std::trunc(number) != number)
        return 0;
    return static_cast<qint64>(number);
}
