#pragma once

#include "propertycount.h"
#include "propertydefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

/**
 * Readers of the property-list answers (groups/property_values, the older
 * groups/property_definitions dictionary and a property_definitions page). They live apart
 * from the endpoints so the fuzz targets (fuzz/) exercise exactly the code the client runs.
 * Each returns false when the document does not have the expected shape; nothing here
 * trusts a field's type.
 */
namespace PropertyParsing {
/// Newest `{"results": [{name, count}], "refreshing": false}` or older bare array.
bool propertyValues(const QJsonDocument &doc, QList<PropertyCount> &out);
/// Older `{"0": [{name, count}], "1": [...]}`: an object whose keys are all type indexes
/// and whose values are all arrays. Anything else answering 200 there is not it.
bool isOlderDefinitionsDict(const QJsonDocument &doc);
/// The rows of type `typeIndex` in the older dictionary (absent type: none).
QList<PropertyDefinition> olderDefinitions(const QJsonDocument &doc, int typeIndex);
/// One page of property_definitions/ (paged envelope or bare array); rows without a name
/// are skipped. `raw`, when given, receives the kept rows as sent.
bool definitionsPage(const QJsonDocument &doc, QList<PropertyDefinition> &out, QJsonArray *raw = nullptr);
} // namespace PropertyParsing
