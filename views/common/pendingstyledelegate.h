#pragma once

#include <QStyledItemDelegate>

/**
 * Draws the edit state the admin models report: cells with a write in flight
 * (PendingRole) in italics, cells whose last write failed (ErrorRole) with a warning
 * icon; the model's tooltip carries the message. Cells with no value show a dim dash.
 */
class PendingStyleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingStyleDelegate)

public:
    explicit PendingStyleDelegate(QObject *parent = nullptr);
    ~PendingStyleDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
