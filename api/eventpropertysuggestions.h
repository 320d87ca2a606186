#pragma once

#include "propertydefinition.h"

#include <QList>

/**
 * Event properties matching a search, as `property_definitions/?type=event` lists them:
 * the first pages only (a picker needs suggestions, not the whole taxonomy), with the
 * server's total so a view can say that typing narrows the list.
 */
struct EventPropertySuggestions
{
    QList<PropertyDefinition> definitions;
    qint64 total = -1; ///< the server's `count` for the search, -1 when it did not say
};
