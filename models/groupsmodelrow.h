#pragma once

#include <QByteArray>
#include <QString>
#include <QTypeInfo>

/// One loaded group as GroupsModel stores it: the key, the properties in PropertyPacker's
/// compact form and the creation time. Its own type (not nested in the model's private part)
/// so it can be declared relocatable below.
struct GroupsModelRow
{
    QString key;
    QByteArray properties; ///< PropertyPacker form
    qint64 createdMs = 0;  ///< ms since epoch (UTC); 0 when the server sent null
    bool hasCreated = false;
};

// A string, a byte array and two scalars, all relocatable: a QList of rows (a packed page) grows
// with realloc() instead of moving element by element, which at 100,000 rows showed as the longest
// GUI-thread stall of a REST Load all. The loaded rows themselves never regrow: GroupsModelRows
// keeps them in chunks reserved at full size.
Q_DECLARE_TYPEINFO(GroupsModelRow, Q_RELOCATABLE_TYPE);
