#include "relatedactor.h"

#include "apijson.h"
#include "jsontext.h"

RelatedActor RelatedActor::fromJson(const QJsonObject &object)
{
    RelatedActor actor;
    actor.properties = object.value(QLatin1String("properties")).toObject();
    actor.createdAt = ApiJson::parseDateTime(object.value(QLatin1String("created_at")));
    if (object.value(QLatin1String("type")).toString() == QLatin1String("group")) {
        actor.kind = Kind::Group;
        actor.id = JsonText::toText(object.value(QLatin1String("group_key")));
        if (actor.id.isEmpty())
            actor.id = JsonText::toText(object.value(QLatin1String("id")));
        actor.groupTypeIndex = object.value(QLatin1String("group_type_index")).toInt(-1);
        const QString name = actor.properties.value(QLatin1String("name")).toString();
        actor.name = name.isEmpty() ? actor.id : name;
    } else {
        actor.kind = Kind::Person;
        actor.id = JsonText::toText(object.value(QLatin1String("uuid")));
        if (actor.id.isEmpty())
            actor.id = JsonText::toText(object.value(QLatin1String("id")));
        actor.name = JsonText::toText(object.value(QLatin1String("name")));
        actor.distinctIds = ApiJson::toStringList(object.value(QLatin1String("distinct_ids")));
    }
    return actor;
}
