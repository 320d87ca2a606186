#pragma once

#include "apierror.h"

#include <QMetaType>
#include <QString>
#include <QVariant>

/**
 * A write that the server refused (or that never reached it). Carries enough for a view
 * to say what failed and to offer "try again" with the value the user wanted.
 */
struct EditFailure
{
    QString description; ///< what was attempted, e.g. "Rename group type 0"
    ApiError error;
    QString field;          ///< server attr (name_singular, math_property, ...) or the property name
    QVariant intendedValue; ///< the value the user asked for
    int typeIndex = -1;
    QString objectKey; ///< group key or metric id; empty for group-type edits
};

Q_DECLARE_METATYPE(EditFailure)
