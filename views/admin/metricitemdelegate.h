#pragma once

#include "pendingstyledelegate.h"

/**
 * In-place editors for the usage metrics table: combo boxes for the enum columns
 * (format, display, calculation), a line edit otherwise (the interval too: it shows any
 * number the server holds as it is, where a spin box would clamp it).
 * Pending and failed cells are drawn by PendingStyleDelegate.
 * Values go back through UsageMetricsModel::setData (validation, then EditService); an
 * untouched value is never written back. A refused interval keeps the editor open with the
 * typed text and the model's message as its tooltip, so the user can correct it.
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

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};
