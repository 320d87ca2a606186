#include "grouptype.h"

#include "apijson.h"

#include <QJsonArray>

namespace {
const QStringList &knownGroupTypeFields()
{
    static const QStringList fields{QStringLiteral("group_type"),      QStringLiteral("group_type_index"),
                                    QStringLiteral("name_singular"),   QStringLiteral("name_plural"),
                                    QStringLiteral("default_columns"), QStringLiteral("detail_dashboard"),
                                    QStringLiteral("created_at")};
    return fields;
}

QJsonValue nullWhenEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QString GroupType::displaySingular() const
{
    return nameSingular.isEmpty() ? codeName : nameSingular;
}

QString GroupType::displayPlural() const
{
    return namePlural.isEmpty() ? displaySingular() : namePlural;
}

GroupType GroupType::fromJson(const QJsonObject &object)
{
    GroupType type;
    type.index = object.value(QLatin1String("group_type_index")).toInt(-1);
    type.codeName = object.value(QLatin1String("group_type")).toString();
    type.nameSingular = object.value(QLatin1String("name_singular")).toString();
    type.namePlural = object.value(QLatin1String("name_plural")).toString();
    const QJsonValue columns = object.value(QLatin1String("default_columns"));
    type.hasDefaultColumns = columns.isArray();
    type.defaultColumns = ApiJson::toStringList(columns);
    const QJsonValue dashboard = object.value(QLatin1String("detail_dashboard"));
    if (dashboard.isDouble())
        type.detailDashboard = dashboard.toInt();
    type.createdAt = ApiJson::parseDateTime(object.value(QLatin1String("created_at")));
    type.extra = ApiJson::unknownFields(object, knownGroupTypeFields());
    return type;
}

QJsonObject GroupType::toJson() const
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("group_type"), codeName);
    object.insert(QStringLiteral("group_type_index"), index);
    object.insert(QStringLiteral("name_singular"), nullWhenEmpty(nameSingular));
    object.insert(QStringLiteral("name_plural"), nullWhenEmpty(namePlural));
    object.insert(QStringLiteral("default_columns"), hasDefaultColumns
                                                         ? QJsonValue(QJsonArray::fromStringList(defaultColumns))
                                                         : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("detail_dashboard"),
                  detailDashboard ? QJsonValue(*detailDashboard) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("created_at"), ApiJson::formatDateTime(createdAt));
    return object;
}
