#pragma once

#include "editfailure.h"

#include <QMetaType>

/// How one edit call ended (EditJob::finished()).
struct EditResult
{
    /// What failed, with the user's intended value; its error is ok on success.
    EditFailure failure;

    bool ok() const { return failure.error.isOk(); }
};

Q_DECLARE_METATYPE(EditResult)
