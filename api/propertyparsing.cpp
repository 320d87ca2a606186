#include "propertyparsing.h"

#include "endpointsupport.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PropertyParsing {
bool propertyValues(const QJsonDocument &doc, QList<PropertyCount> &out)
{
    QJsonArray results;
    if (!EndpointSupport::resultsArray(doc, results))
        return false;
    for (const QJsonValue value : std::as_const(results)) {
        const QJsonObject row = value.toObject();
        PropertyCount count;
        count.name = JsonText::toText(row.value(QLatin1String("name")));
        count.count = row.value(QLatin1String("count")).toInteger();
        out.append(count);
    }
    return true;
}

bool isOlderDefinitionsDict(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return false;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool numeric = false;
        it.key().toInt(&numeric);
        if (!numeric || !it.value().isArray())
            return false;
    }
    return true;
}

QList<PropertyDefinition> olderDefinitions(const QJsonDocument &doc, int typeIndex)
{
    QList<PropertyDefinition> list;
    const QJsonArray rows = doc.object().value(QString::number(typeIndex)).toArray();
    for (const QJsonValue value : rows) {
        const QJsonObject row = value.toObject();
        PropertyDefinition definition;
        definition.name = row.value(QLatin1String("name")).toString();
        const QJsonValue count = row.value(QLatin1String("count"));
        definition.count = count.isDouble() ? count.toInteger() : -1;
        list.append(definition);
    }
    return list;
}

bool definitionsPage(const QJsonDocument &doc, QList<PropertyDefinition> &out, QJsonArray *raw)
{
    QJsonArray results;
    if (!EndpointSupport::resultsArray(doc, results))
        return false;
    for (const QJsonValue value : std::as_const(results)) {
        const QJsonObject object = value.toObject();
        PropertyDefinition definition;
        definition.name = object.value(QLatin1String("name")).toString();
        definition.propertyType = object.value(QLatin1String("property_type")).toString();
        const QJsonValue count = object.value(QLatin1String("count"));
        definition.count = count.isDouble() ? count.toInteger() : -1;
        if (!definition.name.isEmpty()) {
            out.append(definition);
            if (raw)
                raw->append(value);
        }
    }
    return true;
}
} // namespace PropertyParsing
