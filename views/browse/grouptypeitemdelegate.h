#pragma once

#include <QStyledItemDelegate>

/**
 * Draws a group type in the sidebar as two lines: the name an analyst knows (plural, else
 * singular, else the code name, because many projects never set names) and, smaller, the
 * code name and index that events and the API use. A type with a metadata write in flight
 * is drawn in italics.
 */
class GroupTypeItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTypeItemDelegate)

public:
    explicit GroupTypeItemDelegate(QObject *parent = nullptr);
    ~GroupTypeItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The first line: what the sidebar calls this type.
    static QString title(const QModelIndex &index);
    /// The second line: "organization · index 0".
    static QString subtitle(const QModelIndex &index);
};
