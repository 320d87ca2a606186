#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QVariant>

#include <vector>

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

    /// Reads each row's sort value once, then sorts on those keys: with 100,000 rows a
    /// comparison must not cost two data() calls and QVariant/JSON conversions.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// A row's sort value reduced to what comparing needs (same order as lessThan()).
    struct SortKey
    {
        int rank = 5;      ///< value kind: number/date first, then bool, text, JSON, null, missing
        double number = 0; ///< numbers, booleans (0/1) and dates (ms since epoch)
        QString text;      ///< case-folded text
    };
    static SortKey keyFor(const QVariant &value);
    static int compareKeys(const SortKey &a, const SortKey &b);

    int m_keysColumn = -1;       ///< the column m_keys holds, -1 outside sort()
    std::vector<SortKey> m_keys; ///< by source row, only while sort() runs
};
