#pragma once

#include <QAbstractItemModel>

/**
 * True for a valid index of one of `model`'s flat (table or list) rows. An invalid index is a
 * normal question, not a caller bug: Qt's own widgets ask for it (a QComboBox with no current
 * item), so data() answers it with nothing, without checkIndex()'s warning.
 */
inline bool isFlatIndex(const QAbstractItemModel &model, const QModelIndex &index)
{
    using Check = QAbstractItemModel::CheckIndexOption;
    return index.isValid() && model.checkIndex(index, Check::IndexIsValid | Check::ParentIsInvalid);
}
