#pragma once

#include "pendingstyledelegate.h"

/**
 * In-place editors for the usage metrics table: combo boxes for the enum columns
 * (format, display, calculation), a spin box for the interval, a line edit otherwise.
 * Pending and failed cells are drawn by PendingStyleDelegate.
 * Values go back through UsageMetricsModel::setData (validation, then EditService).
 */
class MetricItemDelegate final : public PendingStyleDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricItemDelegate)

public:
    explicit MetricItemDelegate(QObject *parent = nullptr);
    ~MetricItemDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
