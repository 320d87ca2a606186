#include "group.h"

#include "apijson.h"
#include "jsontext.h"

namespace {
const QStringList &knownGroupFields()
{
    static const QStringList fields{QStringLiteral("group_type_index"), QStringLiteral("group_key"),
                                    QStringLiteral("group_properties"), QStringLiteral("created_at"),
                                    QStringLiteral("notebook")};
    return fields;
}
} // namespace

QString Group::displayName() const
{
    const QJsonValue name = properties.value(QLatin1String("name"));
    if (name.isString() && !name.toString().trimmed().isEmpty())
        return name.toString();
    return key;
}

Group Group::fromJson(const QJsonObject &object)
{
    Group group;
    group.typeIndex = object.value(QLatin1String("group_type_index")).toInt(-1);
    group.key = JsonText::toText(object.value(QLatin1String("group_key")));
    group.properties = object.value(QLatin1String("group_properties")).toObject();
    group.createdAt = ApiJson::parseDateTime(object.value(QLatin1String("created_at")));
    group.extra = ApiJson::unknownFields(object, knownGroupFields());
    const QJsonValue notebook = object.value(QLatin1String("notebook"));
    if (notebook.isString())
        group.notebook = notebook.toString();
    else if (!notebook.isUndefined())
        group.extra.insert(QStringLiteral("notebook"), notebook); // keep an explicit null
    return group;
}

QJsonObject Group::toJson() const
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("group_type_index"), typeIndex);
    object.insert(QStringLiteral("group_key"), key);
    object.insert(QStringLiteral("group_properties"), properties);
    object.insert(QStringLiteral("created_at"), ApiJson::formatDateTime(createdAt));
    if (!notebook.isEmpty())
        object.insert(QStringLiteral("notebook"), notebook);
    return object;
}
