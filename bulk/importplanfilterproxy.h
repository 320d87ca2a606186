#pragma once

#include "plannedgroup.h"

#include <QSet>
#include <QSortFilterProxyModel>

/// The review table's filters: which actions to show, and text in the key, changes or reason.
class ImportPlanFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPlanFilterProxy)

public:
    explicit ImportPlanFilterProxy(QObject *parent = nullptr);
    ~ImportPlanFilterProxy() override;

    void setActionVisible(PlannedGroup::Action action, bool visible);
    bool isActionVisible(PlannedGroup::Action action) const;
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_hidden;
    QString m_text;
};
