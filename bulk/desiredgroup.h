#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// What one row (or one selected group) asks for: the properties to set and to remove.
struct DesiredGroup
{
    int row = 0; ///< 1-based line in the source; 0 for a selection
    QString key;
    QJsonObject set;
    QStringList unset;
    QString reason; ///< why this row cannot be applied; empty when it can
};
