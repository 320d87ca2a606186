#pragma once

#include <QSortFilterProxyModel>

/**
 * Sorts and filters GroupsModel (and the other table models) on RawValueRole, so numbers
 * sort numerically and dates chronologically. Filtering matches the DisplayRole text of
 * the filter column (all columns when filterKeyColumn() is -1), case-insensitively.
 */
class GroupSortFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSortFilterProxy)

public:
    explicit GroupSortFilterProxy(QObject *parent = nullptr);
    ~GroupSortFilterProxy() override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
