#pragma once

#include <QString>

/**
 * A group property known to the project. Older servers answer
 * groups/property_definitions with {name, count}; newer ones only offer
 * property_definitions/?type=group with a richer object (property_type, ...).
 */
struct PropertyDefinition
{
    QString name;
    qint64 count = -1;    ///< -1 when the server did not say
    QString propertyType; ///< "String", "Numeric", "Boolean", "DateTime" or empty
};
