#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

/// One row of groups/property_values: a value and how many groups hold it.
struct PropertyCount
{
    QString name; ///< the value, as text (servers send strings; numbers are converted)
    qint64 count = 0;
};
