#pragma once

#include "apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

/// The server's properties of the groups an import names, as a CurrentValuesSource read them.
struct CurrentValues
{
    QHash<QString, QJsonObject> groups; ///< key -> properties; a key not here does not exist
    QHash<QString, QString> unreadable; ///< key -> why it could not be read (after retries)
    ApiError error;                     ///< set when reading stopped altogether (key refused, ...)
};

Q_DECLARE_METATYPE(CurrentValues)
