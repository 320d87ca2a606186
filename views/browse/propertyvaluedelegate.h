#pragma once

#include <QStyledItemDelegate>

/**
 * Draws and edits property values: a pending edit is shown in italics with "saving…",
 * a failed one with a red tint (the model keeps the message in ErrorRole and the tooltip).
 * Booleans get a true/false combo box so their JSON type cannot change by accident;
 * everything else is edited as text that the model parses keeping the existing type.
 */
class PropertyValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyValueDelegate)

public:
    explicit PropertyValueDelegate(QObject *parent = nullptr);
    ~PropertyValueDelegate() override;

    /// Text markers ("saving…", ⚠) after the value; off for wide tables where the
    /// italics and tint alone mark a pending or failed row.
    void setShowMarkers(bool show) { m_showMarkers = show; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    bool m_showMarkers = true;
};
