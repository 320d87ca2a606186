#pragma once

#include "importplan.h"

#include <QAbstractTableModel>

/**
 * The dry run as a table to review: one row per group (line, key, action, changes with
 * before -> after, reason). ActionRole carries the PlannedGroup::Action for filtering.
 * setOutcome() adds what applying did to a group.
 */
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPlanModel)

public:
    enum Column
    {
        LineColumn,
        KeyColumn,
        ActionColumn,
        ChangesColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        ActionRole = Qt::UserRole + 1,
    };

    explicit ImportPlanModel(QObject *parent = nullptr);
    ~ImportPlanModel() override;

    void setPlan(const ImportPlan &plan);
    const ImportPlan &plan() const { return m_plan; }
    /// Shows `outcome` in the reason column of the group with `key` (after applying).
    void setOutcome(const QString &key, const QString &outcome);

    static QString actionText(PlannedGroup::Action action);
    /// "name: before → after" per change, "; "-separated; "(none)" for a missing value.
    static QString changesText(const PlannedGroup &group);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPlan m_plan;
    QHash<QString, int> m_rowOfKey;
    QHash<int, QString> m_outcomes;
};
